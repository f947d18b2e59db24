// The Korean edition of the engine's sentences: one part-table per area, merged under dotted ids
// whose first segment names the area (so two parts cannot claim the same id). `…Spec` parts, and
// `manifest`, `meta`, `shape`, `fieldError`, `yaml`, `warning`, are the hints shown beside the API server's
// (or kubectl's) English message; `cluster` says what loadCluster assumed or left out; `gatewayStatus` holds
// the route conditions' messages; the others are trace sentences.
import { address } from './ko/address';
import { cluster } from './ko/cluster';
import { deliver } from './ko/deliver';
import { dnsQuery } from './ko/dnsQuery';
import { endpointSliceSpec } from './ko/endpointSliceSpec';
import { fieldError } from './ko/fieldError';
import { gateway } from './ko/gateway';
import { gatewayEntrance } from './ko/gatewayEntrance';
import { gatewaySpec } from './ko/gatewaySpec';
import { gatewayStatus } from './ko/gatewayStatus';
import { genericIngress } from './ko/genericIngress';
import { ingress } from './ko/ingress';
import { ingressEntry } from './ko/ingressEntry';
import { ingressHop } from './ko/ingressHop';
import { ingressSpec } from './ko/ingressSpec';
import { manifest } from './ko/manifest';
import { meta } from './ko/meta';
import { networkPolicySpec } from './ko/networkPolicySpec';
import { nginx } from './ko/nginx';
import { podSpec } from './ko/podSpec';
import { policy } from './ko/policy';
import { policyHop } from './ko/policyHop';
import { portSpec } from './ko/portSpec';
import { proxy } from './ko/proxy';
import { request } from './ko/request';
import { resolve } from './ko/resolve';
import { serviceSpec } from './ko/serviceSpec';
import { shape } from './ko/shape';
import { warning } from './ko/warning';
import { workloadSpec } from './ko/workloadSpec';
import { yaml } from './ko/yaml';

export const ko = {
  ...address,
  ...cluster,
  ...deliver,
  ...dnsQuery,
  ...endpointSliceSpec,
  ...fieldError,
  ...gateway,
  ...gatewayEntrance,
  ...gatewaySpec,
  ...gatewayStatus,
  ...genericIngress,
  ...ingress,
  ...ingressEntry,
  ...ingressHop,
  ...ingressSpec,
  ...manifest,
  ...meta,
  ...networkPolicySpec,
  ...nginx,
  ...podSpec,
  ...policy,
  ...policyHop,
  ...portSpec,
  ...proxy,
  ...request,
  ...resolve,
  ...serviceSpec,
  ...shape,
  ...warning,
  ...workloadSpec,
  ...yaml,
};

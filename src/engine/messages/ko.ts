// The Korean edition of the engine's sentences: one part-table per area, merged under dotted ids
// whose first segment names the area (so two parts cannot claim the same id). `…Spec` parts are the
// validation hints shown beside the API server's English message; the others are trace sentences.
import { address } from './ko/address';
import { deliver } from './ko/deliver';
import { dnsQuery } from './ko/dnsQuery';
import { endpointSliceSpec } from './ko/endpointSliceSpec';
import { gateway } from './ko/gateway';
import { gatewayEntrance } from './ko/gatewayEntrance';
import { genericIngress } from './ko/genericIngress';
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
import { warning } from './ko/warning';
import { workloadSpec } from './ko/workloadSpec';

export const ko = {
  ...address,
  ...deliver,
  ...dnsQuery,
  ...endpointSliceSpec,
  ...gateway,
  ...gatewayEntrance,
  ...genericIngress,
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
  ...warning,
  ...workloadSpec,
};

// routeIngress: where an HTTP request for a host and path goes through the cluster's Ingresses, either as
// ingress-nginx v1.x does it (the default; annotations apply) or by the Ingress spec alone ('generic').
// The answer says which Ingress and rule decided, and why, in Korean. Bad input gives a result, never a throw.
import { message } from '../messages';
import type { Cluster } from '../model';
import type { IngressRequest, IngressResult } from '../types';
import { nginxConfig, specConfig } from './compile';
import { routeSpec } from './generic/route';
import { certificateFor } from './nginx/certificate';
import { routeNginx } from './nginx/route';
import { parseRequest } from './request';

export { ingressEntry, isIngressController, refusedIngresses } from './entry';
export { hostname } from './request';
export { ingressAdmission, webhookDenials } from './webhook';
export type { WebhookDenial } from './webhook';
export type { IngressEntry, RefusedIngress } from './entry';

export function routeIngress(cluster: Cluster, request: IngressRequest): IngressResult {
  if (!cluster || !Array.isArray(cluster.ingresses)) {
    return { outcome: 'not-found', status: 404, explanation: message('ingress.noCluster') };
  }
  const parsed = parseRequest(request?.host, request?.path, request?.scheme);
  if (request?.controller === 'generic') return routeSpec(cluster, specConfig(cluster), parsed);
  const config = nginxConfig(cluster);
  const result = routeNginx(cluster, config, parsed);
  return parsed.scheme === 'https' ? { ...result, certificate: certificateFor(config, parsed.host) } : result;
}

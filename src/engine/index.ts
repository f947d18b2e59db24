// The engine's public API (DESIGN.md): plain data in, plain data out; no DOM, no Node-only API.
export type * from './types';
export type * from './model';
export { validate, validateParsed, checkExample } from './validate';
// The YAML reader the API server's decoding is modelled on: the terminal reads manifests with it.
export { parseManifests, type ParsedText, type ParsedDoc } from './yaml/parse';
export {
  checkPolicy,
  reachability,
  type PolicyCheck,
  type PolicyDecision,
  type SideDecision,
  type RuleMatch,
  type RuleMiss,
  type PartyRef,
  type InputProblem,
  type Exemption,
} from './policy';
export { loadCluster } from './cluster';
export { routeIngress } from './ingress';
export { route } from './route';
export { routeGateway, gatewayStatus } from './gateway';
// The CRDs' defaults, as the API server fills them in: the terminal prints Gateway API objects with them.
export { defaultGatewayObject } from './validate/gateway';
export type * from './gateway/types';
export { isIngressController } from './ingress';
export { dnsLookup, type NameAnswer } from './route';

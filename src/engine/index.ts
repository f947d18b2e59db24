// The engine's public API (DESIGN.md): plain data in, plain data out; no DOM, no Node-only API.
export type * from './types';
export type * from './model';
export { validate, validateParsed } from './validate';
export { checkExample } from './validate/examples';
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
// Label selectors as the API server matches them and kubectl reads (-l) and prints them.
export { formatLabels, formatLabelSelector, matchesSelector, parseSelector } from './labels';
export { routeIngress } from './ingress';
export { route } from './route';
export { routeGateway, gatewayStatus, gatewayConditions } from './gateway';
// The CRDs' defaults, as the API server fills them in: the terminal prints Gateway API objects with them.
export { defaultGatewayObject } from './validate/gateway';
export type * from './gateway/types';
export { isIngressController } from './ingress';
export { ingressAdmission, type WebhookDenial } from './ingress';
export { dnsLookup, reverseLookup, type NameAnswer } from './route';
// The loader's stand-in for generateName's random suffix: the terminal names what it creates the same way.
export { stableSuffix } from './cluster/hash';

// The engine's public API (DESIGN.md): plain data in, plain data out; no DOM, no Node-only API.
export type * from './types';
export type * from './model';
export { validate, checkExample } from './validate';
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
export { isIngressController } from './ingress';
export { ingressAdmission, type WebhookDenial } from './ingress';
export { dnsLookup, type NameAnswer } from './route';

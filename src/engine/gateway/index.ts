// Gateway API (gateway.networking.k8s.io, standard channel): HTTPRoute decisions and route status.
export { routeGateway } from './decide';
export { gatewayConditions, gatewayStatus } from './status';
export type * from './types';

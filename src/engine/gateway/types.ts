// Public shapes of routeGateway and gatewayStatus (DESIGN.md, "Gateway API"): a contract, like types.ts.
import type { TraceStep } from '../types';

export interface GatewayRequest {
  /** `NS/NAME`; default: the only Gateway (or the one with a listener for the request). */
  gateway?: string;
  scheme?: 'http' | 'https';
  /** The listener port; default 80, or 443 for https. */
  port?: number;
  host: string;
  /** May carry `?query`. */
  path: string;
  method?: string;
  headers?: Record<string, string>;
}

export interface GatewayBackend {
  /** `NS/NAME` of the Service. */
  service: string;
  port: number;
  weight: number;
  /** With several backends, the request headers this one receives when its own filters change them. */
  headers?: Record<string, string>;
}

export interface GatewayResult {
  outcome: 'routed' | 'not-found' | 'redirect' | 'error';
  /** 200 routed, 404 no route, 301/302/303/307/308 redirect, 500 when the rule's backends are all invalid or absent. */
  status: number;
  /** The absolute URL of a redirect. */
  location?: string;
  /** `NS/NAME` of the HTTPRoute that decided. */
  route?: string;
  /** Candidates with weight > 0, weights as written. */
  backends: GatewayBackend[];
  /** Path (with the query) and host as the backend receives them, after URLRewrite. */
  path?: string;
  host?: string;
  /** Request headers the backend receives (lower-case names), after RequestHeaderModifier. */
  headers?: Record<string, string>;
  /** Response headers the route's ResponseHeaderModifier sets or adds (lower-case names). */
  responseHeaders?: Record<string, string>;
  steps: TraceStep[];
  /** `NS/NAME` of the Gateway and the name of the listener that took the request. */
  gateway?: string;
  listener?: string;
  /** 0-based index of the rule in the route, and its name when it has one. */
  rule?: number;
  ruleName?: string;
  /** Services a RequestMirror filter copies the request to (the copy's response is ignored). */
  mirrors?: GatewayBackend[];
}

export interface RouteCondition {
  type: 'Accepted' | 'ResolvedRefs';
  status: 'True' | 'False';
  reason: string;
  /** Korean explanation for the reader. */
  message?: string;
}

export interface RouteParentStatus {
  /** `NS/NAME` of the Gateway. */
  parent: string;
  sectionName?: string;
  port?: number;
  conditions: RouteCondition[];
}

/** A Gateway's or a listener's condition (gateway_types.go GatewayConditionType, ListenerConditionType). */
export interface GatewayCondition {
  type: 'Accepted' | 'Programmed' | 'ResolvedRefs';
  status: 'True' | 'False';
  reason: string;
}

export interface GatewayStatus {
  routes: Record<string, RouteParentStatus[]>;
  gateways: Record<string, { listeners: { name: string; attachedRoutes: number }[] }>;
}

/** The conditions the implementation writes on a Gateway and on each of its listeners (by name). */
export interface GatewayConditions {
  conditions: GatewayCondition[];
  listeners: Record<string, GatewayCondition[]>;
}

// Public shapes of the engine (a contract: tests and tools outside the site use them).
// See DESIGN.md, "The engine".

/** apimachinery's field.ErrorType names, plus what kubectl's decoding reports. */
export type ErrorType =
  | 'Required'
  | 'Invalid'
  | 'Duplicate'
  | 'NotSupported'
  | 'Forbidden'
  | 'TooLong'
  | 'TooMany'
  | 'FieldValueUnknown'
  | 'YAMLSyntax';

export interface Diagnostic {
  severity: 'error' | 'warning';
  type: ErrorType;
  /** As the API server prints it, e.g. `spec.ports[0].nodePort`. */
  path?: string;
  /** What kubectl prints after the path. */
  message: string;
  /** One Korean sentence for the learner. */
  hint?: string;
  /** 0-based index of the YAML document in the text. */
  doc: number;
  /** 1-based positions. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** `pod:NAMESPACE/NAME` or `ip:ADDRESS`. */
export type Endpoint = string;

/** What kind of thing decided a step of route() or routeGateway(). */
export type TraceStepKind =
  | 'client'
  | 'request'
  | 'curl'
  | 'dns'
  | 'node'
  | 'nat'
  | 'service'
  | 'headless'
  | 'external'
  | 'endpoint'
  | 'policy'
  | 'ingress'
  | 'pod'
  | 'unreachable'
  | 'assumption'
  | 'gateway'
  | 'listener'
  | 'route'
  | 'rule'
  | 'filter'
  | 'backend';

export interface TraceStep {
  /** The object that decided this step, e.g. `Service default/myapp-service`, `Node node01`, `kube-proxy@node01`. */
  object: string;
  /** Machine-readable kind of step. */
  kind: TraceStepKind;
  /** What happened, in Korean. */
  message: string;
}

export type RouteOutcome =
  | 'delivered'
  | 'refused'
  | 'dropped'
  | 'timeout'
  | 'unreachable'
  | 'dns-failure'
  | 'not-found'
  | 'redirect'
  | 'dns-only';

export interface RouteEndpoint {
  pod: string;
  ip: string;
  port: number;
}

export interface RouteRequest {
  from: Endpoint;
  url: string;
  headers?: Record<string, string>;
}

export interface RouteResult {
  outcome: RouteOutcome;
  endpoints: RouteEndpoint[];
  path?: string;
  dns?: string[];
  cname?: string;
  affinity?: 'ClientIP';
  status?: number;
  location?: string;
  steps: TraceStep[];
  reason?: string;
  /** https through ingress-nginx: the certificate it presented (routeIngress's `certificate`). */
  certificate?: IngressCertificate;
}

export interface IngressRequest {
  host: string;
  path: string;
  controller?: 'ingress-nginx' | 'generic';
  /** The scheme the client used (default `http`); ingress-nginx's ssl-redirect only acts on plain HTTP. */
  scheme?: 'http' | 'https';
}

export interface IngressResult {
  outcome: 'routed' | 'default-backend' | 'not-found' | 'redirect';
  service?: string;
  port?: number;
  path?: string;
  status?: number;
  location?: string;
  ingress?: string;
  rule?: string;
  /** Korean explanation of which rule decided. */
  explanation?: string;
  /**
   * https only: the certificate ingress-nginx presents for the host. Self-signed (its "Kubernetes Ingress
   * Controller Fake Certificate") when no Ingress lists the host under spec.tls: curl then fails with
   * `curl: (60) SSL certificate problem: self-signed certificate` unless -k.
   */
  certificate?: IngressCertificate;
}

export interface IngressCertificate {
  selfSigned: boolean;
  /** The certificate's subject: the host, or "Kubernetes Ingress Controller Fake Certificate". */
  subject: string;
}

export interface PolicyRequest {
  from: Endpoint;
  to: Endpoint;
  port: number;
  protocol?: Protocol;
}

export interface PolicySide {
  allowed: boolean;
  /** `NS/NAME` of the policies that select this side for the direction. */
  policies: string[];
}

export interface PolicyVerdict {
  allowed: boolean;
  egress: PolicySide;
  ingress: PolicySide;
  explanation: string;
}

export interface ReachabilityRequest {
  port: number;
  protocol?: Protocol;
}

export interface Reachability {
  pods: string[];
  allowed: boolean[][];
}

export type Protocol = 'TCP' | 'UDP' | 'SCTP';

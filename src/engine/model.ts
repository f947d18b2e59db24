// The cluster model that loadCluster builds and route / routeIngress / checkPolicy query.
// Plain, serialisable data: the page, the CLI and the tests all hold the same thing.
import type { Diagnostic, Protocol } from './types';

export type Labels = Record<string, string>;

export interface LabelSelectorRequirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  values?: string[];
}

/** metav1.LabelSelector. An empty selector (`{}`) selects everything. */
export interface LabelSelector {
  matchLabels?: Labels;
  matchExpressions?: LabelSelectorRequirement[];
}

/** Where an object came from in the text (for traces that point at a line). */
export interface Source {
  doc: number;
  line: number;
}

/** Something loadCluster filled in because the text left it out. */
export interface Assumption {
  /** `Pod default/web-1`, `Service default/myapp-service`, `Node node01`, ... */
  object: string;
  field: string;
  value: string;
  /** Korean sentence the trace shows. */
  message: string;
}

export interface SkippedObject {
  doc: number;
  kind?: string;
  name?: string;
  reason: string;
}

export interface NamespaceModel {
  name: string;
  labels: Labels;
  implicit: boolean;
}

export interface NodeModel {
  name: string;
  /** InternalIP. */
  ip: string;
  labels: Labels;
  /** 0-based order in the text (or of the names pods give). */
  index: number;
  /** spec.podCIDR; the range allocator hands out 10.244.N.0/24 in order, and '' when none is left. */
  podCIDR: string;
  implicit: boolean;
}

export interface ContainerPortModel {
  container: string;
  name?: string;
  containerPort: number;
  protocol: Protocol;
  /** The node port the CNI portmap plugin forwards to this container port. */
  hostPort?: number;
}

/** What a container runs: its image and command line, enough to know which ports it listens on. */
export interface ContainerModel {
  name: string;
  image: string;
  /** spec.containers[].command then args, as written (the image's entrypoint when both are absent). */
  argv: string[];
}

export interface PodModel {
  namespace: string;
  name: string;
  labels: Labels;
  nodeName: string;
  ip: string;
  ready: boolean;
  terminating: boolean;
  ports: ContainerPortModel[];
  /** The containers, in order (absent in a hand-built model: then nothing is known of what listens). */
  containers?: ContainerModel[];
  hostNetwork: boolean;
  /** spec.dnsPolicy after defaulting (ClusterFirst). */
  dnsPolicy: 'ClusterFirst' | 'ClusterFirstWithHostNet' | 'Default' | 'None';
  /** spec.hostname / spec.subdomain: with a headless Service named like the subdomain, the pod gets
   * `HOSTNAME.SUBDOMAIN.NS.svc.cluster.local` (StatefulSet pods always have both). */
  hostname?: string;
  subdomain?: string;
  /** `Deployment NS/NAME` or `ReplicaSet NS/NAME` when the pod was expanded from one. */
  owner?: string;
  /** Added by the loader (e.g. CoreDNS), not written by the reader. */
  implicit: boolean;
  source?: Source;
}

export type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';

export interface ServicePortModel {
  name?: string;
  protocol: Protocol;
  port: number;
  /** Defaulted to `port` when absent. A string is a named container port. */
  targetPort: number | string;
  nodePort?: number;
}

export interface ServiceModel {
  namespace: string;
  name: string;
  type: ServiceType;
  /** An IPv4 address, or `None` for a headless Service; `''` for ExternalName. */
  clusterIP: string;
  /** undefined: no selector (endpoints come from EndpointSlices). */
  selector?: Labels;
  ports: ServicePortModel[];
  externalName?: string;
  externalIPs: string[];
  /** status.loadBalancer.ingress[].ip (or spec.loadBalancerIP when status is absent). */
  loadBalancerIPs: string[];
  sessionAffinity: 'None' | 'ClientIP';
  /** sessionAffinityConfig.clientIP.timeoutSeconds (default 10800) when sessionAffinity is ClientIP. */
  sessionAffinityTimeoutSeconds?: number;
  externalTrafficPolicy: 'Cluster' | 'Local';
  /** The node port a cloud load balancer health-checks, for a LoadBalancer with externalTrafficPolicy Local. */
  healthCheckNodePort?: number;
  internalTrafficPolicy: 'Cluster' | 'Local';
  publishNotReadyAddresses: boolean;
  allocateLoadBalancerNodePorts: boolean;
  labels: Labels;
  annotations: Labels;
  implicit: boolean;
  source?: Source;
}

export interface EndpointSliceEndpoint {
  addresses: string[];
  ready: boolean;
  serving: boolean;
  terminating: boolean;
  nodeName?: string;
  targetRef?: { kind?: string; namespace?: string; name: string };
}

export interface EndpointSliceModel {
  namespace: string;
  name: string;
  /** The `kubernetes.io/service-name` label. */
  serviceName: string;
  addressType: 'IPv4' | 'IPv6' | 'FQDN';
  ports: { name?: string; port: number; protocol: Protocol }[];
  endpoints: EndpointSliceEndpoint[];
  implicit: boolean;
  source?: Source;
}

export interface IngressServiceBackend {
  name: string;
  port: { number?: number; name?: string };
}

export interface IngressBackendModel {
  service?: IngressServiceBackend;
  resource?: { apiGroup?: string; kind: string; name: string };
}

export interface IngressPathModel {
  path?: string;
  pathType: 'Exact' | 'Prefix' | 'ImplementationSpecific';
  backend: IngressBackendModel;
}

export interface IngressRuleModel {
  host?: string;
  paths: IngressPathModel[];
}

export interface IngressModel {
  namespace: string;
  name: string;
  ingressClassName?: string;
  annotations: Labels;
  defaultBackend?: IngressBackendModel;
  rules: IngressRuleModel[];
  tls: { hosts: string[]; secretName?: string }[];
  /** metadata.creationTimestamp when given; otherwise the order in the text decides age. */
  creationTimestamp?: string;
  /** 0-based order of appearance: the lower, the older. */
  order: number;
  source?: Source;
}

export interface IngressClassModel {
  name: string;
  controller: string;
  isDefault: boolean;
}

export interface NetworkPolicyPeerModel {
  podSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  ipBlock?: { cidr: string; except: string[] };
}

export interface NetworkPolicyPortModel {
  protocol: Protocol;
  /** undefined: every port of the protocol. */
  port?: number | string;
  endPort?: number;
}

export interface NetworkPolicyRuleModel {
  /** `from` / `to`. Empty: every peer. */
  peers: NetworkPolicyPeerModel[];
  /** Empty: every port. */
  ports: NetworkPolicyPortModel[];
}

export interface NetworkPolicyModel {
  namespace: string;
  name: string;
  podSelector: LabelSelector;
  /** After the API server's defaulting (Ingress always; Egress when egress rules are given). */
  policyTypes: ('Ingress' | 'Egress')[];
  ingress: NetworkPolicyRuleModel[];
  egress: NetworkPolicyRuleModel[];
  source?: Source;
}

/** gateway.networking.k8s.io GatewayClass (cluster-scoped). */
export interface GatewayClassModel {
  name: string;
  controllerName: string;
  source?: Source;
}

/** A route kind a listener allows (RouteGroupKind; group defaults to gateway.networking.k8s.io). */
export interface RouteGroupKindModel {
  group: string;
  kind: string;
}

export interface ListenerModel {
  name: string;
  /** undefined: every hostname. May start with `*.`. */
  hostname?: string;
  port: number;
  protocol: string;
  allowedRoutes: {
    /** After defaulting: `Same` unless written. */
    namespaces: { from: 'All' | 'Same' | 'Selector' | 'None'; selector?: LabelSelector };
    /** undefined: the kinds the protocol supports (HTTPRoute for HTTP and HTTPS). */
    kinds?: RouteGroupKindModel[];
  };
  tls?: { mode: string; certificateRefs: { group: string; kind: string; namespace?: string; name: string }[] };
}

export interface GatewayModel {
  namespace: string;
  name: string;
  gatewayClassName: string;
  listeners: ListenerModel[];
  /** spec.addresses as written (requested addresses). */
  addresses: { type: string; value: string }[];
  /** status.addresses as written, when the text gives them. */
  statusAddresses: { type: string; value: string }[];
  creationTimestamp?: string;
  order: number;
  source?: Source;
}

/** ParentReference after defaulting (group gateway.networking.k8s.io, kind Gateway). */
export interface ParentRefModel {
  group: string;
  kind: string;
  /** undefined: the route's own namespace. */
  namespace?: string;
  name: string;
  sectionName?: string;
  port?: number;
}

export interface HTTPHeaderModel {
  name: string;
  value: string;
}

export interface HTTPRouteMatchModel {
  /** Defaulted by the CRD to PathPrefix `/`. */
  path?: { type: 'Exact' | 'PathPrefix' | 'RegularExpression'; value: string };
  headers: { type: 'Exact' | 'RegularExpression'; name: string; value: string }[];
  queryParams: { type: 'Exact' | 'RegularExpression'; name: string; value: string }[];
  method?: string;
}

export interface HTTPHeaderFilterModel {
  set: HTTPHeaderModel[];
  add: HTTPHeaderModel[];
  remove: string[];
}

export interface HTTPPathModifierModel {
  type: 'ReplaceFullPath' | 'ReplacePrefixMatch';
  replaceFullPath?: string;
  replacePrefixMatch?: string;
}

export interface HTTPRouteFilterModel {
  type: string;
  requestHeaderModifier?: HTTPHeaderFilterModel;
  responseHeaderModifier?: HTTPHeaderFilterModel;
  requestRedirect?: {
    scheme?: string;
    hostname?: string;
    path?: HTTPPathModifierModel;
    port?: number;
    /** Defaulted by the CRD to 302. */
    statusCode: number;
  };
  urlRewrite?: { hostname?: string; path?: HTTPPathModifierModel };
  requestMirror?: {
    backendRef: BackendObjectRefModel;
    percent?: number;
    fraction?: { numerator: number; denominator: number };
  };
  extensionRef?: { group: string; kind: string; name: string };
}

/** BackendObjectReference after defaulting (group "" and kind Service). */
export interface BackendObjectRefModel {
  group: string;
  kind: string;
  namespace?: string;
  name: string;
  port?: number;
}

export interface HTTPBackendRefModel extends BackendObjectRefModel {
  /** Defaulted by the CRD to 1. */
  weight: number;
  filters: HTTPRouteFilterModel[];
}

export interface HTTPRouteRuleModel {
  name?: string;
  /** After defaulting: one PathPrefix `/` match when none is written. */
  matches: HTTPRouteMatchModel[];
  filters: HTTPRouteFilterModel[];
  backendRefs: HTTPBackendRefModel[];
}

export interface HTTPRouteModel {
  namespace: string;
  name: string;
  parentRefs: ParentRefModel[];
  hostnames: string[];
  rules: HTTPRouteRuleModel[];
  creationTimestamp?: string;
  /** 0-based order of appearance among HTTPRoutes: the lower, the older. */
  order: number;
  source?: Source;
}

export interface ReferenceGrantModel {
  namespace: string;
  name: string;
  from: { group: string; kind: string; namespace: string }[];
  to: { group: string; kind: string; name?: string }[];
  source?: Source;
}

export interface Cluster {
  namespaces: NamespaceModel[];
  nodes: NodeModel[];
  pods: PodModel[];
  services: ServiceModel[];
  endpointSlices: EndpointSliceModel[];
  ingresses: IngressModel[];
  ingressClasses: IngressClassModel[];
  networkPolicies: NetworkPolicyModel[];
  gatewayClasses: GatewayClassModel[];
  gateways: GatewayModel[];
  httpRoutes: HTTPRouteModel[];
  referenceGrants: ReferenceGrantModel[];
  /** What the loader filled in, in order. */
  assumptions: Assumption[];
  /** Objects left out of the model, each with why. */
  skipped: SkippedObject[];
  /** The validation diagnostics of the text the cluster was loaded from. */
  diagnostics: Diagnostic[];
}

// The course cluster's fixed numbers, in one place: the ranges and addresses a kubeadm cluster like the notes'
// one is set up with, and the protocol defaults the engine's hops share.

/** --service-node-port-range default (kube-apiserver; portallocator). */
export const NODE_PORT_RANGE = { min: 30000, max: 32767 } as const;

/** --service-cluster-ip-range, kubeadm's default serviceSubnet (ipallocator). */
export const SERVICE_CIDR = '10.96.0.0/12';

/** The first address of SERVICE_CIDR: the `kubernetes` Service in default. */
export const KUBERNETES_SERVICE_IP = '10.96.0.1';

/** The tenth address of SERVICE_CIDR: kubeadm's kube-dns Service, the nameserver in every pod's resolv.conf. */
export const KUBE_DNS_SERVICE_IP = '10.96.0.10';

/** kubeadm's podSubnet in the notes (flannel's default), split into a /24 per node: --node-cidr-mask-size=24. */
export const CLUSTER_CIDR = '10.244.0.0/16';

/** The learner's laptop in the notes; route() treats it as a client off the cluster, so no node may have it. */
export const LAPTOP_IP = '192.168.1.10';

/** The cluster domain kubelet and CoreDNS are configured with (--cluster-domain). */
export const CLUSTER_DOMAIN = 'cluster.local';

/** TCP/UDP port numbers: 1-65535 (0 is not a port a Service or a policy may name). */
export const PORT_RANGE = { min: 1, max: 65535 } as const;

/** The port a URL means when it names none (RFC 9110 §4.2: http 80, https 443). */
export const DEFAULT_PORTS = { http: 80, https: 443 } as const;

/** DEFAULT_PORTS for a scheme given as text (a scheme such as `constructor` has none). */
export function defaultPort(scheme: string): number | undefined {
  return Object.hasOwn(DEFAULT_PORTS, scheme) ? DEFAULT_PORTS[scheme as keyof typeof DEFAULT_PORTS] : undefined;
}

// core/v1: Namespace, Node, Pod (and the PodSpec that Deployments and ReplicaSets template), Service.
import { objectMeta } from './meta';
import { any, bool, int32, int64, intOrString, list, object, quantities, str, stringMap, strings, time } from './types';

const keyValue = (go: string) => object(go, { name: str, value: str });

const httpGet = object('v1.HTTPGetAction', {
  path: str,
  port: intOrString,
  host: str,
  scheme: str,
  httpHeaders: list(keyValue('v1.HTTPHeader')),
});
const tcpSocket = object('v1.TCPSocketAction', { port: intOrString, host: str });
const exec = object('v1.ExecAction', { command: strings });
const grpc = object('v1.GRPCAction', { port: int32, service: str });

const probe = object('v1.Probe', {
  exec,
  httpGet,
  tcpSocket,
  grpc,
  initialDelaySeconds: int32,
  timeoutSeconds: int32,
  periodSeconds: int32,
  successThreshold: int32,
  failureThreshold: int32,
  terminationGracePeriodSeconds: int64,
});

export const containerPort = object('v1.ContainerPort', {
  name: str,
  hostPort: int32,
  containerPort: int32,
  protocol: str,
  hostIP: str,
});

const keySelector = (go: string) => object(go, { name: str, key: str, optional: bool });

const envVar = object('v1.EnvVar', {
  name: str,
  value: str,
  valueFrom: object('v1.EnvVarSource', {
    fieldRef: object('v1.ObjectFieldSelector', { apiVersion: str, fieldPath: str }),
    resourceFieldRef: object('v1.ResourceFieldSelector', {
      containerName: str,
      resource: str,
      divisor: { t: 'quantity' },
    }),
    configMapKeyRef: keySelector('v1.ConfigMapKeySelector'),
    secretKeyRef: keySelector('v1.SecretKeySelector'),
    fileKeyRef: any,
  }),
});

const envFromSource = object('v1.EnvFromSource', {
  prefix: str,
  configMapRef: object('v1.ConfigMapEnvSource', { name: str, optional: bool }),
  secretRef: object('v1.SecretEnvSource', { name: str, optional: bool }),
});

const seccompProfile = object('v1.SeccompProfile', { type: str, localhostProfile: str });
const appArmorProfile = object('v1.AppArmorProfile', { type: str, localhostProfile: str });

const securityContext = object('v1.SecurityContext', {
  capabilities: object('v1.Capabilities', { add: strings, drop: strings }),
  privileged: bool,
  seLinuxOptions: any,
  windowsOptions: any,
  runAsUser: int64,
  runAsGroup: int64,
  runAsNonRoot: bool,
  readOnlyRootFilesystem: bool,
  allowPrivilegeEscalation: bool,
  procMount: str,
  seccompProfile,
  appArmorProfile,
});

const podSecurityContext = object('v1.PodSecurityContext', {
  seLinuxOptions: any,
  windowsOptions: any,
  runAsUser: int64,
  runAsGroup: int64,
  runAsNonRoot: bool,
  supplementalGroups: list(int64),
  supplementalGroupsPolicy: str,
  fsGroup: int64,
  sysctls: list(object('v1.Sysctl', { name: str, value: str })),
  fsGroupChangePolicy: str,
  seccompProfile,
  appArmorProfile,
  seLinuxChangePolicy: str,
});

const lifecycleHandler = object('v1.LifecycleHandler', {
  exec,
  httpGet,
  tcpSocket,
  sleep: object('v1.SleepAction', { seconds: int64 }),
});

const container = object('v1.Container', {
  name: str,
  image: str,
  command: strings,
  args: strings,
  workingDir: str,
  ports: list(containerPort),
  envFrom: list(envFromSource),
  env: list(envVar),
  resources: object('v1.ResourceRequirements', { limits: quantities, requests: quantities, claims: list(any) }),
  resizePolicy: list(any),
  restartPolicy: str,
  restartPolicyRules: list(any),
  volumeMounts: list(
    object('v1.VolumeMount', {
      name: str,
      readOnly: bool,
      recursiveReadOnly: str,
      mountPath: str,
      subPath: str,
      mountPropagation: str,
      subPathExpr: str,
    }),
  ),
  volumeDevices: list(any),
  livenessProbe: probe,
  readinessProbe: probe,
  startupProbe: probe,
  lifecycle: object('v1.Lifecycle', { postStart: lifecycleHandler, preStop: lifecycleHandler, stopSignal: str }),
  terminationMessagePath: str,
  terminationMessagePolicy: str,
  imagePullPolicy: str,
  securityContext,
  stdin: bool,
  stdinOnce: bool,
  tty: bool,
});

const keyToPath = list(object('v1.KeyToPath', { key: str, path: str, mode: int32 }));

// The common volume sources are described; the storage-vendor ones are accepted whole (the course never
// mounts storage, but a manifest copied from elsewhere may carry one).
const vendorVolumeSources = [
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'gitRepo',
  'nfs',
  'iscsi',
  'glusterfs',
  'rbd',
  'flexVolume',
  'cinder',
  'cephfs',
  'flocker',
  'downwardAPI',
  'fc',
  'azureFile',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'photonPersistentDisk',
  'projected',
  'portworxVolume',
  'scaleIO',
  'storageos',
  'csi',
  'ephemeral',
  'image',
];
const volume = object('v1.Volume', {
  name: str,
  hostPath: object('v1.HostPathVolumeSource', { path: str, type: str }),
  emptyDir: object('v1.EmptyDirVolumeSource', { medium: str, sizeLimit: { t: 'quantity' } }),
  secret: object('v1.SecretVolumeSource', { secretName: str, items: keyToPath, defaultMode: int32, optional: bool }),
  configMap: object('v1.ConfigMapVolumeSource', { name: str, items: keyToPath, defaultMode: int32, optional: bool }),
  persistentVolumeClaim: object('v1.PersistentVolumeClaimVolumeSource', { claimName: str, readOnly: bool }),
  ...Object.fromEntries(vendorVolumeSources.map((name) => [name, any])),
});

export const podSpec = object('v1.PodSpec', {
  volumes: list(volume),
  initContainers: list(container),
  containers: list(container),
  ephemeralContainers: list(any),
  restartPolicy: str,
  terminationGracePeriodSeconds: int64,
  activeDeadlineSeconds: int64,
  dnsPolicy: str,
  nodeSelector: stringMap,
  serviceAccountName: str,
  serviceAccount: str,
  automountServiceAccountToken: bool,
  nodeName: str,
  hostNetwork: bool,
  hostPID: bool,
  hostIPC: bool,
  shareProcessNamespace: bool,
  securityContext: podSecurityContext,
  imagePullSecrets: list(object('v1.LocalObjectReference', { name: str })),
  hostname: str,
  hostnameOverride: str,
  subdomain: str,
  affinity: any,
  schedulerName: str,
  tolerations: list(
    object('v1.Toleration', { key: str, operator: str, value: str, effect: str, tolerationSeconds: int64 }),
  ),
  hostAliases: list(object('v1.HostAlias', { ip: str, hostnames: strings })),
  priorityClassName: str,
  priority: int32,
  dnsConfig: object('v1.PodDNSConfig', {
    nameservers: strings,
    searches: strings,
    options: list(keyValue('v1.PodDNSConfigOption')),
  }),
  readinessGates: list(object('v1.PodReadinessGate', { conditionType: str })),
  runtimeClassName: str,
  enableServiceLinks: bool,
  preemptionPolicy: str,
  overhead: quantities,
  topologySpreadConstraints: list(any),
  setHostnameAsFQDN: bool,
  os: object('v1.PodOS', { name: str }),
  hostUsers: bool,
  schedulingGates: list(object('v1.PodSchedulingGate', { name: str })),
  resourceClaims: list(any),
  resources: any,
});

const podIP = object('v1.PodIP', { ip: str });

const podStatus = object('v1.PodStatus', {
  observedGeneration: int64,
  phase: str,
  conditions: list(
    object('v1.PodCondition', {
      type: str,
      observedGeneration: int64,
      status: str,
      lastProbeTime: time,
      lastTransitionTime: time,
      reason: str,
      message: str,
    }),
  ),
  message: str,
  reason: str,
  nominatedNodeName: str,
  hostIP: str,
  hostIPs: list(object('v1.HostIP', { ip: str })),
  podIP: str,
  podIPs: list(podIP),
  startTime: time,
  initContainerStatuses: list(any),
  containerStatuses: list(any),
  qosClass: str,
  ephemeralContainerStatuses: list(any),
  resize: str,
  resourceClaimStatuses: list(any),
  extendedResourceClaimStatus: any,
});

export const podTemplateSpec = object('v1.PodTemplateSpec', { metadata: objectMeta, spec: podSpec });

const top = { apiVersion: str, kind: str, metadata: objectMeta };

export const pod = object('v1.Pod', { ...top, spec: podSpec, status: podStatus });

export const namespace = object('v1.Namespace', {
  ...top,
  spec: object('v1.NamespaceSpec', { finalizers: strings }),
  status: object('v1.NamespaceStatus', { phase: str, conditions: list(any) }),
});

export const node = object('v1.Node', {
  ...top,
  spec: object('v1.NodeSpec', {
    podCIDR: str,
    podCIDRs: strings,
    providerID: str,
    unschedulable: bool,
    taints: list(object('v1.Taint', { key: str, value: str, effect: str, timeAdded: time })),
    configSource: any,
    externalID: str,
  }),
  status: object('v1.NodeStatus', {
    capacity: quantities,
    allocatable: quantities,
    phase: str,
    conditions: list(any),
    addresses: list(object('v1.NodeAddress', { type: str, address: str })),
    daemonEndpoints: any,
    nodeInfo: any,
    images: list(any),
    volumesInUse: strings,
    volumesAttached: list(any),
    config: any,
    runtimeHandlers: list(any),
    features: any,
    declaredFeatures: strings,
  }),
});

export const servicePort = object('v1.ServicePort', {
  name: str,
  protocol: str,
  appProtocol: str,
  port: int32,
  targetPort: intOrString,
  nodePort: int32,
});

export const service = object('v1.Service', {
  ...top,
  spec: object('v1.ServiceSpec', {
    ports: list(servicePort),
    selector: stringMap,
    clusterIP: str,
    clusterIPs: strings,
    type: str,
    externalIPs: strings,
    sessionAffinity: str,
    loadBalancerIP: str,
    loadBalancerSourceRanges: strings,
    externalName: str,
    externalTrafficPolicy: str,
    healthCheckNodePort: int32,
    publishNotReadyAddresses: bool,
    sessionAffinityConfig: object('v1.SessionAffinityConfig', {
      clientIP: object('v1.ClientIPConfig', { timeoutSeconds: int32 }),
    }),
    ipFamilies: strings,
    ipFamilyPolicy: str,
    allocateLoadBalancerNodePorts: bool,
    loadBalancerClass: str,
    internalTrafficPolicy: str,
    trafficDistribution: str,
  }),
  status: object('v1.ServiceStatus', {
    loadBalancer: object('v1.LoadBalancerStatus', {
      ingress: list(
        object('v1.LoadBalancerIngress', {
          ip: str,
          hostname: str,
          ipMode: str,
          ports: list(object('v1.PortStatus', { port: int32, protocol: str, error: str })),
        }),
      ),
    }),
    conditions: list(any),
  }),
});

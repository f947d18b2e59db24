// kubectl describe pod, laid out as kubectl 1.34 writes it (kubernetes staging/src/k8s.io/kubectl/pkg/describe/
// describe.go describePod). The pod is the one the API server holds after admission: the ServiceAccount plugin
// has mounted the kube-api-access token volume into every container, DefaultTolerationSeconds has added the
// not-ready and unreachable tolerations. Container and image IDs, which only a runtime knows, are not shown.
import { humanDuration } from './age';
import { eventLines, type DescribeEvent } from './describe-events';
import { annotationLines, labelLines, stringEntries } from './describe-generic';
import { containerLines, tolerationLines, volumeLines } from './describe-template';
import { rfc1123z } from './describe-workloads';
import type { Session } from './session';
import { metadataOf, type Json } from './store';
import { record } from './json-values';
import { generatedSuffix, podSpec, type ApiObject } from './views';

type Pod = Extract<ApiObject, { kind: 'Pod' }>;

const list = (value: unknown): Json[] => (Array.isArray(value) ? value.map((v) => record(v) ?? {}) : []);

export function describePod(session: Session, object: Pod): string {
  const pod = object.pod;
  const document = object.stored?.value;
  const status = record(document?.status);
  const spec = admitted(object, podSpec(session.store, pod) ?? {});
  const ip = session.store.cluster.nodes.find((n) => n.name === pod.nodeName)?.ip;
  const annotations = record(annotationsOf(session, object)) ?? {};
  const lines = [
    `Name:\t${pod.name}`,
    `Namespace:\t${pod.namespace}`,
    'Priority:\t0',
    `Service Account:\t${String(spec.serviceAccountName ?? 'default')}`,
    `Node:\t${pod.nodeName ? `${pod.nodeName}/${ip ?? ''}` : '<none>'}`,
    `Start Time:\t${rfc1123z(object.created)}`,
    ...labelLines(Object.entries(pod.labels)),
    ...annotationLines(stringEntries(annotations)),
    ...statusLines(session, object, status),
    `IP:\t${pod.ip}`,
    'IPs:',
    `  IP:\t${pod.ip}`,
  ];
  if (pod.owner) {
    const hash = pod.labels['pod-template-hash'];
    const [kind, ref] = pod.owner.split(' ') as [string, string];
    const name = ref.slice(ref.indexOf('/') + 1);
    lines.push(
      kind === 'Deployment' && hash ? `Controlled By:\tReplicaSet/${name}-${hash}` : `Controlled By:\t${kind}/${name}`,
    );
  }
  const ready = pod.ready ? 'True' : 'False';
  const started = rfc1123z(object.created);
  const running = [
    '    State:\tRunning',
    `      Started:\t${started}`,
    `    Ready:\t${ready}`,
    '    Restart Count:\t0',
  ];
  const field = fieldValue(object, ip ?? '', spec, annotations);
  const initContainers = list(spec.initContainers);
  // A running pod's init containers have run to completion; a sidecar (restartPolicy Always) keeps running.
  if (initContainers.length > 0)
    lines.push(
      ...containerLines('Init Containers', initContainers, '', {
        field,
        state: (c) =>
          c.restartPolicy === 'Always'
            ? running
            : [
                '    State:\tTerminated',
                '      Reason:\tCompleted',
                '      Exit Code:\t0',
                `      Started:\t${started}`,
                `      Finished:\t${started}`,
                '    Ready:\tTrue',
                '    Restart Count:\t0',
              ],
      }),
    );
  lines.push(...containerLines('Containers', list(spec.containers), '', { field, state: () => running }));
  const conditions = podConditions(object, status);
  if (conditions.length > 0)
    lines.push('Conditions:', '  Type\tStatus', ...conditions.map((c) => `  ${c.type} \t${c.status} `));
  lines.push(
    ...volumeLines(list(spec.volumes), ''),
    `QoS Class:\t${qosClass(list(spec.containers))}`,
    ...labelLines(stringEntries(spec.nodeSelector), 'Node-Selectors'),
    ...tolerationLines(list(spec.tolerations), ''),
    ...eventLines(podEvents(object, document), session.now()),
  );
  return lines.join('\n');
}

/**
 * describe.go EnvValueRetriever → fieldpath.ExtractFieldPathAsString, for the paths the Downward API allows;
 * what the engine does not know (metadata.uid) reads as empty.
 */
function fieldValue(object: Pod, hostIP: string, spec: Json, annotations: Json): (path: string) => string {
  const pod = object.pod;
  return (path) => {
    const [keyed, which, key = ''] = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(path) ?? [];
    if (keyed) {
      const map: Record<string, unknown> = which === 'labels' ? pod.labels : annotations;
      return String(map[key] ?? '');
    }
    const values: Record<string, string> = {
      'metadata.name': pod.name,
      'metadata.namespace': pod.namespace,
      'spec.nodeName': pod.nodeName,
      'spec.serviceAccountName': String(spec.serviceAccountName ?? 'default'),
      'status.podIP': pod.ip,
      'status.podIPs': pod.ip,
      'status.hostIP': hostIP,
      'status.hostIPs': hostIP,
    };
    return values[path] ?? '';
  };
}

/** The pod's own annotations, or those its controller's pod template gives every pod. */
function annotationsOf(session: Session, object: Pod): unknown {
  if (object.stored) return metadataOf(object.stored.value).annotations;
  const [owner, kind = '', namespace, name = ''] = /^(\w+) ([^/]+)\/(.+)$/.exec(object.pod.owner ?? '') ?? [];
  const template = owner ? record(record(session.store.find(kind, namespace, name)?.value.spec)?.template) : undefined;
  return record(template?.metadata)?.annotations;
}

/** `Running`, or kubectl's `Terminating (lasts 5s)` and the grace period for a pod being deleted. */
function statusLines(session: Session, object: Pod, status: Json | undefined): string[] {
  const metadata = metadataOf(object.stored?.value ?? {});
  if (!object.pod.terminating) return [`Status:\t${String(status?.phase ?? 'Running')}`];
  const since = Date.parse(String(metadata.deletionTimestamp));
  const grace = typeof metadata.deletionGracePeriodSeconds === 'number' ? metadata.deletionGracePeriodSeconds : 30;
  return [
    `Status:\tTerminating (lasts ${Number.isNaN(since) ? '<unknown>' : humanDuration(session.now() - since)})`,
    `Termination Grace Period:\t${grace}s`,
  ];
}

const TOKEN_MOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';
const DEFAULT_TOLERATIONS = ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable'];

/**
 * The spec after admission. plugin/pkg/admission/serviceaccount: unless automountServiceAccountToken is false, a
 * projected volume `kube-api-access-` + five random characters (token for 3607 s, kube-root-ca.crt, the
 * namespace) mounted read-only at TOKEN_MOUNT_PATH in every container; the characters here come from the pod's
 * name so that they stay the same between commands. plugin/pkg/admission/defaulttolerationseconds: NoExecute
 * tolerations of 300 s for not-ready and unreachable nodes, unless the pod tolerates them already.
 */
function admitted(object: Pod, written: Json): Json {
  const spec: Json = { ...written, containers: object.containers.map(defaultRequests) };
  const tolerations = list(spec.tolerations);
  const added = DEFAULT_TOLERATIONS.filter((key) => !tolerations.some((t) => t.key === key)).map((key) => ({
    key,
    operator: 'Exists',
    effect: 'NoExecute',
    tolerationSeconds: 300,
  }));
  const result: Json = { ...spec, tolerations: [...tolerations, ...added] };
  if (spec.automountServiceAccountToken === false) return result;
  const volume = `kube-api-access-${generatedSuffix(`${object.pod.namespace}/${object.pod.name}/token`)}`;
  const mount = (c: Json): Json => ({
    ...c,
    volumeMounts: [...list(c.volumeMounts), { name: volume, readOnly: true, mountPath: TOKEN_MOUNT_PATH }],
  });
  return {
    ...result,
    containers: list(spec.containers).map(mount),
    initContainers: list(spec.initContainers).map(mount),
    volumes: [
      ...list(spec.volumes),
      {
        name: volume,
        projected: {
          sources: [
            { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
            { configMap: { name: 'kube-root-ca.crt' } },
            { downwardAPI: {} },
          ],
        },
      },
    ],
  };
}

/** core/v1 SetDefaults_Pod (for a Pod, not a template): a resource limited but not requested is requested at
 * its limit. */
function defaultRequests(container: Json): Json {
  const resources = record(container.resources);
  const limits = record(resources?.limits);
  if (!resources || !limits) return container;
  return { ...container, resources: { ...resources, requests: { ...limits, ...(record(resources.requests) ?? {}) } } };
}

/**
 * pkg/apis/core/helper/qos GetPodQOS: BestEffort without any request or limit; Guaranteed when every container
 * limits cpu and memory and requests them at those limits; Burstable otherwise.
 */
function qosClass(containers: Json[]): string {
  let any = false;
  let guaranteed = true;
  for (const container of containers) {
    const resources = record(container.resources) ?? {};
    const limits = record(resources.limits) ?? {};
    const requests = record(resources.requests) ?? {};
    if (Object.keys(limits).length > 0 || Object.keys(requests).length > 0) any = true;
    for (const name of ['cpu', 'memory'])
      if (limits[name] === undefined || String(limits[name]) !== String(requests[name])) guaranteed = false;
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

/**
 * The pod's status.conditions in the order the API holds them. Without a written status the pod is what the
 * engine made of it, scheduled and running, and kubelet (1.34, PodReadyToStartContainers on by default)
 * reports these five, Ready and ContainersReady following the pod's readiness.
 */
function podConditions(object: Pod, status: Json | undefined): { type: string; status: string }[] {
  if (status)
    return list(status.conditions).map((c) => ({ type: String(c.type ?? ''), status: String(c.status ?? '') }));
  const ready = object.pod.ready ? 'True' : 'False';
  return [
    { type: 'PodReadyToStartContainers', status: 'True' },
    { type: 'Initialized', status: 'True' },
    { type: 'Ready', status: ready },
    { type: 'ContainersReady', status: ready },
    { type: 'PodScheduled', status: 'True' },
  ];
}

/**
 * Only what the engine's state shows for certain: the scheduler's binding of a pod that had no nodeName
 * (pkg/scheduler/schedule_one.go "Successfully assigned %v/%v to %v"), at the pod's creation. Image pulls and
 * container starts are not modeled, nor is anything about a pod whose status was written by hand.
 */
function podEvents(object: Pod, document: Json | undefined): DescribeEvent[] {
  const pod = object.pod;
  if (record(document?.status) || record(document?.spec)?.nodeName || !pod.nodeName) return [];
  return [
    {
      type: 'Normal',
      reason: 'Scheduled',
      at: object.created,
      from: 'default-scheduler',
      message: `Successfully assigned ${pod.namespace}/${pod.name} to ${pod.nodeName}`,
    },
  ];
}

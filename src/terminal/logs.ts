// kubectl logs POD|TYPE/NAME [CONTAINER] [-c C] [--tail N] [-f] [-p] (kubectl v0.34.1 pkg/cmd/logs/logs.go,
// pkg/polymorphichelpers/logsforobject.go). What a program writes is not knowable in general, so a container
// prints only lines its image is known to write at start-up; every other container's log is empty here.
// The kubelet's refusals are kubernetes pkg/kubelet/kubelet_pods.go validateContainerLogStatus, which the
// API server returns as BadRequest.
import { last, parseFlags } from './args';
import { fail, ok, usageError, type CommandOutput } from './output';
import { qualifiedPlural, resourceType } from './resources';
import { DEFAULT_NAMESPACE, type Session } from './session';
import type { Json } from './store';
import { record } from './json-values';
import { listObjects, type ApiObject } from './views';

// Flags that would change what is printed (--timestamps, --since, --limit-bytes, --all-containers, --prefix)
// are not taken: refusing them beats printing what kubectl would not.
const FLAGS = {
  values: { namespace: 'n', container: 'c', tail: '' },
  booleans: { follow: 'f', previous: 'p', 'ignore-errors': '' },
};

// logs.go logsUsageErrStr (logsUsageStr is the command's Use line), through cmdutil.UsageErrorf.
const USAGE =
  "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command";

type PodObject = Extract<ApiObject, { kind: 'Pod' }>;

export function logs(session: Session, tokens: string[]): CommandOutput {
  const args = parseFlags(tokens, FLAGS);
  if (typeof args === 'string') return fail(args);
  const [reference, inlineContainer, ...extra] = args.positional;
  if (!reference || extra.length > 0) return usageError('logs', USAGE);
  const flagContainer = last(args, 'container');
  // logs.go Validate.
  if (inlineContainer !== undefined && flagContainer !== undefined)
    return fail('error: only one of -c or an inline [CONTAINER] arg is allowed');
  const tailText = last(args, 'tail') ?? '-1';
  const tail = Number(tailText);
  if (!/^-?\d+$/.test(tailText))
    return fail(
      `error: invalid argument "${tailText}" for "--tail" flag: strconv.ParseInt: parsing "${tailText}": invalid syntax`,
    );
  if (tail < -1) return fail('error: --tail must be greater than or equal to -1');
  const namespace = last(args, 'namespace') ?? DEFAULT_NAMESPACE;

  const found = podFor(session, reference, namespace);
  if (typeof found === 'string') return fail(found);
  const { pod, notes } = found;
  const containerName = inlineContainer ?? flagContainer;
  const names = pod.containers.map((c) => String(c.name ?? ''));
  // logsforobject.go: without a name the first container is used, with a note when there are others.
  const chosen = containerName ?? names[0] ?? '';
  if (containerName === undefined && names.length > 1)
    notes.push(`Defaulted container "${chosen}" out of: ${names.join(', ')}`);
  const container = pod.containers.find((c) => c.name === chosen);
  if (!container)
    return fail(`error: container ${chosen} is not valid for pod ${pod.name} out of: ${names.join(', ')}`);

  const refused = kubeletRefusal(pod, chosen, last(args, 'previous') === 'true');
  if (refused) return fail([...notes, `Error from server (BadRequest): ${refused}`].join('\n'));
  const written = startupLines(container, pod.created);
  const shown = tail < 0 ? written : tail === 0 ? [] : written.slice(-tail);
  const followNote =
    last(args, 'follow') === 'true'
      ? [
          '(이 터미널의 kubectl logs -f는 지금까지의 로그만 보여 주고 기다리지 않습니다: 실제 kubectl은 Ctrl+C까지 새 줄을 계속 출력합니다.)',
        ]
      : [];
  return ok([...notes, ...shown, ...followNote].join('\n'));
}

/** The pod a reference names: a pod, or the first of a workload's or Service's pods (logsforobject.go). */
function podFor(session: Session, reference: string, namespace: string): { pod: PodObject; notes: string[] } | string {
  const slash = reference.indexOf('/');
  const typeName = slash < 0 ? 'pods' : reference.slice(0, slash);
  const name = slash < 0 ? reference : reference.slice(slash + 1);
  const type = resourceType(typeName);
  if (!type) return `error: the server doesn't have a resource type "${typeName}"`;
  const pods = listObjects(session.store, 'Pod').filter((o): o is PodObject => o.kind === 'Pod');
  // logs.go Complete wraps a NotFound with the namespace; the wrapped error is no longer an API status, so
  // CheckErr prints it with "error: " in front.
  const notFound = `error: error from server (NotFound): ${qualifiedPlural(type)} "${name}" not found in namespace "${namespace}"`;
  if (type.kind === 'Pod') {
    const pod = pods.find((p) => p.namespace === namespace && p.name === name);
    return pod ? { pod, notes: [] } : notFound;
  }
  const owner = listObjects(session.store, type.kind).find((o) => o.namespace === namespace && o.name === name);
  if (!owner) return notFound;
  const selected = podsOf(owner, pods);
  if (typeof selected === 'string') return `error: cannot get the logs from *v1.${type.kind}: ${selected}`;
  // helpers.go GetPodList: no pod matches → `timed out waiting for the condition` after the pod-running timeout.
  const [first] = selected;
  if (!first) return 'error: timed out waiting for the condition';
  return { pod: first, notes: selected.length > 1 ? [`Found ${selected.length} pods, using pod/${first.name}`] : [] };
}

/**
 * The pods helpers.go SelectorsForObject's selector picks, in ByLogging order (all lab pods are equally
 * running and ready, so list order); otherwise its error (Go's %T of a typed object is `*v1.Kind`).
 */
function podsOf(owner: ApiObject, pods: PodObject[]): PodObject[] | string {
  const inNamespace = pods.filter((p) => p.namespace === owner.namespace);
  switch (owner.kind) {
    case 'Deployment':
    case 'ReplicaSet':
      return inNamespace.filter((p) => owner.pods.some((q) => q.name === p.pod.name));
    case 'Service': {
      const selector = owner.service.selector;
      if (!selector || Object.keys(selector).length === 0)
        return `invalid service '${owner.name}': Service is defined without a selector`;
      return inNamespace.filter((p) => Object.entries(selector).every(([k, v]) => p.labels[k] === v));
    }
    default:
      return `selector for *v1.${owner.kind} not implemented`;
  }
}

/** kubelet_pods.go validateContainerLogStatus, from the status written in the pod's manifest (if any). */
function kubeletRefusal(pod: PodObject, container: string, previous: boolean): string | undefined {
  const status = record(pod.stored?.value.status);
  const spec = record(pod.stored?.value.spec);
  // The API server answers before asking a kubelet (registry/core/pod/strategy.go LogLocation).
  if (status?.phase === 'Pending' && !spec?.nodeName && !pod.pod.nodeName)
    return `pod ${pod.name} does not have a host assigned`;
  const statuses = Array.isArray(status?.containerStatuses)
    ? status.containerStatuses.map((c) => record(c) ?? {})
    : undefined;
  const own = statuses?.find((c) => c.name === container);
  if (statuses && !own) return `container "${container}" in pod "${pod.name}" is not available`;
  const lastTerminated = record(record(own?.lastState)?.terminated);
  if (previous) {
    // The lab's own pods have never restarted; a written lastState.terminated with a containerID had.
    if (!lastTerminated || !lastTerminated.containerID)
      return `previous terminated container "${container}" in pod "${pod.name}" not found`;
    return undefined;
  }
  const state = record(own?.state);
  const waiting = record(state?.waiting);
  if (!own || state?.running || state?.terminated || lastTerminated || !waiting) return undefined;
  const reason = String(waiting.reason ?? '');
  if (reason === 'ErrImagePull')
    return `container "${container}" in pod "${pod.name}" is waiting to start: image can't be pulled`;
  if (reason === 'ImagePullBackOff')
    return `container "${container}" in pod "${pod.name}" is waiting to start: trying and failing to pull image`;
  return `container "${container}" in pod "${pod.name}" is waiting to start: ${reason}`;
}

/**
 * What a container's program writes when it starts, for images whose start-up output is fixed by their
 * source; [] for every other image (nothing is made up). hashicorp/http-echo main.go: Go's log.Printf
 * (`2006/01/02 15:04:05 ` prefix, UTC in the container) `[INFO] server is listening on %s` with -listen
 * (default :5678), unless -text is missing, when it exits instead. The time is the pod's creation: in the
 * lab containers start at once.
 */
function startupLines(container: Json, started: number): string[] {
  const image = String(container.image ?? '');
  const name = image.replace(/[:@].*$/, '').replace(/^.*\//, '');
  if (name !== 'http-echo') return [];
  const args = Array.isArray(container.args) ? container.args.map(String) : [];
  const flag = (flagName: string): string | undefined => {
    const at = args.findIndex((a) => new RegExp(`^--?${flagName}(=|$)`).test(a));
    const arg = args[at];
    if (arg === undefined) return undefined;
    return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[at + 1];
  };
  if (!flag('text')) return [];
  const stamp = new Date(started)
    .toISOString()
    .replace('T', ' ')
    .replace(/-/g, '/')
    .replace(/\.\d+Z$/, '');
  return [`${stamp} [INFO] server is listening on ${flag('listen') ?? ':5678'}`];
}

// kubectl expose deployment|pod|service NAME [--port] [--target-port] [--type] [--name] [--selector]
// (k8s.io/kubectl/pkg/cmd/expose/expose.go): the Service takes the exposed object's selector (a
// Deployment's matchLabels, a pod's labels, a Service's selector), its labels unless --labels, and its ports.
import { last, parseFlags } from './args';
import { DRY_RUN_FLAGS, generated } from './generated';
import { serviceFromExpose } from './generators';
import { fail, usageError, type CommandOutput } from './output';
import { qualifiedPlural, resourceType } from './resources';
import { DEFAULT_NAMESPACE, type Session } from './session';
import { metadataOf, type Json } from './store';
import { record, stringMap } from './json-values';
import { containersOf, labelsOf, podSpec } from './views';

export function expose(session: Session, tokens: string[]): CommandOutput {
  const args = parseFlags(tokens, {
    values: {
      ...DRY_RUN_FLAGS,
      port: '',
      'target-port': '',
      type: '',
      name: '',
      protocol: '',
      selector: '',
      labels: 'l',
    },
    booleans: {},
  });
  if (typeof args === 'string') return fail(args);
  const [typeName, ...names] = args.positional.flatMap((p) => p.split('/'));
  const name = names[0];
  const type = typeName ? resourceType(typeName) : undefined;
  if (!typeName || !name) return fail('error: You must provide one or more resources by argument or filename.');
  if (!type) return fail(`error: the server doesn't have a resource type "${typeName}"`);
  const namespace = last(args, 'namespace') ?? DEFAULT_NAMESPACE;
  let selector: Record<string, string> | undefined;
  let ports: number[];
  let labels: Record<string, string>;
  if (type.kind === 'Deployment') {
    const stored = session.store.find('Deployment', namespace, name);
    if (!stored) return fail(`Error from server (NotFound): ${qualifiedPlural(type)} "${name}" not found`);
    const spec = record(stored.value.spec);
    selector = stringMap(record(spec?.selector)?.matchLabels);
    ports = containerPorts(record(record(spec?.template)?.spec));
    labels = labelsOf(stored.value);
  } else if (type.kind === 'Pod') {
    const pod = session.store.cluster.pods.find((p) => p.namespace === namespace && p.name === name);
    if (!pod) return fail(`Error from server (NotFound): pods "${name}" not found`);
    selector = pod.labels;
    labels = pod.labels;
    ports = containerPorts(podSpec(session.store, pod));
  } else if (type.kind === 'Service') {
    const service = session.store.cluster.services.find((s) => s.namespace === namespace && s.name === name);
    if (!service) return fail(`Error from server (NotFound): services "${name}" not found`);
    selector = service.selector;
    labels = service.labels;
    ports = service.ports.map((p) => p.port);
  } else return fail(`error: cannot expose a ${type.kind}`);
  const explicit = last(args, 'selector');
  if (explicit) selector = Object.fromEntries(explicit.split(',').map((kv) => kv.split('=') as [string, string]));
  if (!selector || Object.keys(selector).length === 0)
    return usageError(
      'expose',
      `couldn't retrieve selectors via --selector flag or introspection: the ${type.kind} has no labels`,
    );
  const port = last(args, 'port') ?? (ports[0] === undefined ? undefined : String(ports[0]));
  if (port === undefined) return usageError('expose', "couldn't find port via --port flag or introspection");
  const labelFlag = last(args, 'labels');
  const service = serviceFromExpose(
    last(args, 'name') ?? name,
    selector,
    Number(port),
    last(args, 'target-port'),
    last(args, 'type'),
    last(args, 'protocol'),
  );
  const own = labelFlag
    ? Object.fromEntries(labelFlag.split(',').map((kv) => kv.split('=') as [string, string]))
    : labels;
  const withLabels: Json =
    Object.keys(own).length > 0 ? { ...service, metadata: { ...metadataOf(service), labels: own } } : service;
  return generated(session, withLabels, args, 'exposed');
}

function containerPorts(spec: Json | undefined): number[] {
  return containersOf(spec).flatMap((c) =>
    Array.isArray(c.ports) ? c.ports.map((p) => Number(record(p)?.containerPort)).filter(Number.isInteger) : [],
  );
}

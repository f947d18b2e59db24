// kubectl SUBCOMMAND ...: the subcommands the labs need, each printing what kubectl prints.
import { last, parseFlags, type ParsedArgs } from './args';
import { curl } from './curl';
import { describe } from './describe';
import { ingressFromCreate, podFromRun, serviceFromCreate, serviceFromExpose } from './generators';
import { get } from './get';
import { toYaml } from './manifest';
import { nslookup } from './nslookup';
import { wget } from './wget';
import { fail, ok, type CommandOutput } from './output';
import { qualifiedPlural, qualifiedSingular, resourceType } from './resources';
import { DEFAULT_NAMESPACE, type Session } from './session';
import { documentsOf, metadataOf, type Json } from './store';
import { containersOf, listObjects, podSpec, record, stringMap } from './views';
import { writeText, type WriteMode } from './write';

export const KUBECTL_COMMANDS = [
  'get',
  'describe',
  'create',
  'apply',
  'replace',
  'delete',
  'label',
  'expose',
  'run',
  'exec',
];

export function kubectl(session: Session, tokens: string[], counter: { next: number }): CommandOutput {
  const [command, ...rest] = tokens;
  switch (command) {
    case 'get':
      return get(session, rest);
    case 'describe':
      return describe(session, rest);
    case 'create':
      return create(session, rest);
    case 'apply':
      return fromFile(session, rest, 'apply');
    case 'replace':
      return fromFile(session, rest, 'replace');
    case 'delete':
      return remove(session, rest);
    case 'label':
      return label(session, rest);
    case 'expose':
      return expose(session, rest);
    case 'run':
      return run(session, rest);
    case 'exec':
      return exec(session, rest, counter);
    case undefined:
      return ok(
        'kubectl controls the Kubernetes cluster manager.\n\n' + KUBECTL_COMMANDS.map((c) => `  ${c}`).join('\n'),
      );
    default:
      return fail(
        `error: unknown command "${command}" for "kubectl"\n\n이 터미널의 kubectl은 ${KUBECTL_COMMANDS.join(', ')}를 압니다. help를 입력해 보세요.`,
      );
  }
}

function fromFile(session: Session, tokens: string[], mode: WriteMode): CommandOutput {
  const args = parseFlags(tokens, {
    values: { filename: 'f', namespace: 'n' },
    booleans: mode === 'replace' ? { force: '' } : {},
  });
  if (typeof args === 'string') return fail(args);
  const files = args.flags.get('filename') ?? [];
  if (files.length === 0) return fail(`error: must specify one of -f and -k`);
  const lines: string[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const text = session.files()[file.replace(/^\.\//, '')];
    if (text === undefined) {
      errors.push(`error: the path "${file}" does not exist`);
      continue;
    }
    // replace --force deletes what the file names, then creates it again (replace.go forceReplace).
    if (last(args, 'force') === 'true') {
      const removed = remove(session, [
        '-f',
        file,
        ...(last(args, 'namespace') ? ['-n', last(args, 'namespace')!] : []),
      ]);
      lines.push(...removed.text.split('\n').filter((l) => / deleted( from \S+ namespace)?$/.test(l)));
    }
    const result = writeText(
      session,
      text,
      last(args, 'force') === 'true' ? 'create' : mode,
      file,
      last(args, 'namespace'),
    );
    lines.push(
      ...(last(args, 'force') === 'true' ? result.lines.map((l) => l.replace(/ created$/, ' replaced')) : result.lines),
    );
    errors.push(...result.errors);
  }
  return finish(lines, errors);
}

function create(session: Session, tokens: string[]): CommandOutput {
  const [what, name] = tokens;
  if (what === 'service' || what === 'svc') return createService(session, tokens.slice(1));
  if (what === 'ingress' || what === 'ing') return createIngress(session, tokens.slice(1));
  if (what === 'namespace' || what === 'ns') {
    if (!name) return fail('error: exactly one NAME is required, got 0');
    return generated(
      session,
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name } },
      parseFlags(tokens.slice(2), DRY_RUN),
    );
  }
  return fromFile(session, tokens, 'create');
}

const DRY_RUN = { values: { 'dry-run': '', output: 'o', namespace: 'n' }, booleans: {} };

function createService(session: Session, tokens: string[]): CommandOutput {
  const [type, ...rest] = tokens;
  const types: Record<string, 'ClusterIP' | 'NodePort' | 'LoadBalancer'> = {
    clusterip: 'ClusterIP',
    nodeport: 'NodePort',
    loadbalancer: 'LoadBalancer',
  };
  if (!type || !types[type])
    return fail(`error: unknown service type "${type ?? ''}": use clusterip, nodeport or loadbalancer`);
  const args = parseFlags(rest, {
    values: { ...DRY_RUN.values, tcp: '', 'node-port': '', clusterip: '' },
    booleans: {},
  });
  if (typeof args === 'string') return fail(args);
  const name = args.positional[0];
  if (!name) return fail('error: exactly one NAME is required, got 0');
  const nodePort = last(args, 'node-port');
  const service = serviceFromCreate(
    types[type]!,
    name,
    args.flags.get('tcp') ?? [],
    nodePort === undefined ? undefined : Number(nodePort),
    last(args, 'clusterip'),
  );
  return typeof service === 'string' ? fail(service) : generated(session, service, args);
}

function createIngress(session: Session, tokens: string[]): CommandOutput {
  const args = parseFlags(tokens, {
    values: { ...DRY_RUN.values, rule: '', class: '', annotation: '', 'default-backend': '' },
    booleans: {},
  });
  if (typeof args === 'string') return fail(args);
  const name = args.positional[0];
  if (!name) return fail('error: exactly one NAME is required, got 0');
  if (!args.flags.get('rule') && !last(args, 'default-backend'))
    return fail(
      'error: not enough information provided: every ingress has to either specify a default-backend (which catches all traffic) or a list of rules (which catch specific paths)',
    );
  const ingress = ingressFromCreate(
    name,
    args.flags.get('rule') ?? [],
    last(args, 'class'),
    args.flags.get('annotation') ?? [],
    last(args, 'default-backend'),
  );
  return typeof ingress === 'string' ? fail(ingress) : generated(session, ingress, args);
}

function expose(session: Session, tokens: string[]): CommandOutput {
  const args = parseFlags(tokens, {
    values: { ...DRY_RUN.values, port: '', 'target-port': '', type: '', name: '', protocol: '', selector: '' },
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
  let ports: number[] = [];
  if (type.kind === 'Deployment') {
    const stored = session.store.find('Deployment', namespace, name);
    if (!stored) return fail(`Error from server (NotFound): ${qualifiedPlural(type)} "${name}" not found`);
    const spec = record(stored.value.spec);
    selector = stringMap(record(spec?.selector)?.matchLabels);
    ports = containerPorts(record(record(spec?.template)?.spec));
  } else if (type.kind === 'Pod') {
    const pod = session.store.cluster.pods.find((p) => p.namespace === namespace && p.name === name);
    if (!pod) return fail(`Error from server (NotFound): pods "${name}" not found`);
    selector = pod.labels;
    ports = containerPorts(podSpec(session.store, pod));
  } else if (type.kind === 'Service') {
    const service = session.store.cluster.services.find((s) => s.namespace === namespace && s.name === name);
    if (!service) return fail(`Error from server (NotFound): services "${name}" not found`);
    selector = service.selector;
    ports = service.ports.map((p) => p.port);
  } else return fail(`error: cannot expose a ${type.kind}`);
  const explicit = last(args, 'selector');
  if (explicit) selector = Object.fromEntries(explicit.split(',').map((kv) => kv.split('=') as [string, string]));
  if (!selector || Object.keys(selector).length === 0)
    return fail(
      `error: couldn't retrieve selectors via --selector flag or introspection: the ${type.kind} has no labels`,
    );
  const port = last(args, 'port') ?? (ports[0] === undefined ? undefined : String(ports[0]));
  if (port === undefined) return fail("error: couldn't find port via --port flag or introspection");
  const service = serviceFromExpose(
    last(args, 'name') ?? name,
    selector,
    Number(port),
    last(args, 'target-port'),
    last(args, 'type'),
    last(args, 'protocol'),
  );
  return generated(session, service, args, 'exposed');
}

/** The object a generator built: printed with --dry-run=client -o yaml, otherwise created. */
function generated(session: Session, object: Json, args: ParsedArgs | string, verb = 'created'): CommandOutput {
  if (typeof args === 'string') return fail(args);
  const namespace = last(args, 'namespace');
  const value =
    namespace && object.kind !== 'Namespace' ? { ...object, metadata: { ...metadataOf(object), namespace } } : object;
  const dryRun = last(args, 'dry-run');
  if (dryRun !== undefined) {
    if (dryRun !== 'client' && dryRun !== 'server' && dryRun !== 'none')
      return fail(`error: Invalid dry-run value (${dryRun}). Must be "none", "server", or "client".`);
    if (last(args, 'output') === 'yaml')
      return ok(
        toYaml({
          ...value,
          metadata: { ...metadataOf(value), creationTimestamp: null },
          status: value.kind === 'Service' ? { loadBalancer: {} } : {},
        }),
      );
    const type = resourceType(String(value.kind))!;
    return ok(`${qualifiedSingular(type)}/${String(metadataOf(value).name)} ${verb} (dry run)`);
  }
  const result = writeText(session, toYaml(value), 'create', undefined);
  return finish(
    result.lines.map((l) => l.replace(/ created$/, ` ${verb}`)),
    result.errors,
  );
}

function run(session: Session, tokens: string[]): CommandOutput {
  const args = parseFlags(tokens, {
    values: { ...DRY_RUN.values, image: '', labels: 'l', port: '', restart: '' },
    booleans: { stdin: 'i', tty: 't', rm: '' },
  });
  if (typeof args === 'string') return fail(args);
  const name = args.positional[0];
  if (!name) return fail('error: NAME is required for run');
  const image = last(args, 'image');
  if (!image) return fail('error: --image is required');
  if (last(args, 'stdin') === 'true' || last(args, 'tty') === 'true') {
    return fail(
      `이 터미널에서는 pod 안의 대화형 셸(-it)을 열 수 없습니다. pod를 만든 뒤 kubectl exec ${name} -- curl URL 처럼 명령 하나씩 실행하세요.`,
    );
  }
  const pod = podFromRun(name, image, last(args, 'labels'), last(args, 'port'), args.rest);
  return typeof pod === 'string' ? fail(pod) : generated(session, pod, args);
}

function remove(session: Session, tokens: string[]): CommandOutput {
  const args = parseFlags(tokens, { values: { namespace: 'n', filename: 'f' }, booleans: {} });
  if (typeof args === 'string') return fail(args);
  const namespace = last(args, 'namespace') ?? DEFAULT_NAMESPACE;
  const targets: { typeName: string; name: string }[] = [];
  for (const file of args.flags.get('filename') ?? []) {
    const text = session.files()[file.replace(/^\.\//, '')];
    if (text === undefined) return fail(`error: the path "${file}" does not exist`);
    for (const result of writeTextTargets(text)) targets.push(result);
  }
  const [first, ...names] = args.positional;
  if (first?.includes('/'))
    for (const item of args.positional) targets.push({ typeName: item.split('/')[0]!, name: item.split('/')[1] ?? '' });
  else if (first) {
    if (names.length === 0) return fail('error: resource(s) were provided, but no name was specified');
    for (const name of names) targets.push({ typeName: first, name });
  }
  if (targets.length === 0) return fail('error: You must provide one or more resources by argument or filename.');
  const lines: string[] = [];
  const errors: string[] = [];
  for (const target of targets) {
    const type = resourceType(target.typeName);
    if (!type) {
      errors.push(`error: the server doesn't have a resource type "${target.typeName}"`);
      continue;
    }
    const exists = listObjects(session.store, type.kind).some(
      (o) => o.name === target.name && (!type.namespaced || o.namespace === namespace),
    );
    if (!exists) {
      errors.push(`Error from server (NotFound): ${qualifiedPlural(type)} "${target.name}" not found`);
      continue;
    }
    const stored = session.store.find(type.kind, type.namespaced ? namespace : undefined, target.name);
    // What is not a stored document (a controller's pod, the `kubernetes` Service) is recreated at once.
    if (stored) session.store.remove(stored);
    // kubectl 1.34+ names the namespace a namespaced object was deleted from.
    lines.push(
      `${qualifiedSingular(type)} "${target.name}" deleted${type.namespaced ? ` from ${namespace} namespace` : ''}`,
    );
  }
  return finish(lines, errors);
}

function writeTextTargets(text: string): { typeName: string; name: string }[] {
  return documentsOf(text).map((value) => ({
    typeName: String(value.kind ?? ''),
    name: String(metadataOf(value).name ?? ''),
  }));
}

function label(session: Session, tokens: string[]): CommandOutput {
  const args = parseFlags(tokens, { values: { namespace: 'n' }, booleans: { overwrite: '' } });
  if (typeof args === 'string') return fail(args);
  const [first, ...rest] = args.positional;
  if (!first) return fail('error: one or more resources must be specified as <resource> <name> or <resource>/<name>');
  const [typeName, name, changes] = first.includes('/')
    ? [first.split('/')[0]!, first.split('/')[1]!, rest]
    : [first, rest[0], rest.slice(1)];
  const type = resourceType(typeName);
  if (!type) return fail(`error: the server doesn't have a resource type "${typeName}"`);
  if (!name) return fail('error: one or more resources must be specified as <resource> <name> or <resource>/<name>');
  if (changes.length === 0) return fail('error: at least one label update is required');
  const namespace = type.namespaced ? (last(args, 'namespace') ?? DEFAULT_NAMESPACE) : undefined;
  const exists = listObjects(session.store, type.kind).some((o) => o.name === name && o.namespace === namespace);
  if (!exists) return fail(`Error from server (NotFound): ${qualifiedPlural(type)} "${name}" not found`);
  const stored = session.store.find(type.kind, namespace, name);
  if (!stored)
    return fail(
      `이 시뮬레이터에서는 컨트롤러나 클러스터가 만든 ${type.singular}의 label은 바꿀 수 없습니다. Deployment의 pod template에 label을 넣어 보세요.`,
    );
  const labels: Record<string, string> = { ...stringMap(metadataOf(stored.value).labels) };
  const before = JSON.stringify(labels);
  for (const change of changes) {
    if (change.endsWith('-')) {
      delete labels[change.slice(0, -1)];
      continue;
    }
    const at = change.indexOf('=');
    if (at < 1) return fail(`error: invalid label spec: ${change}`);
    const key = change.slice(0, at);
    if (Object.hasOwn(labels, key) && labels[key] !== change.slice(at + 1) && last(args, 'overwrite') !== 'true') {
      return fail(`error: '${key}' already has a value (${labels[key]}), and --overwrite is false`);
    }
    labels[key] = change.slice(at + 1);
  }
  const slug = `${qualifiedSingular(type)}/${name}`;
  if (JSON.stringify(labels) === before) return ok(`${slug} not labeled`);
  // An update is validated like any write (label values have the API server's rules).
  const result = writeText(
    session,
    toYaml({ ...stored.value, metadata: { ...metadataOf(stored.value), labels } }),
    'apply',
    undefined,
  );
  if (result.errors.length > 0) return fail(result.errors.join('\n'));
  return ok(`${slug} ${changes.every((c) => c.endsWith('-')) ? 'unlabeled' : 'labeled'}`);
}

function exec(session: Session, tokens: string[], counter: { next: number }): CommandOutput {
  const args = parseFlags(tokens, { values: { namespace: 'n', container: 'c' }, booleans: { stdin: 'i', tty: 't' } });
  if (typeof args === 'string') return fail(args);
  const podName = args.positional[0];
  if (!podName) return fail('error: pod, type/name or --filename must be specified');
  const namespace = last(args, 'namespace') ?? DEFAULT_NAMESPACE;
  const pod = session.store.cluster.pods.find((p) => p.namespace === namespace && p.name === podName);
  if (!pod) return fail(`Error from server (NotFound): pods "${podName}" not found`);
  const [program, ...rest] = args.rest;
  if (!program) return fail('error: you must specify at least one command for the container');
  const client = { from: `pod:${pod.namespace}/${pod.name}`, ip: pod.ip, hosts: {} };
  if (program === 'curl') return curl(session, rest, client, counter);
  if (program === 'nslookup') return nslookup(session, rest, pod);
  if (program === 'wget') return wget(session, rest, pod, counter);
  return fail(
    `이 터미널에서 pod 안으로는 curl, wget, nslookup만 실행할 수 있습니다. (예: kubectl exec ${pod.name} -- curl http://서비스이름)`,
  );
}

function finish(lines: string[], errors: string[]): CommandOutput {
  const text = [...lines, ...errors].join('\n');
  return errors.length > 0 ? fail(text) : ok(text);
}

function containerPorts(spec: Json | undefined): number[] {
  return containersOf(spec).flatMap((c) =>
    Array.isArray(c.ports) ? c.ports.map((p) => Number(record(p)?.containerPort)).filter(Number.isInteger) : [],
  );
}

// kubectl create -f FILE | deployment | service TYPE | ingress | namespace
// (k8s.io/kubectl/pkg/cmd/create/create.go, create_deployment.go, create_service.go, create_ingress.go,
// create_namespace.go): the generators build the object, generated() prints or sends it.
import { last, parseFlags, type ParsedArgs } from './args';
import { fromFile } from './files';
import { DRY_RUN_FLAGS, generated } from './generated';
import { deploymentFromCreate, ingressFromCreate, serviceFromCreate } from './generators';
import { fail, type CommandOutput } from './output';
import type { Session } from './session';

/** cmdutil.UsageErrorf: the message, then where to read the usage. */
export function usageError(message: string, command: string): CommandOutput {
  return fail(`error: ${message}\nSee '${command} -h' for help and examples`);
}

const SERVICE_TYPES = new Map<string, 'ClusterIP' | 'NodePort' | 'LoadBalancer'>([
  ['clusterip', 'ClusterIP'],
  ['nodeport', 'NodePort'],
  ['loadbalancer', 'LoadBalancer'],
]);

export function create(session: Session, tokens: string[]): CommandOutput {
  const [what, ...rest] = tokens;
  switch (what) {
    case 'deployment':
    case 'deploy':
      return createDeployment(session, rest);
    case 'service':
    case 'svc':
      return createService(session, rest);
    case 'ingress':
    case 'ing':
      return createIngress(session, rest);
    case 'namespace':
    case 'ns':
      return createNamespace(session, rest);
    default:
      return fromFile(session, tokens, 'create');
  }
}

function oneName(args: ParsedArgs, command: string): string | CommandOutput {
  const [name, ...more] = args.positional;
  if (name === undefined || more.length > 0)
    return usageError(`exactly one NAME is required, got ${args.positional.length}`, command);
  return name;
}

function createNamespace(session: Session, tokens: string[]): CommandOutput {
  const args = parseFlags(tokens, { values: DRY_RUN_FLAGS, booleans: {} });
  if (typeof args === 'string') return fail(args);
  const name = oneName(args, 'kubectl create namespace');
  if (typeof name !== 'string') return name;
  return generated(session, { apiVersion: 'v1', kind: 'Namespace', metadata: { name }, spec: {} }, args);
}

function createDeployment(session: Session, tokens: string[]): CommandOutput {
  const args = parseFlags(tokens, { values: { ...DRY_RUN_FLAGS, image: '', replicas: 'r', port: '' }, booleans: {} });
  if (typeof args === 'string') return fail(args);
  const name = oneName(args, 'kubectl create deployment');
  if (typeof name !== 'string') return name;
  const images = args.flags.get('image') ?? [];
  // cobra MarkFlagRequired("image").
  if (images.length === 0) return fail('error: required flag(s) "image" not set');
  if (images.length > 1 && args.rest.length > 0)
    return fail('error: cannot specify multiple --image options and command');
  const replicas = Number(last(args, 'replicas') ?? '1');
  const port = last(args, 'port');
  if (!Number.isInteger(replicas))
    return fail(
      `error: invalid argument "${last(args, 'replicas')}" for "-r, --replicas" flag: strconv.ParseInt: parsing "${last(args, 'replicas')}": invalid syntax`,
    );
  if (port !== undefined && !/^-?\d+$/.test(port))
    return fail(
      `error: invalid argument "${port}" for "--port" flag: strconv.ParseInt: parsing "${port}": invalid syntax`,
    );
  const deployment = deploymentFromCreate(name, images, replicas, port === undefined ? -1 : Number(port), args.rest);
  return generated(session, deployment, args, 'created', 'deployment');
}

function createService(session: Session, tokens: string[]): CommandOutput {
  const [typeName, ...rest] = tokens;
  const type = typeName === undefined ? undefined : SERVICE_TYPES.get(typeName);
  if (!type)
    return fail(
      typeName === undefined
        ? 'error: Required resource not specified.\nUse "kubectl create service -h" for help.'
        : `error: unknown command "${typeName}" for "kubectl create service"`,
    );
  const args = parseFlags(rest, {
    values: { ...DRY_RUN_FLAGS, tcp: '', 'node-port': '', clusterip: '' },
    booleans: {},
  });
  if (typeof args === 'string') return fail(args);
  const name = oneName(args, `kubectl create service ${typeName}`);
  if (typeof name !== 'string') return name;
  const nodePort = last(args, 'node-port');
  const service = serviceFromCreate(
    type,
    name,
    args.flags.get('tcp') ?? [],
    nodePort === undefined ? undefined : Number(nodePort),
    last(args, 'clusterip'),
  );
  return typeof service === 'string' ? fail(service) : generated(session, service, args, 'created', `${type} service`);
}

function createIngress(session: Session, tokens: string[]): CommandOutput {
  const args = parseFlags(tokens, {
    values: { ...DRY_RUN_FLAGS, rule: '', class: '', annotation: '', 'default-backend': '' },
    booleans: {},
  });
  if (typeof args === 'string') return fail(args);
  const name = oneName(args, 'kubectl create ingress');
  if (typeof name !== 'string') return name;
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
  return typeof ingress === 'string' ? fail(ingress) : generated(session, ingress, args, 'created', 'ingress');
}

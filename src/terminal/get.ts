// kubectl get TYPE[,TYPE] [NAME...] [-n NS | -A] [-o wide|yaml|name] [--show-labels] [-l SELECTOR] [--sort-by=PATH]
import { last, parseFlags } from './args';
import { COLUMNS, cells } from './columns';
import { matchesFields, parseFieldSelector } from './field-selectors';
import { manifestOf } from './manifest';
import { outputFormat, printObjects } from './printers';
import { RELAXED_PATH_ERROR, relaxedPath, sortedBy } from './sort-by';
import { fail, ok, type CommandOutput } from './output';
import { qualifiedPlural, qualifiedSingular, resourceType, type ResourceType } from './resources';
import { formatLabels, matchesSelector, parseSelector } from '../engine';
import { DEFAULT_NAMESPACE, type Session } from './session';
import { tabwrite, TABLE } from './tabwriter';
import { listObjects, type ApiObject } from './views';

/** kubectl's `all` category, as far as the simulator has these kinds. */
const ALL = ['pods', 'services', 'deployments', 'replicasets'];

const FLAGS = {
  values: { namespace: 'n', output: 'o', selector: 'l', 'field-selector': '', 'sort-by': '' },
  booleans: { 'all-namespaces': 'A', 'show-labels': '', 'no-headers': '' },
};

export function get(session: Session, tokens: string[]): CommandOutput {
  const args = parseFlags(tokens, FLAGS);
  if (typeof args === 'string') return fail(`${args}\nSee 'kubectl get --help' for usage.`);
  const format = outputFormat(last(args, 'output') ?? '');
  if (typeof format === 'string') return fail(format);
  const allNamespaces = last(args, 'all-namespaces') === 'true';
  const namespace = last(args, 'namespace') ?? DEFAULT_NAMESPACE;
  const selector = parseSelector(last(args, 'selector') ?? '');
  if (typeof selector === 'string') return fail(selector);

  const requests = requestsOf(args.positional);
  if (typeof requests === 'string') return fail(requests);

  const errors: string[] = [];
  const groups: Group[] = [];
  const fieldText = last(args, 'field-selector') ?? '';
  for (const request of requests) {
    const fields = parseFieldSelector(fieldText, request.type);
    if (typeof fields === 'string') return fail(fields);
    const all = listObjects(session.store, request.type.kind).filter(
      (o) => !request.type.namespaced || allNamespaces || o.namespace === namespace,
    );
    if (request.names.length === 0) {
      groups.push({
        type: request.type,
        objects: all.filter((o) => matchesSelector(o.labels, selector) && matchesFields(o, fields)),
      });
      continue;
    }
    const found: ApiObject[] = [];
    for (const name of request.names) {
      const object = all.find((o) => o.name === name);
      if (object) found.push(object);
      else errors.push(`Error from server (NotFound): ${qualifiedPlural(request.type)} "${name}" not found`);
    }
    groups.push({ type: request.type, objects: found });
  }

  // kubectl 1.33+ warns whenever v1 Endpoints are read (KEP-4974).
  const warnings = requests.some((r) => r.type.kind === 'Endpoints')
    ? ['Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice']
    : [];
  const named = requests.some((r) => r.names.length > 0);
  const sortBy = last(args, 'sort-by');
  const sorted = sortBy ? sortGroups(groups, sortBy, format.kind === 'table', session.now()) : groups;
  if (typeof sorted === 'string') return fail(sorted);
  groups.splice(0, groups.length, ...sorted);
  const objects = groups.flatMap((g) => g.objects);
  const lines: string[] = [];
  const single = objects.length === 1 && named && requests.length === 1 && requests[0]?.names.length === 1;
  if (format.kind === 'name') {
    lines.push(...objects.map((o) => `${qualifiedSingular(o.type)}/${o.name}`));
  } else if (format.kind !== 'table') {
    // One named object prints as itself; anything else as a List (get.go: a list unless singleItemImplied).
    const items = objects.map((o) => manifestOf(o, session.now()));
    const data = single ? items[0] : { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
    if (objects.length > 0 || !named)
      lines.push(printObjects(format, data, items, last(args, 'no-headers') === 'true'));
  } else {
    const prefixed = requests.length > 1;
    const tables = groups
      .filter((g) => g.objects.length > 0)
      .map((g) =>
        table(g.objects, {
          wide: format.wide,
          noHeaders: last(args, 'no-headers') === 'true',
          showLabels: last(args, 'show-labels') === 'true',
          namespaced: allNamespaces && g.type.namespaced,
          prefixed,
          now: session.now(),
        }),
      );
    lines.push(tables.join('\n\n'));
  }
  // get.go: with no objects, a table or name prints "No resources found", the object formats their empty List.
  if (objects.length === 0 && errors.length === 0 && (format.kind === 'table' || format.kind === 'name')) {
    return ok(
      [
        ...warnings,
        allNamespaces || requests.every((r) => !r.type.namespaced)
          ? 'No resources found'
          : `No resources found in ${namespace} namespace.`,
      ].join('\n'),
    );
  }
  const text = [...warnings, ...lines.filter((l) => l !== ''), ...errors].join('\n');
  return errors.length > 0 ? fail(text) : ok(text);
}

interface Request {
  type: ResourceType;
  names: string[];
}

type Group = { type: ResourceType; objects: ApiObject[] };

/**
 * get.go RuntimeSorter: a table per resource type is sorted on its own (NewTableSorter); the object formats
 * sort every object together (SortObjects); one object alone is not sorted.
 */
function sortGroups(groups: Group[], sortBy: string, tables: boolean, now: number): Group[] | string {
  const field = relaxedPath(sortBy);
  if (!field) return RELAXED_PATH_ERROR;
  const documentOf = (o: ApiObject) => manifestOf(o, now);
  if (tables) {
    const out: Group[] = [];
    for (const group of groups) {
      const objects = sortedBy(group.objects, field, documentOf);
      if (typeof objects === 'string') return objects;
      out.push({ ...group, objects });
    }
    return out;
  }
  const all = groups.flatMap((g) => g.objects);
  const [first] = groups;
  if (!first || all.length <= 1) return groups;
  const objects = sortedBy(all, field, documentOf);
  if (typeof objects === 'string') return objects;
  return [{ type: first.type, objects }];
}

/** `svc`, `svc,pods`, `all`, `svc web`, `svc/web pod/x`. */
function requestsOf(positional: string[]): Request[] | string {
  const [first] = positional;
  if (first === undefined) {
    return 'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.';
  }
  if (first.includes('/')) {
    const requests: Request[] = [];
    for (const item of positional) {
      const [typeName, name] = item.split('/', 2) as [string, string | undefined];
      if (!name) return `error: arguments in resource/name form must have a single resource and name`;
      const type = resourceType(typeName);
      if (!type) return `error: the server doesn't have a resource type "${typeName}"`;
      const existing = requests.find((r) => r.type === type);
      if (existing) existing.names.push(name);
      else requests.push({ type, names: [name] });
    }
    return requests;
  }
  const typeNames = first.split(',').flatMap((t) => (t === 'all' ? ALL : [t]));
  const requests: Request[] = [];
  for (const typeName of typeNames) {
    const type = resourceType(typeName);
    if (!type) return `error: the server doesn't have a resource type "${typeName}"`;
    requests.push({ type, names: positional.slice(1) });
  }
  if (requests.length > 1 && positional.length > 1)
    return 'error: you must specify only one resource type when giving names';
  return requests;
}

interface TableOptions {
  wide: boolean;
  noHeaders?: boolean;
  showLabels: boolean;
  namespaced: boolean;
  prefixed: boolean;
  now: number;
}

export function table(objects: ApiObject[], options: TableOptions): string {
  const [first] = objects;
  const columns = first && COLUMNS[first.kind];
  // An empty list has no kind to take columns from; its callers print kubectl's "No resources found" instead.
  if (!columns) return '';
  const header = [
    ...(options.namespaced ? ['NAMESPACE'] : []),
    ...columns.headers,
    ...(options.wide ? columns.wide : []),
    ...(options.showLabels ? ['LABELS'] : []),
  ];
  const rows = objects.map((object) => {
    const { standard, wide } = cells(object, options.now, options.wide);
    const name = options.prefixed ? `${qualifiedSingular(object.type)}/${object.name}` : object.name;
    return [
      ...(options.namespaced ? [object.namespace ?? ''] : []),
      name,
      ...standard,
      ...(options.wide ? wide : []),
      ...(options.showLabels ? [formatLabels(object.labels)] : []),
    ];
  });
  return tabwrite([...(options.noHeaders ? [] : [header]), ...rows].map((row) => row.join('\t')).join('\n'), TABLE);
}

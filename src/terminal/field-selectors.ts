// --field-selector: the fields each kind's registry makes selectable (kubernetes pkg/registry/core/pod
// strategy.go ToSelectableFields; service, node and namespace strategies; every kind has metadata.name,
// namespaced kinds metadata.namespace), with `=`, `==` and `!=`, terms joined by commas. Another field is
// the API server's BadRequest, worded as kubectl prints it.
import type { ResourceType } from './resources';
import { record } from './json-values';
import { type ApiObject } from './views';

export type FieldTerm = { field: string; negate: boolean; value: string };

const FIELDS = new Map<string, string[]>([
  [
    'Pod',
    [
      'spec.nodeName',
      'spec.restartPolicy',
      'spec.schedulerName',
      'spec.serviceAccountName',
      'spec.hostNetwork',
      'status.phase',
      'status.podIP',
      'status.nominatedNodeName',
    ],
  ],
  ['Service', ['spec.clusterIP', 'spec.type']],
  ['Node', ['spec.unschedulable']],
  ['Namespace', ['status.phase']],
]);

export function parseFieldSelector(text: string, type: ResourceType): FieldTerm[] | string {
  const terms: FieldTerm[] = [];
  for (const part of text.split(',')) {
    if (part.trim() === '') continue;
    const [match, left = '', operator, right = ''] = /^([^=!]+)(==|=|!=)(.*)$/.exec(part.trim()) ?? [];
    if (!match) return `error: invalid selector: '${text}'; can't understand '${part}'`;
    const field = left.trim();
    const known =
      field === 'metadata.name' ||
      (field === 'metadata.namespace' && type.namespaced) ||
      (FIELDS.get(type.kind) ?? []).includes(field);
    if (!known) {
      // The GroupVersionResource as apimachinery prints it: `group/version, Resource=plural`.
      const gvr = `${type.group}/${type.apiVersion.split('/').at(-1)}, Resource=${type.plural}`;
      return `Error from server (BadRequest): Unable to find "${gvr}" that match label selector "", field selector "${text}": field label not supported: ${field}`;
    }
    terms.push({ field, negate: operator === '!=', value: right.trim() });
  }
  return terms;
}

export function matchesFields(object: ApiObject, terms: FieldTerm[]): boolean {
  return terms.every((term) => (fieldValue(object, term.field) === term.value) !== term.negate);
}

function fieldValue(object: ApiObject, field: string): string {
  if (field === 'metadata.name') return object.name;
  if (field === 'metadata.namespace') return object.namespace ?? '';
  const spec = record(object.stored?.value.spec) ?? {};
  const status = record(object.stored?.value.status) ?? {};
  switch (object.kind) {
    case 'Pod': {
      const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
      const values = new Map([
        ['spec.nodeName', object.pod.nodeName],
        ['spec.restartPolicy', text(spec.restartPolicy, 'Always')],
        ['spec.schedulerName', text(spec.schedulerName, 'default-scheduler')],
        ['spec.serviceAccountName', text(spec.serviceAccountName, 'default')],
        ['spec.hostNetwork', String(object.pod.hostNetwork)],
        ['status.phase', text(status.phase, 'Running')],
        ['status.podIP', text(status.podIP, object.pod.ip)],
        ['status.nominatedNodeName', text(status.nominatedNodeName, '')],
      ]);
      return values.get(field) ?? '';
    }
    case 'Service':
      return field === 'spec.clusterIP' ? object.service.clusterIP : object.service.type;
    case 'Node':
      return String(spec.unschedulable === true);
    default:
      return 'Active';
  }
}

// The -o formats of kubectl get beside the tables (k8s.io/cli-runtime pkg/printers: json.go, name.go,
// jsonpath.go; kubectl pkg/cmd/get/customcolumn.go), and the error for a format kubectl does not have.
import { evaluateExpression, executeTemplate, format, parseTemplate } from './jsonpath';
import { toJson, toYaml } from './manifest';
import { tabwrite, TABLE } from './tabwriter';

/** cli-runtime NoCompatiblePrinterError with get's PrintFlags.AllowedFormats(), sorted as it prints them. */
export const GET_FORMATS = [
  'custom-columns',
  'custom-columns-file',
  'go-template',
  'go-template-file',
  'json',
  'jsonpath',
  'jsonpath-as-json',
  'jsonpath-file',
  'name',
  'template',
  'templatefile',
  'wide',
  'yaml',
];

export type OutputFormat =
  | { kind: 'table'; wide: boolean }
  | { kind: 'yaml' }
  | { kind: 'json' }
  | { kind: 'name' }
  | { kind: 'jsonpath'; template: string }
  | { kind: 'custom-columns'; spec: string };

export function outputFormat(value: string): OutputFormat | string {
  if (value === '' || value === 'wide') return { kind: 'table', wide: value === 'wide' };
  if (value === 'yaml' || value === 'json' || value === 'name') return { kind: value };
  const at = value.indexOf('=');
  const name = at < 0 ? value : value.slice(0, at);
  const argument = at < 0 ? '' : value.slice(at + 1);
  if (name === 'jsonpath' || name === 'template' || name === 'go-template') {
    if (name !== 'jsonpath') return '이 터미널은 go-template 출력을 흉내 내지 않습니다. -o jsonpath=... 를 써 보세요.';
    if (argument === '') return 'error: template format specified but no template given';
    return { kind: 'jsonpath', template: argument };
  }
  if (name === 'custom-columns') {
    if (argument === '') return 'error: custom-columns format specified but no custom columns given';
    return { kind: 'custom-columns', spec: argument };
  }
  return `error: unable to match a printer suitable for the output format "${value}", allowed formats are: ${GET_FORMATS.join(',')}`;
}

/** What one of the object formats prints for the objects (a single named object, or a List). */
export function printObjects(
  format: Exclude<OutputFormat, { kind: 'table' | 'name' }>,
  data: unknown,
  items: unknown[],
  noHeaders: boolean,
): string {
  if (format.kind === 'yaml') return toYaml(data);
  if (format.kind === 'json') return toJson(data);
  if (format.kind === 'jsonpath') return jsonpath(format.template, data);
  return customColumns(format.spec, items, noHeaders);
}

function jsonpath(template: string, data: unknown): string {
  const nodes = parseTemplate(template);
  if (typeof nodes === 'string') return `error: error parsing jsonpath ${template}, ${nodes}`;
  return executeTemplate(nodes, data);
}

/** customcolumn.go: `HEADER:.path,…`; a path is relaxed to `{.path}`; several values join with ","; none is `<none>`. */
function customColumns(spec: string, items: unknown[], noHeaders: boolean): string {
  const parts = spec.split(',');
  if (parts.some((part) => !part.includes(':')))
    return `error: unexpected custom-columns spec: ${spec}, expected <header>:<json-path-expr>`;
  const columns = parts.map((part) => {
    const at = part.indexOf(':');
    return { header: part.slice(0, at), path: part.slice(at + 1) };
  });
  const rows = items.map((item) =>
    columns.map((column) => {
      const values = evaluateExpression(column.path, item);
      if (typeof values === 'string') return '<none>';
      return values.length === 0 ? '<none>' : values.map(format).join(',');
    }),
  );
  const lines = [...(noHeaders ? [] : [columns.map((c) => c.header)]), ...rows];
  return tabwrite(lines.map((l) => l.join('\t')).join('\n'), TABLE);
}

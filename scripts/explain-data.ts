// Builds src/terminal/explain-data.json, the OpenAPI v3 schemas `kubectl explain` reads, for the kinds the lab
// terminal knows. Run:
//
//   tsx scripts/explain-data.ts OUT.json API_SRC_DIR SPEC.json...
//
// SPEC.json: the API server's OpenAPI v3 documents (`kubectl get --raw /openapi/v3/api/v1`, …/apis/apps/v1,
// …/apis/networking.k8s.io/v1, …/apis/discovery.k8s.io/v1) of Kubernetes 1.34. API_SRC_DIR: a checkout of
// k8s.io/api at the same release. Dumps made without the OpenAPIEnums feature (such as the builtin schemas
// kubernetes-sigs/kubectl-validate ships) lack the `enum` lists and the "Possible enum values" paragraphs; this
// script puts them back from the `+enum` types in API_SRC_DIR exactly as kube-openapi's generator writes them
// (kube-openapi pkg/generators/enum.go: values sorted, each const's comment with its Go name trimmed;
// pkg/generators/openapi.go generateProperty: the lines appended to the field's description). Documents that
// already carry them are left as they are.
//
// Only what the explain template (kubectl pkg/explain/v2/templates/plaintext.tmpl) reads is kept: description,
// type, properties, required, items, additionalProperties, allOf, $ref (shortened to the schema name) and enum.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';

/** The roots: one GVK per kind the terminal models (src/terminal/resources.ts). */
const ROOTS = [
  'io.k8s.api.core.v1.Pod',
  'io.k8s.api.core.v1.Service',
  'io.k8s.api.core.v1.Endpoints',
  'io.k8s.api.core.v1.Namespace',
  'io.k8s.api.core.v1.Node',
  'io.k8s.api.apps.v1.Deployment',
  'io.k8s.api.apps.v1.ReplicaSet',
  'io.k8s.api.discovery.v1.EndpointSlice',
  'io.k8s.api.networking.v1.Ingress',
  'io.k8s.api.networking.v1.IngressClass',
  'io.k8s.api.networking.v1.NetworkPolicy',
];

/** k8s.io/api package directory → OpenAPI schema name prefix. */
const PACKAGES: Record<string, string> = {
  'core/v1': 'io.k8s.api.core.v1',
  'apps/v1': 'io.k8s.api.apps.v1',
  'networking/v1': 'io.k8s.api.networking.v1',
  'discovery/v1': 'io.k8s.api.discovery.v1',
};

type Schema = Record<string, unknown>;

const REF_PREFIX = '#/components/schemas/';
const KEPT = [
  'description',
  'type',
  'properties',
  'required',
  'items',
  'additionalProperties',
  'allOf',
  '$ref',
  'enum',
];

async function main(): Promise<void> {
  const [out, apiDir, ...specs] = process.argv.slice(2);
  if (!out || !apiDir || specs.length === 0) {
    console.error('usage: tsx scripts/explain-data.ts OUT.json API_SRC_DIR SPEC.json...');
    process.exit(2);
  }
  const all: Record<string, Schema> = {};
  for (const file of specs) {
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { components: { schemas: Record<string, Schema> } };
    Object.assign(all, doc.components.schemas);
  }
  addEnums(all, apiDir);
  const kept: Record<string, Schema> = {};
  const queue = [...ROOTS];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (kept[name]) continue;
    const schema = all[name];
    if (!schema) throw new Error(`schema ${name} is not in the documents given`);
    kept[name] = compact(schema, (ref) => queue.push(ref));
  }
  const sorted = Object.fromEntries(Object.entries(kept).sort(([a], [b]) => (a < b ? -1 : 1)));
  // Formatted as the repository's `prettier --check` wants it.
  writeFileSync(
    out,
    await format(JSON.stringify({ roots: ROOTS, schemas: sorted }), { ...(await resolveConfig(out)), filepath: out }),
  );
  console.log(`${Object.keys(sorted).length} schemas → ${out}`);
}

function compact(schema: Schema, onRef: (name: string) => void): Schema {
  const result: Schema = {};
  for (const key of KEPT) {
    const value = schema[key];
    if (value === undefined) continue;
    if (key === '$ref') {
      const name = String(value).replace(REF_PREFIX, '');
      onRef(name);
      result[key] = name;
    } else if (key === 'properties') {
      result[key] = Object.fromEntries(
        Object.entries(value as Record<string, Schema>).map(([k, v]) => [k, compact(v, onRef)]),
      );
    } else if (key === 'items' || (key === 'additionalProperties' && typeof value === 'object')) {
      result[key] = compact(value as Schema, onRef);
    } else if (key === 'allOf') {
      result[key] = (value as Schema[]).map((v) => compact(v, onRef));
    } else {
      result[key] = value;
    }
  }
  return result;
}

interface EnumValue {
  name: string;
  value: string;
  comment: string;
}

/** kube-openapi's enum generator, over the Go source of k8s.io/api. */
function addEnums(schemas: Record<string, Schema>, apiDir: string): void {
  const sources = Object.fromEntries(
    Object.keys(PACKAGES).map((pkg) => {
      const dir = join(apiDir, pkg);
      const files = readdirSync(dir).filter((f) => f.endsWith('.go') && !f.endsWith('_test.go'));
      return [pkg, files.map((f) => readFileSync(join(dir, f), 'utf8').split('\n'))];
    }),
  );
  const enums = new Map<string, EnumValue[]>();
  for (const [pkg, files] of Object.entries(sources))
    for (const lines of files)
      lines.forEach((line, i) => {
        const type = /^type (\w+) string\s*$/.exec(line);
        if (type && docComment(lines, i).some((c) => /^\+enum\b/.test(c))) enums.set(`${pkg}.${type[1]}`, []);
      });
  // Typed string constants, written `X T = "v"`, `X = T("v")` or `X = T(pkg.Other)` (discovery's AddressTypeIPv4 =
  // AddressType(v1.IPv4Protocol)); go/types gives each its string value, which gengo reads.
  const constants: { pkg: string; name: string; type: string; value?: string; ref?: string; comment: string }[] = [];
  for (const [pkg, files] of Object.entries(sources))
    for (const lines of files)
      lines.forEach((line, i) => {
        const typed = /^\s*(?:const\s+)?(\w+)\s+(\w+)\s*=\s*"([^"]*)"/.exec(line);
        const converted = /^\s*(?:const\s+)?(\w+)\s*=\s*(\w+)\((?:"([^"]*)"|(?:\w+\.)?(\w+))\)/.exec(line);
        const comment = docComment(lines, i).join(' ');
        if (typed) constants.push({ pkg, name: typed[1]!, type: typed[2]!, value: typed[3]!, comment });
        else if (converted)
          constants.push({
            pkg,
            name: converted[1]!,
            type: converted[2]!,
            value: converted[3],
            ref: converted[4],
            comment,
          });
      });
  for (const constant of constants) {
    const values = enums.get(`${constant.pkg}.${constant.type}`);
    const value = constant.value ?? constants.find((c) => c.name === constant.ref && c.value !== undefined)?.value;
    if (values && value !== undefined)
      addIfNotPresent(values, { name: constant.name, value, comment: constant.comment });
  }
  for (const [pkg, files] of Object.entries(sources))
    for (const lines of files) fieldsOfEnumType(lines, pkg, enums, schemas);
}

function fieldsOfEnumType(
  lines: string[],
  pkg: string,
  enums: Map<string, EnumValue[]>,
  schemas: Record<string, Schema>,
): void {
  const imports = new Map<string, string>();
  for (const line of lines) {
    const imp = /^\s*(\w+)?\s*"k8s\.io\/api\/(\w+\/v1)"/.exec(line);
    if (imp) imports.set(imp[1] ?? imp[2]!.split('/')[1]!, imp[2]!);
  }
  // A struct embedded with `json:",inline"` (EphemeralContainerCommon) lends its fields to the embedding schema.
  const inlinedInto = new Map<string, string>();
  let current = '';
  for (const line of lines) {
    current = /^type (\w+) struct \{/.exec(line)?.[1] ?? current;
    const inline = /^\t(\w+)\s+`json:",inline"/.exec(line);
    if (inline) inlinedInto.set(inline[1]!, current);
  }
  let struct: Schema | undefined;
  for (const line of lines) {
    const start = /^type (\w+) struct \{/.exec(line);
    if (start) {
      struct = schemas[`${PACKAGES[pkg]}.${inlinedInto.get(start[1]!) ?? start[1]}`];
      continue;
    }
    if (line === '}') struct = undefined;
    const field = /^\t\w+\s+(\[\])?(\*)?(?:(\w+)\.)?(\w+)\s+`json:"(\w+)/.exec(line);
    if (!struct || !field) continue;
    const [, slice, , qualifier, typeName, jsonName] = field;
    const typePkg = qualifier ? imports.get(qualifier) : pkg;
    const values = typePkg && enums.get(`${typePkg}.${typeName}`);
    const property = (struct.properties as Record<string, Schema> | undefined)?.[jsonName!];
    if (!values || values.length === 0 || !property) continue;
    const target = slice ? (property.items as Schema) : property;
    if (target.enum) continue;
    target.enum = values.map((v) => v.value).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    if (!slice) {
      const lines = values.map(describeValue).sort();
      // generateDescription trims each line's trailing spaces: a value without a comment ends at its backquote.
      const enumLines = lines.map((l) => l.trimEnd()).join('\n');
      property.description = `${String(property.description ?? '')}\n\nPossible enum values:\n${enumLines}`;
    }
  }
}

/** kube-openapi enum.go addIfNotPresent: one entry per value, the longer comment wins. */
function addIfNotPresent(values: EnumValue[], value: EnumValue): void {
  const at = values.findIndex((v) => v.value === value.value);
  if (at < 0) values.push(value);
  else {
    const existing = values[at]!;
    if (
      existing.comment.length < value.comment.length ||
      (existing.comment.length === value.comment.length && existing.comment > value.comment)
    )
      values[at] = value;
  }
}

/** kube-openapi enum.go enumValue.Description. */
function describeValue(v: EnumValue): string {
  let comment = v.comment.trim();
  if (comment.startsWith(v.name)) comment = comment.slice(v.name.length);
  comment = comment.trim().replace(/\s+/g, ' ');
  return ` - \`${JSON.stringify(v.value)}\` ${comment}`;
}

/** The `//` lines directly above line `at`, as go/ast CommentGroup.Text gives them. */
function docComment(lines: string[], at: number): string[] {
  const comment: string[] = [];
  for (let i = at - 1; i >= 0; i--) {
    const m = /^\s*\/\/ ?(.*)$/.exec(lines[i]!);
    if (!m) break;
    comment.unshift(m[1]!);
  }
  while (comment.length > 0 && comment[comment.length - 1]!.trim() === '') comment.pop();
  while (comment.length > 0 && comment[0]!.trim() === '') comment.shift();
  return comment;
}

await main();

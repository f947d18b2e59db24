// kubectl explain RESOURCE[.FIELD...] [--recursive]: the API's field documentation, as kubectl 1.34 prints it from
// the server's OpenAPI v3 (kubernetes staging/src/k8s.io/kubectl/pkg/cmd/explain/explain.go, pkg/explain/explain.go).
// The schemas (Kubernetes 1.34, made by scripts/explain-data.ts) are a few hundred kB, so they come as their
// own chunk, fetched when this module loads rather than with the terminal.
import { last, parseFlags } from './args';
import { renderExplain, type ExplainDocument } from './explain-render';
import { fail, ok, type CommandOutput } from './output';
import { resourceType } from './resources';

let data: ExplainDocument | undefined;
const loading: Promise<void> = import('./explain-data.json').then((module) => {
  data = module.default as ExplainDocument;
});

/** Resolves once the schemas are here (the page's first `explain` may come before they are). */
export function explainDataLoaded(): Promise<void> {
  return loading;
}

/** The groups whose schemas the data holds; the Gateway API's CRDs are not among them. */
const SCHEMA_PREFIX: Record<string, string> = {
  '': 'io.k8s.api.core.v1',
  apps: 'io.k8s.api.apps.v1',
  'networking.k8s.io': 'io.k8s.api.networking.v1',
  'discovery.k8s.io': 'io.k8s.api.discovery.v1',
};

export function explain(_session: unknown, tokens: string[]): CommandOutput {
  const args = parseFlags(tokens, { values: { 'api-version': '', output: 'o' }, booleans: { recursive: 'R' } });
  if (typeof args === 'string') return fail(`${args}\nSee 'kubectl explain --help' for usage.`);
  // cmd/explain Validate: both messages end in a newline of their own.
  if (args.positional.length === 0)
    return fail(
      'error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n',
    );
  if (args.positional.length > 1) return fail('error: We accept only this format: explain RESOURCE\n');
  const output = last(args, 'output') ?? 'plaintext';
  if (output === 'plaintext-openapiv2')
    return fail('이 터미널의 kubectl explain은 OpenAPI v3 형식(plaintext)만 보여 줍니다.');
  if (output !== 'plaintext') return fail(`error: unrecognized format: ${output}`);
  const request = (args.positional[0] ?? '').replace(/\.$/, '');
  const [resourceName = '', ...fields] = request.split('.');
  const type = resourceType(resourceName);
  // cmdutil.CheckErr's wording for the RESTMapper's NoResourceMatchError.
  if (!type) return fail(`error: the server doesn't have a resource type "${resourceName}"`);
  const prefix = SCHEMA_PREFIX[type.group];
  if (prefix === undefined)
    return fail(`이 터미널의 kubectl explain에는 ${type.kind}(${type.group}, CRD)의 스키마 설명이 없습니다.`);
  if (!data) return fail('kubectl explain: 스키마 설명을 불러오는 중입니다. 잠시 뒤에 다시 실행하세요.');
  // SplitAndParseResourceRequestWithMatchingPrefix: `deployments.apps.spec` names the group, `deploy.spec` does not.
  const groupResource = type.group ? `${type.plural}.${type.group}` : type.plural;
  const fieldPath = request.startsWith(`${groupResource}.`)
    ? request.slice(groupResource.length + 1).split('.')
    : fields;
  const [group, version] = groupVersion(last(args, 'api-version') ?? type.apiVersion);
  if (version === undefined) return fail(`error: unexpected GroupVersion string: ${last(args, 'api-version')}`);
  const gvr = `${group}/${version}, Resource=${type.plural}`;
  // explain/v2 explain.go looks the group/version up among the server's OpenAPI paths, then the template looks
  // for the resource's path in it.
  if (version !== 'v1' || SCHEMA_PREFIX[group] === undefined) return fail(`error: couldn't find resource for "${gvr}"`);
  if (group !== type.group) return fail(`error: GVR (${gvr}) not found in OpenAPI schema`);
  const result = renderExplain(data, {
    group: type.group,
    version: 'v1',
    kind: type.kind,
    schema: `${prefix}.${type.kind}`,
    fieldPath: fieldPath.filter((f) => f !== ''),
    recursive: last(args, 'recursive') === 'true',
  });
  if ('error' in result) return fail(result.error);
  // The terminal ends every output with a newline of its own.
  return ok(result.text.replace(/\n$/, ''));
}

/** schema.ParseGroupVersion: `v1` is the core group; more than one slash is an error (no version). */
function groupVersion(text: string): [string, string | undefined] {
  const [first = '', second, ...more] = text.split('/');
  if (second === undefined) return ['', first];
  if (more.length === 0) return [first, second];
  return ['', undefined];
}

// What happens before validation: reading YAML as kubectl does (go-yaml v2, YAML 1.1), decoding into the
// API types (wrong JSON types, strict unknown fields) and finding the kind.
import { describe, expect, it } from 'vitest';
import { loadCluster, validate } from '../../../src/engine';
import { err, expectErrors } from './helpers';

const svc = (extra = '') => `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80${extra}
`;

describe('YAML as kubectl reads it', () => {
  it('reads yes in labels as a boolean (YAML 1.1), a type error for a label value', () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels:\n    canary: yes\nspec:\n  containers:\n  - name: a\n    image: nginx\n';
    expectErrors(text, [
      err(
        'Invalid',
        'metadata.labels[canary]',
        'json: cannot unmarshal bool into Go struct field ObjectMeta.metadata.labels of type string',
      ),
    ]);
    expect(validate(text)[0]!.hint).toMatch(/따옴표/);
  });

  it('accepts the quoted "yes"', () => {
    expectErrors('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: p\n  labels:\n    canary: "yes"\n', []);
  });

  it('reads on and off as booleans too', () => {
    expectErrors('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: p\n  labels:\n    a: on\n', [
      err(
        'Invalid',
        'metadata.labels[a]',
        'json: cannot unmarshal bool into Go struct field ObjectMeta.metadata.labels of type string',
      ),
    ]);
  });

  it('reads a number where a string belongs as a type error', () => {
    expectErrors('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: 123\n', [
      err(
        'Invalid',
        'metadata.name',
        'json: cannot unmarshal number into Go struct field ObjectMeta.metadata.name of type string',
      ),
    ]);
  });

  it('reads a quoted port as a type error for an int32', () => {
    const text = svc().replace('port: 80', 'port: "80"');
    expectErrors(text, [
      err(
        'Invalid',
        'spec.ports[0].port',
        'json: cannot unmarshal string into Go struct field ServicePort.spec.ports.port of type int32',
      ),
    ]);
  });

  it('reads a fractional port as a type error naming the number', () => {
    expectErrors(svc().replace('port: 80', 'port: 80.5'), [
      err(
        'Invalid',
        'spec.ports[0].port',
        'json: cannot unmarshal number 80.5 into Go struct field ServicePort.spec.ports.port of type int32',
      ),
    ]);
  });

  it('reads a boolean targetPort as IntOrString refuses it', () => {
    expectErrors(svc('\n      targetPort: true'), [
      err('Invalid', 'spec.ports[0].targetPort', 'json: cannot unmarshal bool into Go value of type int32'),
    ]);
  });

  it('reads ports written as a map instead of a list', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    port: 80\n';
    expectErrors(text, [
      err(
        'Invalid',
        'spec.ports',
        'json: cannot unmarshal object into Go struct field ServiceSpec.spec.ports of type []v1.ServicePort',
      ),
    ]);
  });

  it('reports a tab in the indentation with the line, as go-yaml words it', () => {
    const d = validate('apiVersion: v1\nkind: Service\nmetadata:\n\tname: web\n');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ type: 'YAMLSyntax', severity: 'error', line: 4 });
    expect(d[0]!.message).toBe(
      'error converting YAML to JSON: yaml: line 4: found character that cannot start any token',
    );
  });

  it('reports a duplicate key as a warning in go-yaml v3 words, pointing at the second key', () => {
    const d = validate('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  name: b\n');
    expect(d).toEqual([
      expect.objectContaining({
        severity: 'warning',
        type: 'Duplicate',
        path: 'metadata.name',
        message: 'mapping key "name" already defined at line 4',
        line: 5,
        column: 3,
      }),
    ]);
    expect(d[0]!.hint).toMatch(/마지막 값/);
  });

  it('validates the last of duplicated values, as kubectl keeps it', () => {
    const d = validate('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ok\n  name: Not_OK\n');
    expect(d.map((x) => `${x.severity} ${x.path}`)).toEqual(['warning metadata.name', 'error metadata.name']);
  });

  it('keeps timestamps and h:m values as strings (go-yaml v2 through JSON)', () => {
    expectErrors(
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  creationTimestamp: 2024-01-01T00:00:00Z\n  annotations:\n    at: 12:30\n',
      [],
    );
  });

  it('gives each document of the text its own index', () => {
    const d = validate(`${svc()}---\n${svc().replace('port: 80', 'port: 0')}`);
    // targetPort defaults to port before validation, so a zero port makes both invalid (as on a real server).
    expect(d.map((x) => [x.doc, x.path])).toEqual([
      [1, 'spec.ports[0].port'],
      [1, 'spec.ports[0].targetPort'],
    ]);
  });

  it('skips empty documents and comments', () => {
    expect(validate('# only a comment\n---\n---\n')).toEqual([]);
  });
});

describe('strict decoding: unknown fields', () => {
  it('reports containerPort on a Service port as kubectl does', () => {
    const d = validate(svc('\n      containerPort: 8080'));
    expect(d).toEqual([
      expect.objectContaining({
        type: 'FieldValueUnknown',
        path: 'spec.ports[0].containerPort',
        message: 'unknown field "spec.ports[0].containerPort"',
        line: 10,
        column: 7,
      }),
    ]);
  });

  it('reports a misspelled top-level field', () => {
    expectErrors(svc() + 'metdata: {}\n', [err('FieldValueUnknown', 'metdata', 'unknown field "metdata"')]);
  });

  it('reports selector written under metadata', () => {
    expectErrors(
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  selector:\n    app: web\nspec:\n  ports:\n  - port: 80\n',
      [err('FieldValueUnknown', 'metadata.selector', 'unknown field "metadata.selector"')],
    );
  });

  it('does not run validation on an object that failed decoding', () => {
    const text =
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: Bad_Name\nspec:\n  ports:\n  - port: 80\n    targtPort: 80\n';
    expect(validate(text).map((d) => d.type)).toEqual(['FieldValueUnknown']);
  });
});

describe('kinds and versions', () => {
  it('reports an unknown kind as kubectl does', () => {
    expectErrors('apiVersion: v1\nkind: Servce\nmetadata:\n  name: a\n', [
      err('NotSupported', 'kind', 'no matches for kind "Servce" in version "v1"'),
    ]);
  });

  it('reports a lower-case kind and suggests the spelling', () => {
    const d = validate('apiVersion: v1\nkind: service\nmetadata:\n  name: a\n');
    expect(d[0]!.message).toBe('no matches for kind "service" in version "v1"');
    expect(d[0]!.hint).toContain('Service');
  });

  it('reports a kind in the wrong version and says which one serves it', () => {
    const d = validate('apiVersion: v1\nkind: Deployment\nmetadata:\n  name: a\n');
    expect(d[0]!.message).toBe('no matches for kind "Deployment" in version "v1"');
    expect(d[0]!.hint).toContain('apps/v1');
  });

  it('reports a removed Ingress version', () => {
    const d = validate('apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata:\n  name: a\n');
    expect(d[0]!.message).toBe('no matches for kind "Ingress" in version "extensions/v1beta1"');
  });

  it('hints at a removed version in one sentence that names the new version once', () => {
    for (const [apiVersion, kind, served] of [
      ['extensions/v1beta1', 'Ingress', 'networking.k8s.io/v1'],
      ['v1', 'Deployment', 'apps/v1'],
    ] as const) {
      const hint = validate(`apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: a\n`)[0]!.hint!;
      expect(hint.split(served).length - 1, hint).toBe(1);
      expect(hint.split(/[.:](?:\s|$)/).filter(Boolean), hint).toHaveLength(1);
      expect(hint).toContain(apiVersion);
    }
  });

  it('reports a missing kind with the object quoted as JSON', () => {
    expectErrors('apiVersion: v1\nmetadata:\n  name: a\n', [
      err('Required', 'kind', `Object 'Kind' is missing in '{"apiVersion":"v1","metadata":{"name":"a"}}'`),
    ]);
  });

  it('reports a missing apiVersion', () => {
    expectErrors('kind: Service\nmetadata:\n  name: a\n', [
      err('Required', 'apiVersion', `Object 'apiVersion' is missing in '{"kind":"Service","metadata":{"name":"a"}}'`),
    ]);
  });

  it('reports a document that is a list', () => {
    const d = validate('- apiVersion: v1\n  kind: Service\n');
    expect(d).toHaveLength(1);
    expect(d[0]!.message).toMatch(
      /^couldn't get version\/kind; json parse error: json: cannot unmarshal array into Go value of type struct/,
    );
  });
});

describe('hostile input', () => {
  it('caps alias expansion', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    ].join('\n');
    expect(validate(bomb)).toEqual([
      expect.objectContaining({
        type: 'YAMLSyntax',
        message: 'error converting YAML to JSON: yaml: document contains excessive aliasing',
      }),
    ]);
  });

  it.each([
    'a: &a [*a]',
    'a: &a {b: {c: *a}}',
    'apiVersion: v1\nkind: Service\nmetadata: &m\n  name: x\n  labels: *m\n',
  ])('refuses an alias inside its own anchor as go-yaml does: %j', (text) => {
    const d = validate(text);
    expect(d).toEqual([
      expect.objectContaining({
        type: 'YAMLSyntax',
        message: expect.stringMatching(/^error converting YAML to JSON: yaml: anchor '[am]' value contains itself$/),
      }),
    ]);
    expect(loadCluster(text).skipped).toHaveLength(1);
  });

  it('still expands an alias used after its anchor', () => {
    expect(validate('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: &n team\n  labels:\n    owner: *n\n')).toEqual(
      [],
    );
  });

  it('stops at deep nesting with one diagnostic', () => {
    const d = validate(`a: ${'['.repeat(5000)}${']'.repeat(5000)}`);
    expect(d).toHaveLength(1);
    expect(d[0]!.type).toBe('YAMLSyntax');
  });

  it('refuses control characters as go-yaml does', () => {
    const d = validate('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: "a\u0007"\n');
    expect(d).toEqual([
      expect.objectContaining({
        type: 'YAMLSyntax',
        message: 'error converting YAML to JSON: yaml: control characters are not allowed',
        line: 4,
      }),
    ]);
  });

  it('refuses a text over the API server request limit without reading it', () => {
    const d = validate('#'.repeat(3 * 1024 * 1024 + 1));
    expect(d).toEqual([
      expect.objectContaining({ type: 'TooLong', message: 'Request entity too large: limit is 3145728' }),
    ]);
  });

  // apiserver's limitedReadBody counts the body in bytes (3 MiB = 3,145,728); Hangul takes 3 bytes in UTF-8.
  it('counts the request limit in UTF-8 bytes, not characters', () => {
    const atLimit = `###${'가'.repeat(1_048_575)}`; // 3 + 3 × 1,048,575 = 3,145,728 bytes
    expect(validate(atLimit)).toEqual([]);
    expect(validate(`${atLimit}#`)).toEqual([
      expect.objectContaining({ type: 'TooLong', message: 'Request entity too large: limit is 3145728' }),
    ]);
  });

  it('reports many duplicate keys as ten and a count of the rest', () => {
    const text = `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  labels:\n${'    k: v\n'.repeat(2_001)}`;
    const d = validate(text);
    expect(d).toHaveLength(11);
    expect(d.slice(0, 10).every((x) => x.message === 'mapping key "k" already defined at line 6')).toBe(true);
    expect(d[10]).toMatchObject({ severity: 'warning', type: 'Duplicate', message: 'and 1,990 more', line: 17 });
  });

  it('keeps hostile label values as data', () => {
    const d = validate(
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  labels:\n    x: "<script>alert(1)</script>"\n',
    );
    expect(d[0]!.message.startsWith('Invalid value: "<script>alert(1)</script>": a valid label')).toBe(true);
  });
});

describe('kind: List', () => {
  it('validates each item as its own object, as kubectl unwraps the list, with the item position', () => {
    const text =
      'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Namespace\n  metadata:\n    name: ok\n- apiVersion: v1\n  kind: Namespace\n  metadata:\n    name: Not_OK\n';
    const d = validate(text).filter((x) => x.severity === 'error');
    expect(d).toEqual([expect.objectContaining({ path: 'metadata.name', line: 11, doc: 0 })]);
  });
});

describe('YAML errors in go-yaml words', () => {
  const first = (text: string) => validate(text)[0]!;
  it('an over-indented key', () => {
    expect(first('metadata:\n  name: a\n    labels: x\n').message).toMatch(
      /yaml: line \d+: mapping values are not allowed in this context$/,
    );
  });
  it('a key: value inside a value', () => {
    expect(first('metadata:\n  name: a: b\n').message).toMatch(/mapping values are not allowed in this context$/);
  });
  it('an under-indented key', () => {
    expect(first('metadata:\n  name: a\n labels: x\n').message).toMatch(/did not find expected key$/);
  });
  it('an unclosed quote', () => {
    expect(first('metadata:\n  name: "a\n').message).toMatch(/found unexpected end of stream$/);
  });
});

describe('type and kind of the wrong JSON type', () => {
  it('reports a numeric apiVersion as the type sniffing fails', () => {
    expectErrors('apiVersion: 1\nkind: Service\nmetadata:\n  name: a\n', [
      err(
        'Invalid',
        'apiVersion',
        "couldn't get version/kind; json parse error: json: cannot unmarshal number into Go struct field .apiVersion of type string",
      ),
    ]);
  });
});

describe('unknown field hints', () => {
  it('suggests the field a misspelling meant', () => {
    const d = validate(
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n    targtPort: 8080\n',
    );
    expect(d[0]!.hint).toContain('"targetPort"');
  });
});

describe('positions', () => {
  it('points a label error at the label entry, though the path is the map', () => {
    const text = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  labels:\n    ok: yes-ok\n    bad: "-x"\n';
    const [d] = validate(text);
    expect(d).toMatchObject({ path: 'metadata.labels', line: 7, column: 5 });
  });

  it('points clusterIP errors at the clusterIP line', () => {
    const text =
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\nspec:\n  clusterIP: 10.0.0.1\n  ports:\n  - port: 80\n';
    expect(validate(text)).toEqual([expect.objectContaining({ path: 'spec.clusterIPs[0]', line: 6, column: 3 })]);
  });
});

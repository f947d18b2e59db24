// checkExample: the build's check of content/examples (expected valid unless `# expect-error: PATH TYPE`).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkExample } from '../../../src/engine';

const valid =
  'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: NodePort\n  ports:\n  - port: 80\n    nodePort: 30008\n';
const broken = valid.replace('30008', '80');

describe('checkExample', () => {
  it('passes a valid example', () => {
    expect(checkExample('svc.yaml', valid)).toEqual([]);
  });

  it('fails an example meant to be valid that has an error, quoting the diagnostic', () => {
    const problems = checkExample('svc.yaml', broken);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('svc.yaml:9:5: unexpected error: spec.ports[0].nodePort: Invalid value: 80');
  });

  it('passes an example that declares the error it shows', () => {
    expect(checkExample('svc.yaml', `# expect-error: spec.ports[0].nodePort Invalid\n${broken}`)).toEqual([]);
  });

  it('fails an example that declares an error it does not have', () => {
    expect(checkExample('svc.yaml', `# expect-error: spec.ports[0].nodePort Invalid\n${valid}`)).toEqual([
      'svc.yaml: expected error "spec.ports[0].nodePort Invalid" did not occur',
    ]);
  });

  it('reports a malformed directive', () => {
    expect(checkExample('svc.yaml', `# expect-error: spec.ports[0].nodePort\n${valid}`)[0]).toMatch(
      /malformed directive/,
    );
  });

  it('ignores warnings', () => {
    const pod =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels:\n    app: other\nspec:\n  containers:\n  - name: c\n    image: nginx\n---\n';
    expect(checkExample('svc.yaml', pod + valid.replace('spec:\n', 'spec:\n  selector:\n    app: web\n'))).toEqual([]);
  });

  it('accepts every example under content/examples', () => {
    const dir = new URL('../../../content/examples/', import.meta.url);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.ya?ml$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(checkExample(file, readFileSync(new URL(file, dir), 'utf8'))).toEqual([]);
  });
});

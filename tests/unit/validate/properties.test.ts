// Property tests: validate never throws, always answers with well-formed diagnostics, and stays bounded,
// on random text, random JSON-like values written as YAML, and mutations of a valid manifest.
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/engine';
import type { Diagnostic } from '../../../src/engine';

const manifest = `apiVersion: v1
kind: Service
metadata:
  name: myapp-service
  labels:
    app: myapp
spec:
  type: NodePort
  selector:
    app: myapp
  ports:
    - targetPort: 80
      port: 80
      nodePort: 30008
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /watch
            pathType: Prefix
            backend:
              service:
                name: myapp-service
                port:
                  number: 80
`;

function wellFormed(text: string, diagnostics: Diagnostic[]): void {
  const lines = text.split('\n').length;
  for (const d of diagnostics) {
    expect(['error', 'warning']).toContain(d.severity);
    expect(typeof d.message).toBe('string');
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines + 1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.endLine).toBeGreaterThanOrEqual(d.line);
    expect(d.doc).toBeGreaterThanOrEqual(0);
  }
  // Bounded: never more diagnostics than a generous multiple of the text's size.
  expect(diagnostics.length).toBeLessThanOrEqual(text.length * 4 + 4);
}

const yamlish = fc.stringMatching(/^[a-z:\-[\]{}&*!|>'" \n\t#0-9.,?%@`]{0,200}$/);

// Generous timeouts: hundreds of runs each, on a machine other test suites share.
describe('validate on arbitrary input', { timeout: 60_000 }, () => {
  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => wellFormed(text, validate(text))),
      { numRuns: 300 },
    );
  });

  it('never throws on YAML-shaped noise', () => {
    fc.assert(
      fc.property(yamlish, (text) => wellFormed(text, validate(text))),
      { numRuns: 300 },
    );
  });

  it('never throws on random JSON values written as YAML, under a known kind or not', () => {
    const kinds = fc.constantFrom(
      'Service',
      'Pod',
      'Deployment',
      'Ingress',
      'NetworkPolicy',
      'EndpointSlice',
      'Node',
      'Nope',
    );
    const versions = fc.constantFrom('v1', 'apps/v1', 'networking.k8s.io/v1', 'discovery.k8s.io/v1');
    fc.assert(
      fc.property(
        versions,
        kinds,
        fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 4 })),
        (apiVersion, kind, rest) => {
          const text = stringify({ ...rest, apiVersion, kind }, { version: '1.1' });
          wellFormed(text, validate(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on a valid manifest with a slice cut out, replaced or duplicated', () => {
    const edit = fc.record({
      at: fc.nat({ max: manifest.length }),
      length: fc.nat({ max: 40 }),
      insert: fc.oneof(
        fc.string({ maxLength: 20 }),
        fc.constantFrom('\t', ': ', '- ', '---\n', '&a ', '*a', 'yes', '"', '{', '['),
      ),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = manifest;
        for (const e of edits)
          text =
            text.slice(0, Math.min(e.at, text.length)) + e.insert + text.slice(Math.min(e.at + e.length, text.length));
        wellFormed(text, validate(text));
      }),
      { numRuns: 400 },
    );
  });

  it('round-trips: a value written as YAML and read back validates the same as itself (including -0)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        const text = stringify(
          { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a', annotations: { v: JSON.stringify(value) } } },
          { version: '1.1' },
        );
        // The annotation is a string whatever the value: -0 and all survive as text, so the object stays valid.
        expect(validate(text).filter((d) => d.severity === 'error')).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        expect(validate(text)).toEqual(validate(text));
      }),
      { numRuns: 100 },
    );
  });
});

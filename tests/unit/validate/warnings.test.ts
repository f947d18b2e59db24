// Warnings across the documents of one text: accepted by the API server, but no traffic would flow.
import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/engine';
import { toYaml } from './helpers';
import type { Obj } from './helpers';

const pod = (
  labels: Record<string, string>,
  ports: Obj[] = [{ containerPort: 80, name: 'http' }],
  namespace?: string,
): Obj => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'p', ...(namespace ? { namespace } : {}), labels },
  spec: { containers: [{ name: 'c', image: 'nginx', ports }] },
});

const service = (selector: Record<string, string>, targetPort: number | string = 80): Obj => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'svc' },
  spec: { selector, ports: [{ port: 80, targetPort }] },
});

const warnings = (text: string) => validate(text).filter((d) => d.severity === 'warning');

describe('Service warnings', () => {
  it('says nothing of a lone Service', () => {
    expect(warnings(toYaml(service({ app: 'web' })))).toEqual([]);
  });

  it('says nothing when the selector matches a pod', () => {
    expect(warnings(toYaml(pod({ app: 'web', tier: 'front' }), service({ app: 'web' })))).toEqual([]);
  });

  it('warns at spec.selector when no pod matches', () => {
    const text = toYaml(pod({ app: 'web' }), service({ app: 'api' }));
    const [w] = warnings(text);
    expect(w).toMatchObject({ doc: 1, path: 'spec.selector', type: 'Invalid' });
    expect(w!.message).toContain('app=api');
    expect(text.split('\n')[w!.line - 1]).toMatch(/selector:/);
  });

  it('matches Deployment templates too', () => {
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'd' },
      spec: {
        selector: { matchLabels: { app: 'web' } },
        template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } },
      },
    };
    expect(warnings(toYaml(deployment, service({ app: 'web' })))).toEqual([]);
  });

  it('does not match pods of another namespace', () => {
    expect(
      warnings(toYaml(pod({ app: 'web' }, undefined, 'prod'), service({ app: 'web' }))).map((w) => w.path),
    ).toEqual(['spec.selector']);
  });

  it('warns about a named targetPort no selected container declares', () => {
    const [w] = warnings(toYaml(pod({ app: 'web' }), service({ app: 'web' }, 'https')));
    expect(w).toMatchObject({ path: 'spec.ports[0].targetPort' });
    expect(w!.message).toContain('"https"');
  });

  it('accepts a named targetPort the container declares', () => {
    expect(warnings(toYaml(pod({ app: 'web' }), service({ app: 'web' }, 'http')))).toEqual([]);
  });

  it('warns about a numeric targetPort the containers do not declare', () => {
    const [w] = warnings(toYaml(pod({ app: 'web' }), service({ app: 'web' }, 8080)));
    expect(w).toMatchObject({ path: 'spec.ports[0].targetPort' });
    expect(w!.message).toBe('no selected container declares containerPort 8080 (declared: 80)');
  });

  it('says nothing of a numeric targetPort when the containers declare no ports', () => {
    expect(warnings(toYaml(pod({ app: 'web' }, []), service({ app: 'web' }, 8080)))).toEqual([]);
  });

  it('never turns a warning into an error', () => {
    expect(validate(toYaml(pod({ app: 'web' }), service({ app: 'api' }))).every((d) => d.severity === 'warning')).toBe(
      true,
    );
  });
});

describe('NetworkPolicy warnings', () => {
  const policy = (podSelector: Obj): Obj => ({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'np' },
    spec: { podSelector, policyTypes: ['Ingress'] },
  });

  it('warns when the podSelector selects no pod of the text', () => {
    const [w] = warnings(toYaml(pod({ app: 'web' }), policy({ matchLabels: { app: 'db' } })));
    expect(w).toMatchObject({ doc: 1, path: 'spec.podSelector' });
  });

  it('says nothing when it selects a pod, or when the text has no pods', () => {
    expect(
      warnings(
        toYaml(pod({ app: 'db' }), policy({ matchExpressions: [{ key: 'app', operator: 'In', values: ['db'] }] })),
      ),
    ).toEqual([]);
    expect(warnings(toYaml(policy({ matchLabels: { app: 'db' } })))).toEqual([]);
  });
});

// validate() on the Gateway API kinds: what the API server answers for a custom resource checked against the
// standard channel CRDs (kubernetes-sigs/gateway-api config/crd/standard/*.yaml): their OpenAPI limits and
// patterns, their CEL rules with the CRD's own messages, and the apiextensions-apiserver's way of printing
// them (pkg/apiserver/validation/validation.go; CEL failures print the node's type as the value).
import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/engine/index';
import { celRules } from '../../../src/engine/validate/gateway/cel';
import { crdSchemas, type OpenAPISchema } from '../../../src/engine/validate/gateway/schema';

const route = (spec: string, apiVersion = 'gateway.networking.k8s.io/v1') =>
  `apiVersion: ${apiVersion}\nkind: HTTPRoute\nmetadata:\n  name: r\nspec:\n${spec}`;
const gateway = (listeners: string) =>
  `apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata:\n  name: g\nspec:\n  gatewayClassName: example\n  listeners:\n${listeners}`;

const errorsOf = (text: string) =>
  validate(text)
    .filter((d) => d.severity === 'error')
    .map((d) => `${d.path ?? ''}: ${d.message}`);

const PATH_START = "value must be an absolute path and start with '/' when type one of ['Exact', 'PathPrefix']";

describe('HTTPRoute validation by the CRD', () => {
  it.each([
    {
      name: 'PathPrefix without a leading / (CEL on HTTPPathMatch)',
      text: route('  rules:\n  - matches:\n    - path: {type: PathPrefix, value: foo}'),
      error: `spec.rules[0].matches[0].path: Invalid value: "object": ${PATH_START}`,
    },
    {
      name: 'Exact with // (CEL)',
      text: route('  rules:\n  - matches:\n    - path: {type: Exact, value: /a//b}'),
      error: `spec.rules[0].matches[0].path: Invalid value: "object": must not contain '//' when type one of ['Exact', 'PathPrefix']`,
    },
    {
      name: 'path type not in the enum',
      text: route('  rules:\n  - matches:\n    - path: {type: Prefix, value: /}'),
      error:
        'spec.rules[0].matches[0].path.type: Unsupported value: "Prefix": supported values: "Exact", "PathPrefix", "RegularExpression"',
    },
    {
      name: 'sectionName pattern (SectionName)',
      text: route('  parentRefs:\n  - name: g\n    sectionName: Bad_Name'),
      error:
        'spec.parentRefs[0].sectionName: Invalid value: "Bad_Name": spec.parentRefs[0].sectionName in body should match \'^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$\'',
    },
    {
      name: 'RequestRedirect together with backendRefs (CEL on HTTPRouteRule)',
      text: route(
        '  rules:\n  - filters:\n    - type: RequestRedirect\n      requestRedirect: {scheme: https}\n    backendRefs:\n    - {name: s, port: 80}',
      ),
      error:
        'spec.rules[0]: Invalid value: "object": RequestRedirect filter must not be used together with backendRefs',
    },
    {
      name: 'a backendRef to a Service without a port (CEL)',
      text: route('  rules:\n  - backendRefs:\n    - name: s'),
      error: 'spec.rules[0].backendRefs[0]: Invalid value: "object": Must have port for Service reference',
    },
    {
      name: 'filter type without its field (CEL on HTTPRouteFilter)',
      text: route('  rules:\n  - filters:\n    - type: RequestHeaderModifier'),
      error:
        'spec.rules[0].filters[0]: Invalid value: "object": filter.requestHeaderModifier must be specified for RequestHeaderModifier filter.type',
    },
    {
      name: 'URLRewrite and RequestRedirect in one rule (CEL on filters)',
      text: route(
        '  rules:\n  - filters:\n    - type: URLRewrite\n      urlRewrite: {hostname: a.example}\n    - type: RequestRedirect\n      requestRedirect: {hostname: b.example}',
      ),
      error:
        'spec.rules[0].filters: Invalid value: "array": May specify either httpRouteFilterRequestRedirect or httpRouteFilterRequestRewrite, but not both',
    },
    {
      name: 'ReplacePrefixMatch needs exactly one PathPrefix match (CEL on HTTPRouteRule)',
      text: route(
        '  rules:\n  - matches:\n    - path: {type: Exact, value: /a}\n    filters:\n    - type: URLRewrite\n      urlRewrite:\n        path: {type: ReplacePrefixMatch, replacePrefixMatch: /b}',
      ),
      error:
        'spec.rules[0]: Invalid value: "object": When using URLRewrite filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified',
    },
    {
      name: 'redirect statusCode outside the enum',
      text: route('  rules:\n  - filters:\n    - type: RequestRedirect\n      requestRedirect: {statusCode: 305}'),
      error:
        'spec.rules[0].filters[0].requestRedirect.statusCode: Unsupported value: 305: supported values: "301", "302", "303", "307", "308"',
    },
    {
      name: 'weight above the maximum',
      text: route('  rules:\n  - backendRefs:\n    - {name: s, port: 80, weight: 1000001}'),
      error:
        'spec.rules[0].backendRefs[0].weight: Invalid value: 1000001: spec.rules[0].backendRefs[0].weight in body should be less than or equal to 1000000',
    },
    {
      name: 'a wrong JSON type (port as a string)',
      text: route('  rules:\n  - backendRefs:\n    - {name: s, port: "80"}'),
      error:
        'spec.rules[0].backendRefs[0].port: Invalid value: "string": spec.rules[0].backendRefs[0].port in body must be of type integer: "string"',
    },
    {
      name: 'an unknown field (strict field validation)',
      text: route('  rules:\n  - backendRefs:\n    - {name: s, port: 80, colour: blue}'),
      error: 'spec.rules[0].backendRefs[0].colour: unknown field "spec.rules[0].backendRefs[0].colour"',
    },
    {
      name: 'the same parent twice without sectionName (CEL on parentRefs)',
      text: route('  parentRefs:\n  - name: g\n  - name: g\n    sectionName: http'),
      error:
        'spec.parentRefs: Invalid value: "array": sectionName must be specified when parentRefs includes 2 or more references to the same parent',
    },
    {
      name: 'a wildcard in the middle of a hostname',
      text: route('  hostnames: ["foo.*.example.com"]'),
      error:
        'spec.hostnames[0]: Invalid value: "foo.*.example.com": spec.hostnames[0] in body should match \'^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$\'',
    },
  ])('$name', ({ text, error }) => {
    expect(errorsOf(text)).toContain(error);
  });

  it('limits rules to 16 (maxItems) and then skips the CEL rules', () => {
    const rules = Array.from({ length: 17 }, () => '  - backendRefs:\n    - {name: s, port: 80}').join('\n');
    const errors = errorsOf(route(`  rules:\n${rules}`));
    expect(errors).toContain('spec.rules: Too many: 17: must have at most 16 items');
    expect(errors.some((e) => e.includes('some validation rules were not checked'))).toBe(true);
  });

  it('limits matches to 64 per rule (maxItems)', () => {
    const matches = Array.from({ length: 65 }, (_, i) => `    - path: {type: Exact, value: /p${i}}`).join('\n');
    expect(errorsOf(route(`  rules:\n  - matches:\n${matches}`))).toContain(
      'spec.rules[0].matches: Too many: 65: must have at most 64 items',
    );
  });

  it('limits the matches of all rules together to 128 (CEL on rules)', () => {
    const matches = Array.from({ length: 43 }, (_, i) => `    - path: {type: Exact, value: /p${i}}`).join('\n');
    const rules = Array.from({ length: 3 }, () => `  - matches:\n${matches}`).join('\n');
    expect(errorsOf(route(`  rules:\n${rules}`))).toContain(
      'spec.rules: Invalid value: "array": While 16 rules and 64 matches per rule are allowed, the total number of matches across all rules in a route must be less than 128',
    );
  });

  it('accepts v1beta1 (served by the CRD) and a route whose matches default to PathPrefix /', () => {
    expect(
      errorsOf(
        route(
          '  parentRefs:\n  - name: g\n  rules:\n  - backendRefs:\n    - {name: s, port: 80}',
          'gateway.networking.k8s.io/v1beta1',
        ),
      ),
    ).toEqual([]);
  });

  it('rejects a version the CRDs do not serve', () => {
    expect(errorsOf(route('  parentRefs:\n  - name: g', 'gateway.networking.k8s.io/v1alpha2'))).toEqual([
      'kind: no matches for kind "HTTPRoute" in version "gateway.networking.k8s.io/v1alpha2"',
    ]);
  });
});

describe('Gateway validation by the CRD', () => {
  it.each([
    {
      name: 'listener names must be unique',
      text: gateway('  - {name: http, protocol: HTTP, port: 80}\n  - {name: http, protocol: HTTP, port: 8080}'),
      error: 'spec.listeners: Invalid value: "array": Listener name must be unique within the Gateway',
    },
    {
      name: 'port, protocol and hostname must be unique',
      text: gateway('  - {name: a, protocol: HTTP, port: 80}\n  - {name: b, protocol: HTTP, port: 80}'),
      error:
        'spec.listeners: Invalid value: "array": Combination of port, protocol and hostname must be unique for each listener',
    },
    {
      name: 'tls on an HTTP listener',
      text: gateway('  - name: a\n    protocol: HTTP\n    port: 80\n    tls: {certificateRefs: [{name: c}]}'),
      error: "spec.listeners: Invalid value: \"array\": tls must not be specified for protocols ['HTTP', 'TCP', 'UDP']",
    },
    {
      name: 'port 0 (PortNumber minimum)',
      text: gateway('  - {name: a, protocol: HTTP, port: 0}'),
      error:
        'spec.listeners[0].port: Invalid value: 0: spec.listeners[0].port in body should be greater than or equal to 1',
    },
    {
      name: 'listener without a name (required)',
      text: gateway('  - {protocol: HTTP, port: 80}'),
      error: 'spec.listeners[0].name: Required value',
    },
  ])('$name', ({ text, error }) => {
    expect(errorsOf(text)).toContain(error);
  });

  it('needs gatewayClassName and listeners', () => {
    const errors = errorsOf('apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata:\n  name: g\nspec: {}');
    expect(errors).toContain('spec.gatewayClassName: Required value');
    expect(errors).toContain('spec.listeners: Required value');
  });
});

describe('ReferenceGrant and GatewayClass', () => {
  it('accepts a ReferenceGrant (v1beta1) and a GatewayClass', () => {
    const text = [
      'apiVersion: gateway.networking.k8s.io/v1beta1\nkind: ReferenceGrant\nmetadata:\n  name: allow\n  namespace: backend\nspec:\n  from:\n  - {group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: apps}\n  to:\n  - {group: "", kind: Service}',
      'apiVersion: gateway.networking.k8s.io/v1\nkind: GatewayClass\nmetadata:\n  name: example\nspec:\n  controllerName: example.com/gateway-controller',
    ].join('\n---\n');
    expect(errorsOf(text)).toEqual([]);
  });

  it('needs a controllerName in the domain-prefixed path form', () => {
    const errors = errorsOf(
      'apiVersion: gateway.networking.k8s.io/v1\nkind: GatewayClass\nmetadata:\n  name: example\nspec:\n  controllerName: nginx',
    );
    expect(
      errors.some((e) =>
        e.startsWith('spec.controllerName: Invalid value: "nginx": spec.controllerName in body should match'),
      ),
    ).toBe(true);
  });
});

describe('the CEL rules of the CRDs', () => {
  it('has a TypeScript predicate for every rule the schemas carry', () => {
    const missing: string[] = [];
    const walk = (schema: OpenAPISchema | undefined) => {
      if (!schema) return;
      for (const rule of schema['x-kubernetes-validations'] ?? [])
        if (!celRules.has(rule.rule)) missing.push(rule.rule);
      Object.values(schema.properties ?? {}).forEach(walk);
      walk(schema.items);
      if (typeof schema.additionalProperties === 'object') walk(schema.additionalProperties);
    };
    Object.values(crdSchemas).forEach(walk);
    expect(missing).toEqual([]);
  });
});

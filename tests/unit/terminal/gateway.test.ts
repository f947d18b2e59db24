// kubectl on the Gateway API kinds: the CRDs' printer columns and names (kubernetes-sigs/gateway-api
// config/crd/standard/gateway.networking.k8s.io_*.yaml: shortNames gc, gtw, refgrant; additionalPrinterColumns),
// cells as apiextensions-apiserver's tableconvertor makes them (first JSONPath result, lists as JSON, nothing
// for a missing path) and describe as kubectl's genericDescriber prints a custom resource
// (k8s.io/kubectl/pkg/describe/describe.go printUnstructuredContent, smartLabelFor).
import { describe, expect, it } from 'vitest';
import { smartLabelFor } from '../../../src/terminal/describe-generic';
import { Shell } from '../../../src/terminal/shell';
import { lines } from './fixtures';

const CLUSTER = `apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata:
  name: cafe-class
spec:
  controllerName: example.net/gateway-controller
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: cafe-gateway
spec:
  gatewayClassName: cafe-class
  listeners:
    - name: http
      protocol: HTTP
      port: 80
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: coffee
spec:
  selector: {matchLabels: {app: coffee}}
  template:
    metadata: {labels: {app: coffee}}
    spec:
      containers:
        - name: coffee
          image: nginxdemos/nginx-hello:plain-text
          ports: [{containerPort: 8080}]
---
apiVersion: v1
kind: Service
metadata:
  name: coffee-service
spec:
  selector: {app: coffee}
  ports: [{port: 80, targetPort: 8080}]
`;

const ROUTE = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: cafe-route
spec:
  parentRefs:
    - name: cafe-gateway
  hostnames:
    - cafe.example.com
    - www.cafe.example.com
  rules:
    - matches:
        - path:
            type: PathPrefix
            value: /coffee
      backendRefs:
        - name: coffee-service
          port: 80
`;

function start(files: Record<string, string> = { 'route.yaml': ROUTE }): Shell {
  return new Shell({ cluster: CLUSTER, files: () => files, now: () => 0 });
}

describe('kubectl get on the Gateway API kinds', () => {
  it('knows the CRD names: plural, singular, shortNames, and the group-qualified forms', () => {
    const sh = start();
    for (const name of ['gatewayclass', 'gatewayclasses', 'gc', 'gatewayclasses.gateway.networking.k8s.io'])
      expect(sh.run(`kubectl get ${name}`).exitCode, name).toBe(0);
    for (const name of ['gateway', 'gateways', 'gtw', 'httproute', 'httproutes', 'referencegrant', 'refgrant'])
      expect(sh.run(`kubectl get ${name}`).exitCode, name).toBe(0);
    // HTTPRoute has no shortName in the CRD.
    expect(sh.run('kubectl get hr').text).toBe('error: the server doesn\'t have a resource type "hr"');
  });

  it('prints GatewayClass as NAME CONTROLLER ACCEPTED AGE, and DESCRIPTION with -o wide (priority 1)', () => {
    const sh = start();
    const out = lines(sh.run('kubectl get gc').text);
    expect(out[0]).toMatch(/^NAME\s+CONTROLLER\s+ACCEPTED\s+AGE$/);
    expect(out[1]).toMatch(/^cafe-class\s+example\.net\/gateway-controller\s+True\s+10m$/);
    expect(lines(sh.run('kubectl get gc -o wide').text)[0]).toMatch(
      /^NAME\s+CONTROLLER\s+ACCEPTED\s+AGE\s+DESCRIPTION$/,
    );
  });

  it('prints Gateway as NAME CLASS ADDRESS PROGRAMMED AGE', () => {
    const out = lines(start().run('kubectl get gateway').text);
    expect(out[0]).toMatch(/^NAME\s+CLASS\s+ADDRESS\s+PROGRAMMED\s+AGE$/);
    expect(out[1]).toMatch(/^cafe-gateway\s+cafe-class\s+.*True\s+10m$/);
  });

  it('prints HTTPRoute hostnames as the JSON list the column path finds', () => {
    const sh = start();
    expect(sh.run('kubectl apply -f route.yaml').text).toBe('httproute.gateway.networking.k8s.io/cafe-route created');
    const out = lines(sh.run('kubectl get httproute').text);
    expect(out[0]).toMatch(/^NAME\s+HOSTNAMES\s+AGE$/);
    expect(out[1]).toMatch(/^cafe-route\s+\["cafe\.example\.com","www\.cafe\.example\.com"\]\s+0s$/);
  });

  it('leaves the HOSTNAMES cell empty when the route has none', () => {
    const sh = start({ 'route.yaml': ROUTE.replace(/ {2}hostnames:\n(.*\n){2}/, '') });
    sh.run('kubectl apply -f route.yaml');
    expect(lines(sh.run('kubectl get httproute').text)[1]).toMatch(/^cafe-route\s+0s$/);
  });

  it('keeps the CRD default status of a Gateway whose class no controller has: Unknown, Waiting for controller', () => {
    const files = {
      'gw.yaml':
        'apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata:\n  name: orphan\nspec:\n  gatewayClassName: nobody\n  listeners:\n    - name: http\n      protocol: HTTP\n      port: 80\n',
    };
    const sh = start(files);
    sh.run('kubectl apply -f gw.yaml');
    expect(sh.run('kubectl get gtw orphan').text).toMatch(/^orphan\s+nobody\s+Unknown\s+0s$/m);
    expect(sh.run('kubectl get gtw orphan -o yaml').text).toContain('message: Waiting for controller');
  });

  it('names a missing object with the group-qualified plural', () => {
    expect(start().run('kubectl get httproute nope').text).toBe(
      'Error from server (NotFound): httproutes.gateway.networking.k8s.io "nope" not found',
    );
  });
});

describe('kubectl describe on the Gateway API kinds (generic describer)', () => {
  it('turns field names into labels as smartLabelFor does', () => {
    const table: [string, string][] = [
      ['apiVersion', 'API Version'],
      ['parentRefs', 'Parent Refs'],
      ['gatewayClassName', 'Gateway Class Name'],
      ['urlRewrite', 'URL Rewrite'],
      ['lastTransitionTime', 'Last Transition Time'],
      ['uid', 'UID'],
      ['HTTPRoute', 'HTTP Route'],
      // Anything but letters and '-' keeps the field as it is.
      ['kubernetes.io/metadata.name', 'kubernetes.io/metadata.name'],
    ];
    for (const [field, label] of table) expect(smartLabelFor(field), field).toBe(label);
  });

  it('prints Name, Namespace, Labels, Annotations, then the object by sorted keys, status conditions and events', () => {
    const sh = start();
    sh.run('kubectl apply -f route.yaml');
    const out = lines(sh.run('kubectl describe httproute cafe-route').text);
    expect(out.slice(0, 6)).toEqual([
      'Name:         cafe-route',
      'Namespace:    default',
      'Labels:       <none>',
      'Annotations:  <none>',
      'API Version:  gateway.networking.k8s.io/v1',
      'Kind:         HTTPRoute',
    ]);
    expect(out).toContain('Metadata:');
    expect(out).toContain('Spec:');
    // The API server filled in the CRD's defaults: parentRef group and kind, backendRef kind and weight.
    expect(out).toContain('  Parent Refs:');
    expect(out.some((l) => /^ {4}Kind:\s+Gateway$/.test(l))).toBe(true);
    expect(out.some((l) => /^ {6}Weight:\s+1$/.test(l))).toBe(true);
    expect(out).toContain('  Hostnames:');
    expect(out).toContain('    cafe.example.com');
    expect(out).toContain('Status:');
    expect(out).toContain('  Parents:');
    expect(out.some((l) => /^ {6}Reason:\s+Accepted$/.test(l))).toBe(true);
    expect(out.some((l) => /^ {6}Type:\s+ResolvedRefs$/.test(l))).toBe(true);
    expect(out.some((l) => /^ {4}Controller Name:\s+example\.net\/gateway-controller$/.test(l))).toBe(true);
    expect(out.at(-1)).toMatch(/^Events:\s+<none>$/);
  });

  it('describes the cluster-scoped GatewayClass with an empty Namespace', () => {
    const out = lines(start().run('kubectl describe gc cafe-class').text);
    expect(out[0]).toBe('Name:         cafe-class');
    expect(out[1]).toMatch(/^Namespace:\s*$/);
  });

  it('serves a ReferenceGrant written as v1beta1 in the preferred version v1', () => {
    const sh = start({
      'grant.yaml':
        'apiVersion: gateway.networking.k8s.io/v1beta1\nkind: ReferenceGrant\nmetadata:\n  name: g\nspec:\n  from:\n    - {group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: shop}\n  to:\n    - {group: "", kind: Service}\n',
    });
    expect(sh.run('kubectl apply -f grant.yaml').text).toBe('referencegrant.gateway.networking.k8s.io/g created');
    expect(lines(sh.run('kubectl get refgrant').text)).toEqual(['NAME   AGE', 'g      0s']);
    expect(sh.run('kubectl get refgrant g -o yaml').text).toMatch(/^apiVersion: gateway\.networking\.k8s\.io\/v1$/m);
  });
});

describe('curl through a Gateway', () => {
  // The engine's data plane is Envoy-like: a missing route (404), a RequestRedirect and a rule whose backends
  // are unusable (500, HTTPRouteRule.BackendRefs) are answered by the proxy itself with an empty body, so curl
  // prints nothing and exits 0 (it only fails on HTTP errors with -f).
  it("prints nothing for the proxy's own 404, 301 and 500", () => {
    const redirect = ROUTE.replace('cafe-route', 'to-https').replace(
      / {2}rules:[\s\S]*$/,
      '  rules:\n    - filters:\n        - type: RequestRedirect\n          requestRedirect: {scheme: https, statusCode: 301}\n',
    );
    const broken = ROUTE.replace('cafe.example.com', 'broken.example.com')
      .replace('www.cafe', 'www.broken')
      .replace('coffee-service', 'tea-service')
      .replace('cafe-route', 'broken');
    const sh = start({ 'route.yaml': ROUTE, 'redirect.yaml': redirect, 'broken.yaml': broken });
    sh.run('kubectl apply -f route.yaml');
    expect(sh.run('curl http://cafe.example.com/coffee').text).toContain('coffee');
    for (const [url, file] of [
      ['http://cafe.example.com/tea', undefined],
      ['http://cafe.example.com/coffee', 'redirect.yaml'],
      ['http://broken.example.com/coffee', 'broken.yaml'],
    ] as const) {
      if (file === 'redirect.yaml') sh.run('kubectl delete httproute cafe-route');
      if (file) sh.run(`kubectl apply -f ${file}`);
      const out = sh.run(`curl ${url}`);
      expect([out.exitCode, out.text], url).toEqual([0, '']);
    }
  });
});

// A port a listener holds is open: the data plane takes the connection whatever the Host, and a Host that no
// listener's hostname matches gets the proxy's 404 (conformance httproute-listener-hostname-matching.go:
// "no.matching.host" expects 404), never a refused connection; a port no listener holds refuses it.
describe('curl to a Gateway port whose listeners do not take the Host', () => {
  const TWO_LISTENERS = `apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata: {name: cafe-class}
spec: {controllerName: example.net/gateway-controller}
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gw}
spec:
  gatewayClassName: cafe-class
  listeners:
    - {name: a, protocol: HTTP, port: 80, hostname: "*.example.com"}
    - {name: b, protocol: HTTP, port: 8080, hostname: foo.other.com}
`;
  const sh = new Shell({ cluster: TWO_LISTENERS, now: () => 0 });

  it('answers 404 (an empty body) on port 80, which listener a holds', () => {
    expect(sh.run('curl http://foo.other.com/')).toEqual({ text: '', exitCode: 0 });
  });

  it('refuses on a port no listener holds', () => {
    expect(sh.run('curl http://foo.other.com:9090/').exitCode).toBe(7);
  });
});

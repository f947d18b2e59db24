// kubectl explain against output that real clusters printed and kubectl's own tests, each cited; none of the
// expected texts is produced by the code under test.
import { beforeAll, describe, expect, it } from 'vitest';
import { explainDataLoaded } from '../../../src/terminal/explain';
import { wrap } from '../../../src/terminal/explain-render';
import { shell } from './fixtures';

beforeAll(() => explainDataLoaded());

// A published `oc explain deployment.spec.strategy` session (OpenShift on Kubernetes ≥ 1.30, the same
// plaintext.tmpl as kubectl 1.34): GROUP line for a named group, two blank lines after a FIELD line without
// enum, the referred type's description after the field's, `enum:` under the type in the FIELDS list, and the
// "Possible enum values" paragraph that the API server's OpenAPI v3 appends.
const STRATEGY = `GROUP:      apps
KIND:       Deployment
VERSION:    v1

FIELD: strategy <DeploymentStrategy>


DESCRIPTION:
    The deployment strategy to use to replace existing pods with new ones.
    DeploymentStrategy describes how to replace existing pods with new ones.
    
FIELDS:
  rollingUpdate\t<RollingUpdateDeployment>
    Rolling update config params. Present only if DeploymentStrategyType =
    RollingUpdate.

  type\t<string>
  enum: Recreate, RollingUpdate
    Type of deployment. Can be "Recreate" or "RollingUpdate". Default is
    RollingUpdate.
    
    Possible enum values:
     - \`"Recreate"\` Kill all existing pods before creating new ones.
     - \`"RollingUpdate"\` Replace the old ReplicaSets by new one using rolling
    update i.e gradually scale down the old ReplicaSets and scale up the new
    one.
`;

// The same session, `oc explain deployment --recursive | grep -B5 -A7 rollingUpdate`.
const RECURSIVE_STRATEGY = `        key\t<string> -required-
        operator\t<string> -required-
        values\t<[]string>
      matchLabels\t<map[string]string>
    strategy\t<DeploymentStrategy>
      rollingUpdate\t<RollingUpdateDeployment>
        maxSurge\t<IntOrString>
        maxUnavailable\t<IntOrString>
      type\t<string>
      enum: Recreate, RollingUpdate
    template\t<PodTemplateSpec> -required-
      metadata\t<ObjectMeta>
        annotations\t<map[string]string>
`;

// ingress-nginx docs/faq.md, `kubectl explain service.spec.externalTrafficPolicy`: the DESCRIPTION block (that
// kubectl predates enum lists, so its header lines are not compared).
const EXTERNAL_TRAFFIC_POLICY_DESCRIPTION = `DESCRIPTION:
    externalTrafficPolicy describes how nodes distribute service traffic they
    receive on one of the Service's "externally-facing" addresses (NodePorts,
    ExternalIPs, and LoadBalancer IPs). If set to "Local", the proxy will
    configure the service in a way that assumes that external load balancers
    will take care of balancing the service traffic between nodes, and so each
    node will deliver traffic only to the node-local endpoints of the service,
    without masquerading the client source IP. (Traffic mistakenly sent to a
    node with no endpoints will be dropped.) The default value, "Cluster", uses
    the standard behavior of routing to all endpoints evenly (possibly modified
    by topology and other features). Note that traffic sent to an External IP or
    LoadBalancer IP from within the cluster will always get "Cluster" semantics,
    but clients sending to a NodePort from within the cluster may need to take
    traffic policy into account when picking a node.
    
    Possible enum values:
     - \`"Cluster"\` routes traffic to all endpoints.
     - \`"Local"\` preserves the source IP of the traffic by routing only to
    endpoints on the same node as the traffic was received on (dropping the
    traffic if there are no local endpoints).
`;

// A published `kubectl explain deployment.spec.strategy.type` session (kubectl ≥ 1.30): the long ENUM view under
// FIELD, one blank line before DESCRIPTION. The page it comes from trims trailing spaces, which kubectl's indent
// helper leaves on blank lines of a description, so lines are compared without them.
const STRATEGY_TYPE = `GROUP:      apps
KIND:       Deployment
VERSION:    v1

FIELD: type <string>
ENUM:
    Recreate
    RollingUpdate

DESCRIPTION:
    Type of deployment. Can be "Recreate" or "RollingUpdate". Default is
    RollingUpdate.

    Possible enum values:
     - \`"Recreate"\` Kill all existing pods before creating new ones.
     - \`"RollingUpdate"\` Replace the old ReplicaSets by new one using rolling
    update i.e gradually scale down the old ReplicaSets and scale up the new
    one.


`;

const trimLines = (text: string) => text.replace(/ +$/gm, '');

describe('kubectl explain (kubectl pkg/explain/v2/templates/plaintext.tmpl)', () => {
  it('prints an enum field in the long view', () => {
    const out = shell().run('kubectl explain deployment.spec.strategy.type');
    expect(trimLines(`${out.text}\n`)).toBe(STRATEGY_TYPE);
  });

  it('prints a field of a named group as kubectl does, byte for byte', () => {
    const out = shell().run('kubectl explain deployment.spec.strategy');
    expect(out.exitCode).toBe(0);
    // The published session is a code block, which cannot show trailing blank lines; plaintext.tmpl ends each
    // field with a blank line ("fieldDetail") and the page with "\n", which the terminal prints itself.
    expect(out.text).toBe(`${STRATEGY}\n`);
  });

  it('resolves short names and the group-qualified plural alike', () => {
    const sh = shell();
    const expected = sh.run('kubectl explain deployment.spec.strategy').text;
    expect(sh.run('kubectl explain deploy.spec.strategy').text).toBe(expected);
    expect(sh.run('kubectl explain deployments.apps.spec.strategy').text).toBe(expected);
  });

  it('--recursive prints the tree of names, types, -required- and enum lines', () => {
    const out = shell().run('kubectl explain deployment --recursive');
    expect(out.exitCode).toBe(0);
    expect(out.text).toContain(RECURSIVE_STRATEGY);
  });

  it('prints the Possible enum values paragraph wrapped at 76 columns', () => {
    const out = shell().run('kubectl explain svc.spec.externalTrafficPolicy');
    expect(out.text).toContain(EXTERNAL_TRAFFIC_POLICY_DESCRIPTION);
    // Core group: no GROUP line (the template prints it only for a non-empty group).
    expect(out.text.startsWith('KIND:       Service\nVERSION:    v1\n\nFIELD: externalTrafficPolicy <string>\n')).toBe(
      true,
    );
  });

  it('says which field does not exist, and which resource type the server lacks', () => {
    const sh = shell();
    // plaintext.tmpl "schema": throw "error: field \"%v\" does not exist" with the path's last element.
    expect(sh.run('kubectl explain svc.spec.foo')).toEqual({ text: 'error: field "foo" does not exist', exitCode: 1 });
    expect(sh.run('kubectl explain pods.spec.foo.bar').text).toBe('error: field "bar" does not exist');
    // kubectl cmd/explain/explain_test.go: ExpectErrorPattern `the server doesn't have a resource type "foo"`.
    expect(sh.run('kubectl explain foo')).toEqual({
      text: 'error: the server doesn\'t have a resource type "foo"',
      exitCode: 1,
    });
  });

  it('rejects a missing or a second argument as cmd/explain Validate does', () => {
    const sh = shell();
    expect(sh.run('kubectl explain').text).toBe(
      'error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n',
    );
    expect(sh.run('kubectl explain pods svc').text).toBe('error: We accept only this format: explain RESOURCE\n');
  });
});

// github.com/mitchellh/go-wordwrap wordwrap_test.go TestWrapString, every case.
describe('wrap (go-wordwrap WrapString)', () => {
  it.each([
    ['foo', 'foo', 4],
    ['foobarbaz', 'foobarbaz', 4],
    ['foo bar baz', 'foo\nbar\nbaz', 4],
    ['foo bars bazzes', 'foo\nbars\nbazzes', 4],
    ['fo sop', 'fo\nsop', 4],
    ['foo\nb\t r\n baz', 'foo\nb\t r\n baz', 4],
    ['foo    \nb   ar   ', 'foo\nb\nar', 4],
    ['foo bar baz\n', 'foo\nbar\nbaz\n', 4],
    ['\nfoo bar\n\n\nbaz\n', '\nfoo\nbar\n\n\nbaz\n', 4],
    [
      ' This is a list: \n\n\t* foo\n\t* bar\n\n\n\t* baz  \nBAM    ',
      ' This\nis a\nlist: \n\n\t* foo\n\t* bar\n\n\n\t* baz\nBAM',
      6,
    ],
  ])('%j', (input, output, limit) => {
    expect(wrap(limit, input)).toBe(output);
  });
});

describe('kubectl explain in help and Tab', () => {
  it('completes the command and then a resource type', () => {
    const sh = shell();
    expect(sh.complete('kubectl expl').line).toBe('kubectl explain ');
    expect(sh.complete('kubectl explain netp').line).toBe('kubectl explain netpol ');
    expect(sh.run('help').text).toContain('kubectl explain');
  });
});

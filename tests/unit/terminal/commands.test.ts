// The CKAD commands, each against the kubectl source whose words it copies (k8s.io/kubectl pkg/cmd/...).
import { describe, expect, it } from 'vitest';
import { Shell } from '../../../src/terminal/shell';
import { CLUSTER, FILES, lines, shell } from './fixtures';

describe('the shell and kubectl themselves', () => {
  it("prints bash's own words for an unknown program, with status 127", () => {
    expect(shell().run('crul http://x')).toEqual({ text: 'bash: crul: command not found', exitCode: 127 });
  });

  it('suggests as cobra does for an unknown kubectl command (findSuggestions, distance 2 or prefix)', () => {
    expect(shell().run('kubectl gett pods').text).toBe(
      'error: unknown command "gett" for "kubectl"\n\nDid you mean this?\n\tget\n\tset',
    );
    expect(shell().run('kubectl xyzzy').text).toBe('error: unknown command "xyzzy" for "kubectl"');
  });

  it('never throws on a file named like an Object.prototype member (issue: apply -f constructor)', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(shell().run(`kubectl apply -f ${name}`).text).toBe(`error: the path "${name}" does not exist`);
    }
    expect(shell().run('kubectl create service constructor x --tcp=80').exitCode).toBe(1);
    // The key reaches the API server, which refuses it as any bad label key (not as a prototype).
    expect(shell().run('kubectl label deploy webapp __proto__=x').text).toMatch(
      /^The Deployment "webapp" is invalid: metadata\.labels: Invalid value: "__proto__": name part must consist/,
    );
  });
});

describe('kubectl create deployment (create_deployment.go)', () => {
  it('prints the generated Deployment with --dry-run=client -o yaml and stores nothing', () => {
    const sh = shell();
    const yaml = sh.run(
      'kubectl create deployment web --image=nginx:1.27 --replicas=3 --port=80 --dry-run=client -o yaml',
    );
    expect(yaml.text).toContain('kind: Deployment');
    expect(yaml.text).toContain('  replicas: 3\n  selector:\n    matchLabels:\n      app: web');
    expect(yaml.text).toContain(
      '      - image: nginx:1.27\n        name: nginx\n        ports:\n        - containerPort: 80',
    );
    expect(sh.run('kubectl get deploy web').exitCode).toBe(1);
  });

  it('creates it, and wraps AlreadyExists as `failed to create deployment`', () => {
    const sh = shell();
    expect(sh.run('kubectl create deployment web --image=nginx').text).toBe('deployment.apps/web created');
    expect(sh.run('kubectl create deployment web --image=nginx').text).toBe(
      'error: failed to create deployment: deployments.apps "web" already exists',
    );
    expect(sh.run('kubectl create deployment web2').text).toBe('error: required flag(s) "image" not set');
    expect(sh.run('kubectl create deployment --image=nginx').text).toBe(
      "error: exactly one NAME is required, got 0\nSee 'kubectl create deployment -h' for help and examples",
    );
  });
});

describe('scale, set image, rollout status (scale.go, set_image.go, rollout_status.go)', () => {
  it('scales a Deployment and the pods follow', () => {
    const sh = shell();
    expect(sh.run('kubectl scale deployment webapp --replicas=3').text).toBe('deployment.apps/webapp scaled');
    expect(lines(sh.run('kubectl get pods -o name').text)).toHaveLength(3);
    expect(sh.run('kubectl scale deploy/webapp').text).toBe(
      'error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0',
    );
  });

  it('sets an image by container name and refuses an unknown container', () => {
    const sh = shell();
    expect(sh.run('kubectl set image deployment/webapp web=hashicorp/http-echo:1.0').text).toBe(
      'deployment.apps/webapp image updated',
    );
    expect(sh.run('kubectl get deploy webapp -o wide').text).toContain('hashicorp/http-echo:1.0');
    expect(sh.run('kubectl set image deployment/webapp nope=nginx').text).toBe(
      'error: unable to find container named "nope"',
    );
  });

  it('reports a finished rollout', () => {
    expect(shell().run('kubectl rollout status deployment/webapp').text).toBe(
      'deployment "webapp" successfully rolled out',
    );
  });
});

describe('label and annotate (label.go, annotate.go)', () => {
  it('labels, refuses to overwrite without --overwrite, removes with key-', () => {
    const sh = shell();
    expect(sh.run('kubectl label deploy webapp tier=front').text).toBe('deployment.apps/webapp labeled');
    expect(sh.run('kubectl label deploy webapp tier=back').text).toBe(
      "error: 'tier' already has a value (front), and --overwrite is false",
    );
    expect(sh.run('kubectl label deploy webapp tier=back --overwrite').text).toBe('deployment.apps/webapp labeled');
    expect(sh.run('kubectl label deploy webapp tier=back').text).toBe('deployment.apps/webapp not labeled');
    expect(sh.run('kubectl label deploy webapp tier-').text).toBe('deployment.apps/webapp unlabeled');
  });

  it('annotates with the same rules and its own overwrite message', () => {
    const sh = shell();
    expect(sh.run('kubectl annotate deploy webapp owner=me').text).toBe('deployment.apps/webapp annotated');
    expect(sh.run('kubectl annotate deploy webapp owner=you').text).toBe(
      "error: --overwrite is false but found the following declared annotation(s): 'owner' already has a value (me)",
    );
  });
});

describe('apply after create (apply.go warningNoLastAppliedConfigAnnotation)', () => {
  it('warns once that the annotation is missing, then configures; a second apply is unchanged', () => {
    const sh = shell();
    sh.run('kubectl create -f service-definition.yaml');
    expect(sh.run('kubectl apply -f service-definition.yaml').text).toBe(
      'Warning: resource services/webapp-service is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\nservice/webapp-service configured',
    );
    expect(sh.run('kubectl apply -f service-definition.yaml').text).toBe('service/webapp-service unchanged');
  });
});

describe('allocation against the Services already in the cluster (portallocator)', () => {
  it('refuses a nodePort another Service has', () => {
    const files = {
      ...FILES,
      'other.yaml': FILES['service-definition.yaml']!.replace('name: webapp-service', 'name: other'),
    };
    const sh = shell(files);
    sh.run('kubectl create -f service-definition.yaml');
    expect(sh.run('kubectl create -f other.yaml').text).toBe(
      'The Service "other" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated',
    );
  });
});

describe('exec and run in a pod (exec.go, run.go)', () => {
  it('prints the pod resolv.conf as kubelet writes it', () => {
    const sh = shell();
    const pod = sh.run('kubectl get pods -o name').text.split('\n')[0]!.replace('pod/', '');
    expect(lines(sh.run(`kubectl exec ${pod} -- cat /etc/resolv.conf`).text)).toEqual([
      'search default.svc.cluster.local svc.cluster.local cluster.local',
      'nameserver 10.96.0.10',
      'options ndots:5',
    ]);
  });

  it('runs a throwaway pod once with --rm -it and deletes it (delete.go: "deleted from NS namespace")', () => {
    const sh = shell();
    sh.run('kubectl create -f service-definition.yaml');
    const out = lines(
      sh.run('kubectl run tmp --rm -it --image=busybox:1.28 --restart=Never -- nslookup webapp-service').text,
    );
    expect(out[0]).toBe('Server:    10.96.0.10');
    expect(out.at(-1)).toBe('pod "tmp" deleted from default namespace');
    expect(sh.run('kubectl get pod tmp').exitCode).toBe(1);
    expect(sh.run('kubectl run x --rm --image=busybox').text).toBe(
      'error: --rm should only be used for attached containers',
    );
  });

  it('creates a pod and its Service with --expose (run.go createService)', () => {
    const sh = shell();
    expect(sh.run('kubectl run web --image=nginx --port=80 --expose').text).toBe(
      'pod/web created\nservice/web created',
    );
    expect(sh.run('kubectl get svc web -o wide').text).toContain('run=web');
  });
});

describe('port-forward and edit', () => {
  it('says what port-forward would open, resolving a Service port to the pod port', () => {
    const sh = shell();
    sh.run('kubectl create -f service-definition.yaml');
    expect(lines(sh.run('kubectl port-forward svc/webapp-service 9000:8080').text).slice(0, 2)).toEqual([
      'Forwarding from 127.0.0.1:9000 -> 8080',
      'Forwarding from [::1]:9000 -> 8080',
    ]);
  });

  it("hands the YAML to an editor and applies the saved text; without one, prints kubectl's error", () => {
    const sh = shell();
    sh.run('kubectl create -f service-definition.yaml');
    const out = sh.run('kubectl edit svc webapp-service');
    expect(out.text).toBe('error: unable to launch the editor "vi"');
    const edited = out.edit!.text.replace('nodePort: 30080', 'nodePort: 30081');
    expect(out.edit!.save(edited).text).toBe('service/webapp-service edited');
    expect(sh.run('kubectl get svc webapp-service').text).toContain('8080:30081/TCP');
    // editoptions.go editResults.addError: an Invalid answer is one line; the causes go into the reopened file.
    expect(out.edit!.save(out.edit!.text.replace('nodePort: 30080', 'nodePort: 80')).text).toBe(
      'error: services "webapp-service" is invalid',
    );
  });
});

describe('apply of many objects', () => {
  it('creates a Namespace and what goes into it from one file', () => {
    const many = [
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop',
      ...Array.from(
        { length: 20 },
        (_, i) =>
          `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\n  namespace: shop\nspec:\n  containers:\n  - name: c\n    image: nginx`,
      ),
    ].join('\n---\n');
    const sh = new Shell({ cluster: CLUSTER, files: () => ({ 'many.yaml': many }), now: () => 0 });
    const out = sh.run('kubectl apply -f many.yaml');
    expect(out.exitCode).toBe(0);
    expect(lines(out.text)).toHaveLength(21);
    expect(lines(sh.run('kubectl get pods -n shop -o name').text)).toHaveLength(20);
  });
});

describe('tab completion of the new commands', () => {
  it('completes create subcommands, output formats and rollout status', () => {
    const sh = shell();
    expect(sh.complete('kubectl create dep').line).toBe('kubectl create deployment ');
    expect(sh.complete('kubectl get pods -o j').candidates).toEqual(['json', 'jsonpath=']);
    expect(sh.complete('kubectl rollout st').line).toBe('kubectl rollout status ');
    expect(sh.complete('kubectl scale deployment web').line).toBe('kubectl scale deployment webapp ');
  });
});

import { describe, expect, it } from 'vitest';
import { lines, shell } from './fixtures';

describe('kubectl create / apply / delete', () => {
  it('creates from a lab file and refuses a second create with AlreadyExists', () => {
    const sh = shell();
    expect(sh.run('kubectl create -f service-definition.yaml')).toEqual({
      text: 'service/webapp-service created',
      exitCode: 0,
    });
    const again = sh.run('kubectl create -f service-definition.yaml');
    expect(again.text).toBe(
      'Error from server (AlreadyExists): error when creating "service-definition.yaml": services "webapp-service" already exists',
    );
    expect(again.exitCode).toBe(1);
  });

  it("prints the API server's Invalid error for a nodePort out of range, and creates nothing", () => {
    const sh = shell();
    const out = sh.run('kubectl create -f bad-nodeport.yaml');
    expect(out.text).toBe(
      'The Service "bad" is invalid: spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767',
    );
    expect(sh.run('kubectl get svc bad').text).toBe('Error from server (NotFound): services "bad" not found');
  });

  it('lists several causes on their own lines', () => {
    const files = {
      'two.yaml':
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: two\nspec:\n  type: NodePort\n  ports:\n  - name: a\n    port: 0\n  - name: b\n    port: 70000\n',
    };
    const out = lines(shell(files).run('kubectl create -f two.yaml').text);
    expect(out[0]).toBe('The Service "two" is invalid: ');
    expect(out.slice(1).every((l) => l.startsWith('* spec.ports['))).toBe(true);
    expect(out.length).toBeGreaterThan(2);
  });

  it('reports unknown fields as strict decoding errors and broken YAML as a parse error', () => {
    const files = {
      'typo.yaml':
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: typo\nspec:\n  selectr:\n    app: web\n  ports:\n  - port: 80\n',
      'broken.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n spec: {}\n',
    };
    const sh = shell(files);
    expect(sh.run('kubectl apply -f typo.yaml').text).toBe(
      'Error from server (BadRequest): error when creating "typo.yaml": Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.selectr"',
    );
    expect(sh.run('kubectl apply -f broken.yaml').text).toMatch(
      /^error: error parsing broken\.yaml: error converting YAML to JSON: yaml: line \d+: /,
    );
    expect(sh.run('kubectl apply -f nothere.yaml').text).toBe('error: the path "nothere.yaml" does not exist');
  });

  it('applies: created, then unchanged, then configured after an edit', () => {
    const files = {
      'svc.yaml':
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    name: webapp\n  ports:\n  - port: 80\n    targetPort: 8080\n',
    };
    const sh = shell(files);
    expect(sh.run('kubectl apply -f svc.yaml').text).toBe('service/web created');
    expect(sh.run('kubectl apply -f svc.yaml').text).toBe('service/web unchanged');
    files['svc.yaml'] = files['svc.yaml']!.replace('port: 80', 'port: 8081');
    expect(sh.run('kubectl apply -f svc.yaml').text).toBe('service/web configured');
    expect(sh.run('kubectl get svc web').text).toMatch(/8081\/TCP/);
  });

  it('replaces only what exists; --force deletes and creates again', () => {
    const files = {
      'svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n',
    };
    const sh = shell(files);
    expect(sh.run('kubectl replace -f svc.yaml').text).toBe(
      'Error from server (NotFound): error when replacing "svc.yaml": services "web" not found',
    );
    sh.run('kubectl create -f svc.yaml');
    expect(sh.run('kubectl replace -f svc.yaml').text).toBe('service/web replaced');
    expect(sh.run('kubectl replace --force -f svc.yaml').text).toBe(
      'service "web" deleted from default namespace\nservice/web replaced',
    );
  });

  it('refuses a namespace that does not exist', () => {
    const files = {
      'ns.yaml':
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: prod\nspec:\n  ports:\n  - port: 80\n',
    };
    const sh = shell(files);
    expect(sh.run('kubectl create -f ns.yaml').text).toBe(
      'Error from server (NotFound): error when creating "ns.yaml": namespaces "prod" not found',
    );
    expect(sh.run('kubectl create namespace prod').text).toBe('namespace/prod created');
    expect(sh.run('kubectl create -f ns.yaml').text).toBe('service/web created');
  });

  it('deletes by type and name, and says NotFound for the rest', () => {
    const sh = shell();
    sh.run('kubectl create -f service-definition.yaml');
    const out = sh.run('kubectl delete svc webapp-service nope');
    expect(lines(out.text)).toEqual([
      'service "webapp-service" deleted from default namespace',
      'Error from server (NotFound): services "nope" not found',
    ]);
    expect(sh.run('kubectl get svc webapp-service').exitCode).toBe(1);
    expect(sh.run('kubectl delete deploy webapp').text).toBe('deployment.apps "webapp" deleted from default namespace');
    sh.run('kubectl create namespace prod');
    expect(sh.run('kubectl delete namespace prod').text).toBe('namespace "prod" deleted');
    expect(sh.run('kubectl get pods').text).toBe('No resources found in default namespace.');
  });
});

describe('kubectl generators', () => {
  it('exposes a Deployment with its selector', () => {
    const sh = shell();
    expect(
      sh.run('kubectl expose deployment webapp --name=web --port=80 --target-port=8080 --type=NodePort').text,
    ).toBe('service/web exposed');
    expect(sh.run('kubectl get svc web -o wide').text).toMatch(
      /^web\s+NodePort\s+\S+\s+<none>\s+80:30000\/TCP\s+0s\s+name=webapp$/m,
    );
    expect(sh.run('kubectl expose deployment webapp --name=web --port=80').text).toBe(
      'Error from server (AlreadyExists): services "web" already exists',
    );
    // Without --port, the port comes from the pod template's first containerPort.
    expect(sh.run('kubectl expose deployment webapp').text).toBe('service/webapp exposed');
    expect(sh.run('kubectl get svc webapp').text).toMatch(/\s8080\/TCP\s/);
  });

  // expose.go raises both introspection errors through cmdutil.UsageErrorf, which adds the help line.
  it('cannot expose a pod that declares no port without --port, and says where to read the help', () => {
    const sh = shell();
    expect(sh.run('kubectl run solo --image=nginx').exitCode).toBe(0);
    expect(sh.run('kubectl expose pod solo')).toEqual({
      text: "error: couldn't find port via --port flag or introspection\nSee 'kubectl expose -h' for help and examples",
      exitCode: 1,
    });
  });

  it('creates a NodePort Service with kubectl create service, and prints it with --dry-run=client -o yaml', () => {
    const sh = shell();
    const yaml = sh.run(
      'kubectl create service nodeport webapp --tcp=8080:8080 --node-port=30080 --dry-run=client -o yaml',
    ).text;
    expect(yaml).toContain(
      '  - name: 8080-8080\n    nodePort: 30080\n    port: 8080\n    protocol: TCP\n    targetPort: 8080',
    );
    // kubectl 1.34 omits the zero creationTimestamp (kubectl commit 722397942 drops `creationTimestamp: null`
    // from its fixtures as apimachinery's ObjectMeta gained omitzero).
    expect(yaml).toContain('metadata:\n  labels:\n    app: webapp\n  name: webapp');
    expect(sh.run('kubectl get svc webapp').exitCode).toBe(1);
    // create_service.go wraps the server's error: `failed to create %s service: %v` (o.Type is NodePort).
    expect(sh.run('kubectl create service nodeport webapp --tcp=8080:8080 --node-port=80').text).toMatch(
      /^error: failed to create NodePort service: Service "webapp" is invalid: spec\.ports\[0\]\.nodePort: Invalid value: 80/,
    );
  });

  it('creates an Ingress from --rule, a trailing * making a Prefix path', () => {
    const sh = shell();
    expect(
      sh.run(
        'kubectl create ingress shop --rule="shop.example.com/wear*=wear-service:8080" --annotation=nginx.ingress.kubernetes.io/rewrite-target=/',
      ).text,
    ).toBe('ingress.networking.k8s.io/shop created');
    expect(sh.run('kubectl get ingress').text).toMatch(/^shop\s+<none>\s+shop\.example\.com\s+80\s+0s$/m);
    expect(sh.run('kubectl get ing shop -o yaml').text).toContain('pathType: Prefix');
  });

  it('runs a pod labelled run=NAME that a Service can select', () => {
    const sh = shell();
    expect(sh.run('kubectl run web --image=nginx:1.27 --port=80').text).toBe('pod/web created');
    expect(sh.run('kubectl get pod web --show-labels').text).toMatch(/^web\s+1\/1\s+Running\s+0\s+0s\s+run=web$/m);
    sh.run('kubectl expose pod web --type=NodePort');
    expect(sh.run('curl http://node01:30000').text).toContain('<title>Welcome to nginx!</title>');
    expect(sh.run('kubectl run shell --image=busybox -it -- sh').exitCode).toBe(1);
  });

  it('labels an object, and will not overwrite without --overwrite', () => {
    const sh = shell();
    expect(sh.run('kubectl label deploy webapp tier=front').text).toBe('deployment.apps/webapp labeled');
    expect(sh.run('kubectl label deploy webapp tier=back').text).toBe(
      "error: 'tier' already has a value (front), and --overwrite is false",
    );
    expect(sh.run('kubectl label deploy webapp tier=back --overwrite').text).toBe('deployment.apps/webapp labeled');
    expect(sh.run('kubectl get deploy -l tier=back -o name').text).toBe('deployment.apps/webapp');
    expect(sh.run('kubectl label deploy webapp tier-').text).toBe('deployment.apps/webapp unlabeled');
  });
});

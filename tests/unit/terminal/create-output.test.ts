// What kubectl create deployment / run print with --dry-run=client: container names from
// kubectl v0.34.1 pkg/cmd/create/create_deployment.go buildPodSpec + sanitizeAndUniquify, and -o json of the
// typed object in Go struct field order (k8s.io/api apps/v1 and core/v1 types.go; TypeMeta is kind then
// apiVersion), without the zero creationTimestamp (kubectl commit 722397942, in v0.34.0).
import { describe, expect, it } from 'vitest';
import { shell } from './fixtures';

const names = (yaml: string) => [...yaml.matchAll(/^ {8}name: (.*)$/gm)].map((m) => m[1]);

describe('kubectl create deployment container names (buildPodSpec)', () => {
  it('takes the last path segment without tag or digest', () => {
    const yaml = shell().run(
      'kubectl create deployment w --image=registry.k8s.io/e2e-test-images/agnhost:2.39 --image=nginx@sha256:0123abcd --dry-run=client -o yaml',
    ).text;
    expect(names(yaml)).toEqual(['agnhost', 'nginx']);
  });

  it('turns _ and . into - and appends "-" and utilrand.String(5) (sanitizeAndUniquify)', () => {
    const yaml = shell().run('kubectl create deployment w --image=my_repo/web.app_x:1.0 --dry-run=client -o yaml').text;
    expect(names(yaml)[0]).toMatch(/^web-app-x-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });
});

describe('-o json of a dry-run object (json.MarshalIndent of the typed object)', () => {
  it('keeps the Go struct order and sorts only maps', () => {
    expect(shell().run('kubectl create deployment nginx --image=nginx --dry-run=client -o json').text).toBe(
      `{
    "kind": "Deployment",
    "apiVersion": "apps/v1",
    "metadata": {
        "name": "nginx",
        "labels": {
            "app": "nginx"
        }
    },
    "spec": {
        "replicas": 1,
        "selector": {
            "matchLabels": {
                "app": "nginx"
            }
        },
        "template": {
            "metadata": {
                "labels": {
                    "app": "nginx"
                }
            },
            "spec": {
                "containers": [
                    {
                        "name": "nginx",
                        "image": "nginx",
                        "resources": {}
                    }
                ]
            }
        },
        "strategy": {}
    },
    "status": {}
}`,
    );
  });

  it('prints what the API server returns (unstructured) with every key sorted', () => {
    const json = shell().run('kubectl get deploy webapp -o json').text;
    expect(json.startsWith('{\n    "apiVersion": "apps/v1",\n    "kind": "Deployment",\n    "metadata": {')).toBe(true);
  });
});

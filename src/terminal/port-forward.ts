// kubectl port-forward TYPE/NAME [LOCAL:]REMOTE: what it would open. kubectl prints client-go
// tools/portforward's `Forwarding from 127.0.0.1:L -> R` (and the [::1] line) and then waits; a Service
// or Deployment is first resolved to one pod, and a Service port to that pod's target port
// (k8s.io/kubectl/pkg/cmd/portforward/portforward.go translateServicePortToTargetPort).
import { last, parseFlags } from './args';
import { fail, ok, usageError, type CommandOutput } from './output';
import { DEFAULT_NAMESPACE, type Session } from './session';

export function portForward(session: Session, tokens: string[]): CommandOutput {
  const args = parseFlags(tokens, { values: { namespace: 'n', address: '' }, booleans: {} });
  if (typeof args === 'string') return fail(args);
  const [target, ...specs] = args.positional;
  if (!target || specs.length === 0)
    return usageError('port-forward', 'TYPE/NAME and list of ports are required for port-forward');
  const namespace = last(args, 'namespace') ?? DEFAULT_NAMESPACE;
  const [kind, name] = target.includes('/')
    ? [target.slice(0, target.indexOf('/')), target.slice(target.indexOf('/') + 1)]
    : ['pod', target];
  const cluster = session.store.cluster;
  const service = ['svc', 'service', 'services'].includes(kind)
    ? cluster.services.find((s) => s.namespace === namespace && s.name === name)
    : undefined;
  if (['svc', 'service', 'services'].includes(kind) && !service)
    return fail(`Error from server (NotFound): services "${name}" not found`);
  const pod = service
    ? cluster.pods.find(
        (p) =>
          p.namespace === namespace &&
          p.ready &&
          Object.entries(service.selector ?? {}).every(([k, v]) => p.labels[k] === v) &&
          service.selector,
      )
    : ['deploy', 'deployment', 'deployments'].includes(kind)
      ? cluster.pods.find((p) => p.owner === `Deployment ${namespace}/${name}`)
      : cluster.pods.find((p) => p.namespace === namespace && p.name === name);
  if (!pod) {
    if (service) return fail(`error: no pods found for service "${name}"`);
    return fail(`Error from server (NotFound): pods "${name}" not found`);
  }
  const lines: string[] = [];
  for (const spec of specs) {
    const [local, remote = local] = spec.split(':') as [string, string | undefined];
    let podPort = Number(remote);
    if (service) {
      const port = service.ports.find((p) => p.port === podPort);
      if (!port) return fail(`error: Service ${name} does not have a service port ${remote}`);
      const target = port.targetPort;
      podPort =
        typeof target === 'number' ? target : (pod.ports.find((p) => p.name === target)?.containerPort ?? podPort);
    }
    const localPort = local === '' ? podPort : Number(local);
    lines.push(
      `Forwarding from 127.0.0.1:${localPort} -> ${podPort}`,
      `Forwarding from [::1]:${localPort} -> ${podPort}`,
    );
  }
  return ok(
    `${lines.join('\n')}\n(kubectl은 여기서 Ctrl+C를 누를 때까지 기다리며, 이 컴퓨터의 localhost 포트를 pod ${pod.name}로 이어 줍니다. 이 터미널은 연결을 열지 않습니다: 같은 요청은 kubectl exec ${pod.name} -- curl localhost:PORT 또는 Service 주소로 보내 보세요.)`,
  );
}

// kubectl exec POD [-c C] -- COMMAND: the programs a busybox/curl image has, run as that pod. Network
// programs are the route-fidelity terminal's (curl.ts, wget.ts, nslookup.ts); this file only runs them in a pod.
// A failing command ends as kubectl prints it: client-go remotecommand v4 errorDecoder gives
// `command terminated with exit code N`, which cmdutil.CheckErr prints without "error: " and exits with N.
import { dnsLookup, type PodModel } from '../engine';
import { last, parseFlags } from './args';
import { curl } from './curl';
import { nslookup } from './nslookup';
import { wget } from './wget';
import { fail, ok, type CommandOutput } from './output';
import { DEFAULT_NAMESPACE, type Session } from './session';

export function exec(session: Session, tokens: string[], counter: { next: number }): CommandOutput {
  const args = parseFlags(tokens, { values: { namespace: 'n', container: 'c' }, booleans: { stdin: 'i', tty: 't' } });
  if (typeof args === 'string') return fail(args);
  const podName = args.positional[0]?.replace(/^(pods?|po)\//, '');
  if (!podName) return fail('error: pod, type/name or --filename must be specified');
  // exec.go: arguments after the pod without `--` are refused.
  if (args.positional.length > 1)
    return fail(
      "error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples",
    );
  const namespace = last(args, 'namespace') ?? DEFAULT_NAMESPACE;
  const pod = session.store.cluster.pods.find((p) => p.namespace === namespace && p.name === podName);
  if (!pod) return fail(`Error from server (NotFound): pods "${podName}" not found`);
  if (args.rest.length === 0) return fail('error: you must specify at least one command for the container');
  return terminated(runIn(session, pod, args.rest, counter));
}

/** A command run inside a pod (exec, and `run --rm -it … -- COMMAND`), as the container prints it. */
export function runIn(session: Session, pod: PodModel, command: string[], counter: { next: number }): CommandOutput {
  const [program, ...rest] = shellUnwrap(command);
  const client = {
    from: `pod:${pod.namespace}/${pod.name}`,
    ip: pod.ip,
    hosts: Object.create(null) as Record<string, string>,
  };
  switch (program) {
    case 'curl':
      return curl(session, rest, client, counter);
    case 'nslookup':
      return nslookup(session, rest, pod);
    case 'wget':
      return wget(session, rest, pod, counter);
    case 'cat':
      return cat(session, pod, rest);
    case 'hostname':
      return ok(pod.name);
    default:
      return fail(
        `이 터미널에서 pod 안으로는 curl, wget, nslookup, cat /etc/resolv.conf, hostname만 실행할 수 있습니다. (예: kubectl exec ${pod.name} -- curl http://서비스이름)`,
        126,
      );
  }
}

/** `sh -c "curl x"`: the shell runs the one command it was given. */
function shellUnwrap(command: string[]): string[] {
  const [program, flag, script] = command;
  if ((program === 'sh' || program === 'bash' || program === '/bin/sh') && flag === '-c' && script)
    return script.split(/\s+/).filter((w) => w !== '');
  return command;
}

/** The pod's /etc/resolv.conf as kubelet writes it for dnsPolicy ClusterFirst (pkg/kubelet/network/dns). */
function cat(session: Session, pod: PodModel, files: string[]): CommandOutput {
  if (files.length === 1 && files[0] === '/etc/resolv.conf') {
    const dns = dnsLookup(session.store.cluster, 'kube-dns.kube-system', pod.namespace).addresses[0] ?? '10.96.0.10';
    return ok(
      `search ${pod.namespace}.svc.cluster.local svc.cluster.local cluster.local\nnameserver ${dns}\noptions ndots:5`,
    );
  }
  if (files.length === 1 && files[0] === '/etc/hostname') return ok(pod.name);
  return fail(files.map((f) => `cat: can't open '${f}': No such file or directory`).join('\n'), 1);
}

export function terminated(result: CommandOutput): CommandOutput {
  if (result.exitCode === 0) return result;
  const head = result.text === '' ? '' : `${result.text}\n`;
  return fail(`${head}command terminated with exit code ${result.exitCode}`, result.exitCode);
}

// kubectl run NAME --image=IMAGE [--labels] [--port [--expose]] [--restart] [--rm -it] [-- COMMAND...]
// (k8s.io/kubectl/pkg/cmd/run/run.go Validate, Run, createService). Attached (-i/-t) with a command, the
// pod runs it once and its output is printed; --rm then deletes it, as removeCreatedObjects does.
import { last, parseFlags } from './args';
import { runIn } from './exec';
import { DRY_RUN_FLAGS, generated } from './generated';
import { podFromRun, serviceFromRun } from './generators';
import { fail, finish, type CommandOutput } from './output';
import { remove } from './remove';
import { DEFAULT_NAMESPACE, type Session } from './session';

const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];

export function run(session: Session, tokens: string[], counter: { next: number }): CommandOutput {
  const args = parseFlags(tokens, {
    values: { ...DRY_RUN_FLAGS, image: '', labels: 'l', port: '', restart: '', env: '', command: '' },
    booleans: { stdin: 'i', tty: 't', rm: '', expose: '', attach: '' },
  });
  if (typeof args === 'string') return fail(args);
  const name = args.positional[0];
  if (!name) return fail('error: NAME is required for run');
  const image = last(args, 'image');
  if (!image) return fail('error: --image is required');
  const stdin = last(args, 'stdin') === 'true';
  const tty = last(args, 'tty') === 'true';
  const attach = stdin || last(args, 'attach') === 'true';
  const port = last(args, 'port');
  const restart = last(args, 'restart') ?? 'Always';
  if (tty && !stdin) return fail('error: -i/--stdin is required for containers with -t/--tty=true');
  if (last(args, 'expose') === 'true' && port === undefined)
    return fail('error: --port must be set when exposing a service');
  if (port !== undefined && !/^-?\d+$/.test(port)) return fail('error: --port must be a number');
  if (last(args, 'rm') === 'true' && !attach) return fail('error: --rm should only be used for attached containers');
  if (attach && last(args, 'dry-run') !== undefined && last(args, 'dry-run') !== 'none')
    return fail(
      "error: --dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)",
    );
  if (!RESTART_POLICIES.includes(restart))
    return fail(`error: invalid restart policy: ${restart}, valid values are: Always, OnFailure, Never`);
  const pod = podFromRun(name, image, last(args, 'labels'), port, args.rest, restart);
  if (typeof pod === 'string') return fail(pod);
  if (!attach) {
    const created = generated(session, pod, args);
    if (created.exitCode !== 0 || last(args, 'expose') !== 'true') return created;
    const service = generated(session, serviceFromRun(name, pod, Number(port), last(args, 'labels')), args);
    return finish(
      [created.text, ...(service.exitCode === 0 ? [service.text] : [])],
      service.exitCode === 0 ? [] : [service.text],
    );
  }
  return attached(session, name, pod, args.rest, last(args, 'rm') === 'true', last(args, 'namespace'), counter);
}

function attached(
  session: Session,
  name: string,
  pod: Record<string, unknown>,
  command: string[],
  removeAfter: boolean,
  namespaceFlag: string | undefined,
  counter: { next: number },
): CommandOutput {
  if (command.length === 0 || ['sh', 'bash', '/bin/sh', '/bin/bash', 'ash'].includes(command.join(' ')))
    return fail(
      `이 터미널에서는 pod 안의 대화형 셸을 열 수 없습니다. 명령을 하나씩 붙여 실행하세요: kubectl run ${name} --rm -it --image=busybox:1.28 --restart=Never -- nslookup 서비스이름 (또는 -- wget -qO- http://서비스이름)`,
    );
  const created = generated(session, pod, {
    positional: [],
    flags: new Map(namespaceFlag ? [['namespace', [namespaceFlag]]] : []),
    rest: [],
  });
  if (created.exitCode !== 0) return created;
  const namespace = namespaceFlag ?? DEFAULT_NAMESPACE;
  const model = session.store.cluster.pods.find((p) => p.namespace === namespace && p.name === name);
  const output = model ? runIn(session, model, command, counter) : fail('', 1);
  const lines = output.text === '' ? [] : [output.text];
  if (removeAfter) lines.push(remove(session, ['pod', name, '-n', namespace]).text);
  // run.go: a Never pod whose command failed ends the command with the container's exit code.
  if (output.exitCode !== 0) lines.push(`pod ${namespace}/${name} terminated (Error)`);
  return { text: lines.join('\n'), exitCode: output.exitCode };
}

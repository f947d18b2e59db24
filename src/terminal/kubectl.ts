// kubectl SUBCOMMAND ...: the subcommands a CKAD candidate uses, each in its own file, each printing what
// kubectl 1.34 prints. An unknown one gets cobra's "Did you mean this?" from kubectl's whole command list.
import { create } from './create';
import { describe } from './describe';
import { edit } from './edit';
import { exec } from './exec';
import { explain } from './explain';
import { expose } from './expose';
import { fromFile } from './files';
import { get } from './get';
import { logs } from './logs';
import { annotate, label } from './metadata';
import { fail, ok, type CommandOutput } from './output';
import { patch } from './patch';
import { portForward } from './port-forward';
import { remove } from './remove';
import { run } from './run';
import type { Session } from './session';
import { didYouMean } from './suggest';
import { rollout } from './rollout';
import { top } from './top';
import { wait } from './wait';
import { scale, setImage } from './workloads';

type Command = (session: Session, tokens: string[], counter: { next: number }) => CommandOutput;

const COMMANDS = new Map<string, Command>([
  ['get', get],
  ['describe', describe],
  ['create', create],
  ['apply', (s, t) => fromFile(s, t, 'apply')],
  ['replace', (s, t) => fromFile(s, t, 'replace')],
  ['delete', remove],
  ['edit', edit],
  ['label', label],
  ['annotate', annotate],
  ['expose', expose],
  ['run', run],
  ['exec', exec],
  ['scale', scale],
  ['set', (s, t) => (t[0] === 'image' ? setImage(s, t.slice(1)) : setUnknown(t[0]))],
  ['rollout', rollout],
  ['port-forward', portForward],
  ['explain', explain],
  ['logs', logs],
  ['patch', patch],
  ['wait', wait],
  ['top', top],
]);

/** The subcommands this terminal runs (for help and Tab). */
export const KUBECTL_COMMANDS = [...COMMANDS.keys()];

/** kubectl 1.34's root commands (k8s.io/kubectl/pkg/cmd/cmd.go), which cobra suggests from. */
const KUBECTL_ROOT_COMMANDS = [
  'annotate',
  'api-resources',
  'api-versions',
  'apply',
  'attach',
  'auth',
  'autoscale',
  'certificate',
  'cluster-info',
  'completion',
  'config',
  'cordon',
  'cp',
  'create',
  'debug',
  'delete',
  'describe',
  'diff',
  'drain',
  'edit',
  'events',
  'exec',
  'explain',
  'expose',
  'get',
  'kustomize',
  'label',
  'logs',
  'options',
  'patch',
  'plugin',
  'port-forward',
  'proxy',
  'replace',
  'rollout',
  'run',
  'scale',
  'set',
  'taint',
  'top',
  'uncordon',
  'version',
  'wait',
];

export function kubectl(session: Session, tokens: string[], counter: { next: number }): CommandOutput {
  const [command, ...rest] = tokens;
  if (command === undefined)
    return ok(
      'kubectl controls the Kubernetes cluster manager.\n\n' + KUBECTL_COMMANDS.map((c) => `  ${c}`).join('\n'),
    );
  const run = COMMANDS.get(command);
  if (run) return run(session, rest, counter);
  if (KUBECTL_ROOT_COMMANDS.includes(command))
    return fail(
      `이 터미널의 kubectl은 ${command}를 흉내 내지 않습니다. 쓸 수 있는 명령: ${KUBECTL_COMMANDS.join(', ')}`,
    );
  // cobra legacyArgs: `unknown command %q for %q` + findSuggestions; kubectl's CheckErr adds "error: ".
  return fail(`error: unknown command "${command}" for "kubectl"${didYouMean(command, KUBECTL_ROOT_COMMANDS)}`);
}

function setUnknown(sub: string | undefined): CommandOutput {
  if (sub === undefined) return fail('error: Required resource not specified.');
  return fail(`이 터미널의 kubectl set은 image만 압니다 (kubectl set image deployment/NAME CONTAINER=IMAGE).`);
}

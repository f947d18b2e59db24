// Pipes on the learner's machine: bash runs each command of `a | b` with a's stdout as b's input and answers with
// the last command's status (bash manual, "Pipelines"); a failed command's message is its stderr and stays on the
// terminal. The filters answer as GNU grep (manual: -i -v -c -n -o -w -E -F, "-A NUM", "--" between context
// groups, exit status 0 selected / 1 none / 2 error), head and tail (coreutils: -n NUM, default 10) and wc -l do.
import { describe, expect, it } from 'vitest';
import { Shell } from '../../../src/terminal/shell';

const CLUSTER = `apiVersion: v1
kind: Pod
metadata: {name: web-1, labels: {app: web}}
spec: {containers: [{name: web, image: nginx}]}
---
apiVersion: v1
kind: Pod
metadata: {name: web-2, labels: {app: web}}
spec: {containers: [{name: web, image: nginx}]}
---
apiVersion: v1
kind: Pod
metadata: {name: db, labels: {app: db}}
spec: {containers: [{name: db, image: mysql:8.4}]}
`;
const shell = () => new Shell({ cluster: CLUSTER, now: () => 0 });
const names = (text: string) => text.split('\n').map((line) => line.split(/\s+/)[0]);

describe('kubectl … | grep', () => {
  it('keeps the lines that match, and exits 0', () => {
    const out = shell().run('kubectl get pods | grep web');
    expect(names(out.text)).toEqual(['web-1', 'web-2']);
    expect(out.exitCode).toBe(0);
  });

  it('exits 1 and prints nothing when no line matches', () => {
    expect(shell().run('kubectl get pods | grep nothing')).toEqual({ text: '', exitCode: 1 });
  });

  it('-v inverts, -i ignores case, -c counts', () => {
    expect(names(shell().run('kubectl get pods | grep -v web').text)).toEqual(['NAME', 'db']);
    expect(names(shell().run('kubectl get pods | grep -i WEB-1').text)).toEqual(['web-1']);
    expect(shell().run('kubectl get pods | grep -c web')).toEqual({ text: '2', exitCode: 0 });
  });

  it('reads a basic pattern: | is literal unless escaped; -E makes it alternation', () => {
    expect(shell().run("kubectl get pods | grep 'db|web'").exitCode).toBe(1);
    expect(names(shell().run("kubectl get pods | grep 'db\\|web-2'").text)).toEqual(['db', 'web-2']);
    expect(names(shell().run("kubectl get pods | grep -E 'db|web-2'").text)).toEqual(['db', 'web-2']);
  });

  // kubectl get pods lists by name: NAME, db, web-1, web-2.
  it('prints context after a match with -A, numbered with -n, groups apart separated by --', () => {
    const out = shell().run('kubectl get pods | grep -n -A1 -e db -e web-1');
    expect(out.text.split('\n').map((line) => line.replace(/\s.*/, ''))).toEqual(['2:db', '3:web-1', '4-web-2']);
    const apart = shell().run('kubectl get pods | grep -A0 -e NAME -e web-2');
    expect(names(apart.text)).toEqual(['NAME', '--', 'web-2']);
  });
});

describe('head, tail and wc -l', () => {
  it('head -n 2 and tail -1 keep lines from either end', () => {
    expect(names(shell().run('kubectl get pods | head -n 2').text)).toEqual(['NAME', 'db']);
    expect(names(shell().run('kubectl get pods | tail -1').text)).toEqual(['web-2']);
    expect(names(shell().run('kubectl get pods | tail -n +3').text)).toEqual(['web-1', 'web-2']);
  });

  it('wc -l counts the lines, header included', () => {
    expect(shell().run('kubectl get pods | wc -l')).toEqual({ text: '4', exitCode: 0 });
    expect(shell().run('kubectl get pods --no-headers | wc -l').text).toBe('3');
  });
});

describe('what a pipeline does around the filters', () => {
  it("keeps a failed command's message on the terminal and answers with the last status", () => {
    expect(shell().run('kubectl get pod nope | grep nope')).toEqual({
      text: 'Error from server (NotFound): pods "nope" not found',
      exitCode: 1,
    });
    expect(shell().run('kubectl get pod nope | wc -l')).toEqual({
      text: 'Error from server (NotFound): pods "nope" not found\n0',
      exitCode: 0,
    });
  });

  it('does not split at a quoted |, and a pipe with nothing after it is a syntax error', () => {
    expect(shell().run("kubectl get pods | grep -E 'web-1|db' | wc -l").text).toBe('2');
    expect(shell().run('kubectl get pods |')).toEqual({
      text: "bash: syntax error near unexpected token `|'",
      exitCode: 2,
    });
  });

  it('says which programs it can pipe into, rather than pretending', () => {
    const out = shell().run("kubectl get pods | awk '{print $1}'");
    expect(out.exitCode).toBe(127);
    expect(out.text).toContain('awk');
  });
});

// Redirections (bash manual, "Redirections"): `> FILE` sends stdout to a file, `>>` appends, `2> /dev/null`
// discards stderr, `2>&1` sends stderr where stdout goes. The course's way to start a manifest is
// `kubectl create … --dry-run=client -o yaml > svc.yaml`, then edit and apply it.
describe('redirections', () => {
  const withFiles = () => {
    const files: Record<string, string> = { 'svc.yaml': 'kept\n' };
    const sh = new Shell({
      cluster: CLUSTER,
      files: () => files,
      writeFile: (name, text) => {
        if (!(name in files)) return false;
        files[name] = text;
        return true;
      },
      now: () => 0,
    });
    return { sh, files };
  };

  it('> FILE puts the output in the lab file, which apply then reads', () => {
    const { sh, files } = withFiles();
    const out = sh.run('kubectl create service nodeport web --tcp=80:8080 --dry-run=client -o yaml > svc.yaml');
    expect(out).toEqual({ text: '', exitCode: 0 });
    expect(files['svc.yaml']).toMatch(/^apiVersion: v1\nkind: Service\n[\s\S]*type: NodePort\n/);
    expect(sh.run('kubectl apply -f svc.yaml').text).toBe('service/web created');
  });

  it('>> appends; a failed command leaves the file as it was and shows its error', () => {
    const { sh, files } = withFiles();
    expect(sh.run('kubectl get pods --no-headers -o name >> svc.yaml').exitCode).toBe(0);
    expect(files['svc.yaml']).toBe('kept\npod/db\npod/web-1\npod/web-2\n');
    const failed = sh.run('kubectl get pod nope > svc.yaml');
    expect(failed).toEqual({ text: 'Error from server (NotFound): pods "nope" not found', exitCode: 1 });
    expect(files['svc.yaml']).toBe('kept\npod/db\npod/web-1\npod/web-2\n');
  });

  it('cannot create a new file: says so and shows the output to copy', () => {
    const { sh } = withFiles();
    const out = sh.run('kubectl get pods -o name > new.yaml');
    expect(out.exitCode).toBe(0);
    expect(out.text.split('\n')).toEqual([expect.stringContaining('svc.yaml'), 'pod/db', 'pod/web-1', 'pod/web-2']);
  });

  it('2> /dev/null hides an error, > /dev/null the output, and 2>&1 pipes the error', () => {
    const { sh } = withFiles();
    expect(sh.run('kubectl get pod nope 2>/dev/null')).toEqual({ text: '', exitCode: 1 });
    expect(sh.run('kubectl get pods > /dev/null')).toEqual({ text: '', exitCode: 0 });
    expect(sh.run('kubectl get pod nope 2>&1 | grep -c NotFound')).toEqual({ text: '1', exitCode: 0 });
  });
});

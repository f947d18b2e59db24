// curl's options that shape what a transfer prints (curl 8: docs/cmdline-opts/*.md, src/tool_operate.c
// post_per_transfer, src/tool_writeout.c, lib/http.c), against the Ingress lab's controller: /wear is served,
// /nope is ingress-nginx's 404, and port 39999 on the node refuses.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Shell } from '../../../src/terminal/shell';

const CLUSTER = readFileSync(new URL('../../../content/examples/lab-ingress-1.yaml', import.meta.url), 'utf8');
const shell = () => new Shell({ cluster: CLUSTER, now: () => 0 });
const OK = 'http://192.168.1.2:30080/wear';
const MISSING = 'http://192.168.1.2:30080/nope';
const CLOSED = 'http://192.168.1.2:39999/';

describe('curl -o and -w', () => {
  // --write-out: %{http_code} is the response code, 000 when there was none (tool_writeout.c, "%03ld").
  it('prints only the status with -s -o /dev/null -w "%{http_code}"', () => {
    expect(shell().run(`curl -s -o /dev/null -w "%{http_code}" ${OK}`)).toEqual({ text: '200', exitCode: 0 });
    expect(shell().run(`curl -s -o /dev/null -w "%{http_code}\\n" ${MISSING}`)).toEqual({ text: '404\n', exitCode: 0 });
  });

  it('writes 000 after the error when no server answered, and keeps the exit code', () => {
    expect(shell().run(`curl -w "%{http_code}" ${CLOSED}`)).toEqual({
      text: 'curl: (7) Failed to connect to 192.168.1.2 port 39999 after 0 ms: Could not connect to server\n000',
      exitCode: 7,
    });
    expect(shell().run(`curl -s -w "%{http_code}" ${CLOSED}`)).toEqual({ text: '000', exitCode: 7 });
  });

  it('reads a value attached to its letter and a bundle of short options (-sSo/dev/null)', () => {
    expect(shell().run(`curl -sSo/dev/null -w%{http_code} ${OK}`)).toEqual({ text: '200', exitCode: 0 });
  });
});

describe('curl -f', () => {
  // --fail: an HTTP response of 400 or more fails with CURLE_HTTP_RETURNED_ERROR (22), without the body
  // (lib/http.c: "The requested URL returned error: %d"); -s hides the message.
  it('fails with 22 on a 404 and prints no page', () => {
    expect(shell().run(`curl -f ${MISSING}`)).toEqual({
      text: 'curl: (22) The requested URL returned error: 404',
      exitCode: 22,
    });
    expect(shell().run(`curl -sf ${MISSING}`)).toEqual({ text: '', exitCode: 22 });
  });

  it('changes nothing for a 200', () => {
    expect(shell().run(`curl -f ${OK}`)).toEqual({ text: 'Hot Apparels (wear)', exitCode: 0 });
  });
});

describe('real curl options whose output the terminal does not draw', () => {
  it('says so for -v and still prints the page', () => {
    const out = shell().run(`curl -v ${OK}`);
    expect(out.exitCode).toBe(0);
    expect(out.text.split('\n')).toEqual([expect.stringContaining('-v'), 'Hot Apparels (wear)']);
  });

  it('prints no body for -I (a HEAD request), only the note', () => {
    const out = shell().run(`curl -I ${OK}`);
    expect(out.text).not.toContain('Hot Apparels');
    expect(out.text).toContain('-I');
  });

  it('still refuses an option curl does not have', () => {
    expect(shell().run(`curl --bogus ${OK}`).exitCode).toBe(2);
  });
});

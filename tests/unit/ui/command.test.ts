import { describe, expect, it } from 'vitest';
import { DEFAULT_CLIENT, parseCommand } from '../../../src/ui/command';
import { splitWords } from '../../../src/terminal/args';

describe('parseCommand', () => {
  it('runs a plain curl from the notes laptop', () => {
    expect(parseCommand('curl http://192.168.1.2:30008')).toEqual({
      ok: true,
      request: { from: DEFAULT_CLIENT, url: 'http://192.168.1.2:30008' },
    });
  });

  it('adds http:// when the scheme is left out, as curl does', () => {
    const parsed = parseCommand('curl 192.168.1.2:30008/x');
    expect(parsed.ok && parsed.request.url).toBe('http://192.168.1.2:30008/x');
  });

  it('reads -H headers, quoted or not, and ignores output flags', () => {
    const parsed = parseCommand(`curl -s -H 'Host: shop.example.com' --header "X-Y:  z" http://10.0.0.1/watch`);
    expect(parsed).toEqual({
      ok: true,
      request: {
        from: DEFAULT_CLIENT,
        url: 'http://10.0.0.1/watch',
        headers: { Host: 'shop.example.com', 'X-Y': 'z' },
      },
    });
  });

  it('runs kubectl exec from the pod, in its namespace', () => {
    expect(parseCommand('kubectl exec frontend -- curl http://backend')).toEqual({
      ok: true,
      request: { from: 'pod:default/frontend', url: 'http://backend' },
    });
    const parsed = parseCommand('kubectl exec -it -n prod pod/web -c nginx -- curl backend:8080');
    expect(parsed).toEqual({ ok: true, request: { from: 'pod:prod/web', url: 'http://backend:8080' } });
  });

  it('uses the given client for a plain curl', () => {
    const parsed = parseCommand('curl http://x', 'pod:default/a');
    expect(parsed.ok && parsed.request.from).toBe('pod:default/a');
  });

  it.each([
    ['', '비어'],
    ['wget http://x', 'curl'],
    ['curl', 'URL'],
    ["curl -H 'Host' http://x", '-H'],
    ['curl --data x http://x', '--data'],
    ["curl 'http://x", '따옴표'],
    ['kubectl exec -- curl http://x', 'pod'],
    ['kubectl exec web curl http://x', '--'],
  ])('explains what it cannot run: %s', (line, word) => {
    const parsed = parseCommand(line);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problem).toContain(word);
  });
});

describe('splitWords', () => {
  it('splits like a shell on quotes and backslashes', () => {
    expect(splitWords(`a 'b c' "d \\"e\\"" f\\ g`)).toEqual(['a', 'b c', 'd "e"', 'f g']);
    expect(splitWords(`''`)).toEqual(['']);
    expect(splitWords(`"open`)).toBeNull();
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCluster, route } from '../../../src/engine';
import { outcomeOf } from '../../../src/ui/trace';
import { joinWorkspace } from '../../../src/ui/workspace';

const example = (name: string) => readFileSync(new URL(`../../../content/examples/${name}`, import.meta.url), 'utf8');

/** The rewrite FAQ's shop with one of its Ingress files, as the page's workspace joins them. */
function shopWith(ingress: string) {
  const source = { title: ingress, text: example(ingress), errors: 0, edited: false };
  return loadCluster(joinWorkspace(example('rewrite-shop.yaml'), [source]).text);
}

describe('outcomeOf', () => {
  it('names the path the pod receives after a rewrite-target, next to the pod', () => {
    const result = route(shopWith('rewrite-target.yaml'), {
      from: 'ip:203.0.113.7',
      url: 'http://my-online-store.com/watch/movies/1',
    });
    expect(result.outcome).toBe('delivered');
    const detail = outcomeOf(result).detail ?? '';
    expect(detail).toContain(`받는 경로 ${result.path}`);
    expect(detail).toContain(result.endpoints[0]!.pod);
  });

  it('keeps the path the client asked for when nothing rewrites it', () => {
    const result = route(shopWith('rewrite-none.yaml'), {
      from: 'ip:203.0.113.7',
      url: 'http://my-online-store.com/watch/movies/1',
    });
    expect(outcomeOf(result).detail).toContain('받는 경로 /watch/movies/1');
  });

  it('the capture group keeps the rest of the path', () => {
    const result = route(shopWith('rewrite-capture.yaml'), {
      from: 'ip:203.0.113.7',
      url: 'http://my-online-store.com/watch/movies/1',
    });
    expect(outcomeOf(result).detail).toContain('받는 경로 /movies/1');
  });
});

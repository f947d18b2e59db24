// The lab's runtime hands out its shell only once `kubectl explain` can answer as kubectl does: a first command
// typed right after the runtime loaded gets the schema, never the terminal's own "still loading" message.
import { expect, it, vi } from 'vitest';

it('answers a first kubectl explain with the schema, not a loading message', async () => {
  // The schema chunk held back until the runtime has been asked for, as on a slow network.
  let release = (): void => undefined;
  const arrived = new Promise<void>((resolve) => (release = resolve));
  vi.resetModules();
  vi.doMock('../../../src/terminal/explain-data.json', async (original) => {
    await arrived;
    return original();
  });
  const { createRuntime } = await import('../../../components/lab/runtime');
  const pending = createRuntime(
    'services',
    () => ({}),
    () => false,
  );
  release();
  const { text } = (await pending).shell.run('kubectl explain service');
  // kubernetes staging/src/k8s.io/kubectl/pkg/explain/v2/templates/plaintext.tmpl: no GROUP line for the core
  // group, then KIND and VERSION padded to the same column.
  expect(text.startsWith('KIND:       Service\nVERSION:    v1\n')).toBe(true);
  // A fresh module graph (the engine and every lab) takes seconds to import on a loaded machine.
}, 60_000);

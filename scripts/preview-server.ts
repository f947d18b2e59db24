// A production build served by `astro preview` for the benches that need a browser (keystroke, Lighthouse).
// Started directly, not through npx, so stopping it stops the server; --ignore-lock lets it run beside others.
import { spawn } from 'node:child_process';

export interface PreviewServer {
  url: string;
  stop: () => void;
}

export async function startPreview(outDir: string, port: number): Promise<PreviewServer> {
  const server = spawn(
    'node_modules/.bin/astro',
    ['preview', '--ignore-lock', '--outDir', outDir, '--port', String(port)],
    { stdio: 'ignore' },
  );
  const url = `http://localhost:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/`)).ok) return { url, stop: () => server.kill() };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`preview did not start on ${url}`);
}

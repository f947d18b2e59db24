// Every manifest under content/examples/ is validated during the build: an example meant to be valid that
// has an error fails the build, and so does one meant to show an error that has none (see checkExample).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkExample } from '../engine';

export function listExamples(dir: string): { name: string; text: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

export function checkExamples(): AstroIntegration {
  let srcDir: URL;
  return {
    name: 'check-examples',
    hooks: {
      'astro:config:done': ({ config }) => {
        srcDir = config.srcDir;
      },
      'astro:build:start': ({ logger }) => {
        const dir = fileURLToPath(new URL('content/examples/', srcDir));
        const examples = listExamples(dir);
        const problems = examples.flatMap(({ name, text }) => checkExample(name, text).map((p) => `${name}: ${p}`));
        if (problems.length > 0) {
          throw new Error(`content/examples에 기대와 다른 예제가 있습니다:\n${problems.join('\n')}`);
        }
        logger.info(`${examples.length} example manifests checked`);
      },
    },
  };
}

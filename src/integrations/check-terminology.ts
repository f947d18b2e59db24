// The build fails when a page uses a term against content/TERMINOLOGY.md (see terminology.ts): every MDX under
// content/docs is read as the unit test reads it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { TERMS } from '../../content/glossary';
import { checkTerminology, isChapter, isExempt } from './terminology';

export function listPages(dir: string): { name: string; text: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({ name: name.split('\\').join('/'), text: readFileSync(join(dir, name), 'utf8') }));
}

export function terminologyProblems(dir: string): string[] {
  return listPages(dir)
    .filter(({ name }) => !isExempt(name))
    .flatMap(({ name, text }) =>
      checkTerminology(text, TERMS, { gloss: isChapter(name) }).map((p) => `${name}:${p.line}: ${p.message}`),
    );
}

export function checkTerminologyIntegration(): AstroIntegration {
  let srcDir: URL;
  return {
    name: 'check-terminology',
    hooks: {
      'astro:config:done': ({ config }) => {
        srcDir = config.srcDir;
      },
      'astro:build:start': ({ logger }) => {
        const problems = terminologyProblems(fileURLToPath(new URL('content/docs/', srcDir)));
        if (problems.length > 0) {
          throw new Error(`용어 규칙(content/TERMINOLOGY.md)에 어긋난 곳이 있습니다:\n${problems.join('\n')}`);
        }
        logger.info('terminology checked');
      },
    },
  };
}

// The terminology rule (content/TERMINOLOGY.md) holds on every page, and the check flags what breaks it.
// Expected findings are written by hand from the rule, not computed by the checker.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TERMS } from '../../../content/glossary';
import { checkTerminology } from '../../../src/integrations/terminology';
import { terminologyProblems } from '../../../src/integrations/check-terminology';

const docs = fileURLToPath(new URL('../../../content/docs/', import.meta.url));

describe('terminology', () => {
  it('every page under content/docs follows the rule', () => {
    expect(terminologyProblems(docs)).toEqual([]);
  });

  const chapter = (body: string) => `---\ntitle: x\nsearchTerms: [파드]\n---\n\nimport A from './a';\n\n${body}\n`;
  const lines = (body: string) =>
    checkTerminology(chapter(body), TERMS, { gloss: true }).map((p) => `${p.line}: ${p.message.split(' ')[0]}`);

  it.each([
    ['a chapter glossed at first use', '[pod](/glossary/#pod)(파드) 하나, 그리고 pod 둘', []],
    ['the Korean spelling alone', '[pod](/glossary/#pod)(파드)가 뜨면 파드 IP가 바뀜', ['8: "파드"']],
    ['first use without the gloss', 'pod 하나, 그리고 [pod](/glossary/#pod)(파드) 둘', ['8: pod의']],
    ['the term only in code', '`pod`와 `podSelector`', []],
    ['the term only in a heading', '## pod 이야기', []],
    ['a link titled with the term', '[Service 장](/services/) 참고', []],
    ['a kubernetes.io/ko title keeps its Korean', '[서비스 및 파드용 DNS](https://kubernetes.io/ko/docs/x/)', []],
    ['mixed Korean and English', 'frontend에 load 분산', ['8: "load']],
  ])('%s', (_name, body, expected) => {
    expect(lines(body)).toEqual(expected);
  });

  it('the 용어집 page lists every term of content/glossary.ts under a heading that gives its anchor', () => {
    const page = readFileSync(`${docs}glossary.mdx`, 'utf8');
    for (const term of TERMS) {
      expect(page).toContain(`## ${term.en}\n\n**${term.ko}** — ${term.definition}\n`);
    }
    const slug = (text: string) =>
      text
        .toLowerCase()
        .replace(/[^a-z0-9 -]/g, '')
        .replace(/ /g, '-');
    expect(TERMS.map((t) => slug(t.en))).toEqual(TERMS.map((t) => t.id));
  });

  it('labs and the home page only avoid banned spellings', () => {
    expect(checkTerminology('cluster를 살펴봄', TERMS, { gloss: false })).toEqual([]);
    expect(checkTerminology('클러스터를 살펴봄', TERMS, { gloss: false })).toHaveLength(1);
  });
});

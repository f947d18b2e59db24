// The terminology rule of content/TERMINOLOGY.md as a check over a chapter's MDX source: Kubernetes terms are
// written in English as the notes write them; the Korean term of kubernetes.io/ko appears once, in parentheses
// after the chapter's first use, linked to the 용어집 ([pod](/glossary/#pod)(파드)). Only prose counts: code,
// frontmatter, imports, component tags and link targets are left out before checking.
import type { Term } from '../../content/glossary';

export interface TermProblem {
  line: number;
  message: string;
}

/** The prose of an MDX file, line by line (same line numbers), with everything that is not prose blanked. */
export function proseLines(mdx: string): string[] {
  const lines = mdx.split('\n');
  const out: string[] = [];
  let inFront = lines[0] === '---';
  let inFence = false;
  let inTag = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (inFront) {
      if (i > 0 && line === '---') inFront = false;
      out.push('');
      continue;
    }
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      out.push('');
      continue;
    }
    // A component tag may span lines (<RouteSimulator ... />); its attributes are not prose.
    if (inTag) {
      if (/\/?>\s*$/.test(line)) inTag = false;
      out.push('');
      continue;
    }
    if (inFence || /^import\s/.test(line)) {
      out.push('');
      continue;
    }
    if (/^\s*<[A-Za-z/]/.test(line)) {
      if (!/>\s*$/.test(line)) inTag = true;
      // Text after a one-line opening tag (<summary>답 보기</summary>) is prose.
      out.push(line.replace(/<[^>]*>/g, ' '));
      continue;
    }
    out.push(
      line
        .replace(/`[^`]*`/g, ' ')
        // A link's text is the target's name ("[Services 장](/services/)"), not a use; a gloss stays.
        .replace(/\[[^\]]*\]\((?!\/glossary\/)[^)]*\)/g, ' ')
        .replace(/\]\([^)]*\)/g, ']')
        .replace(/<[^>]*>/g, ' ')
        .replace(/https?:\/\/\S+/g, ' '),
    );
  }
  return out;
}

function glossOf(term: Term): string {
  return `[${term.en}](/glossary/#${term.id})(${term.ko})`;
}

/** Link text of kubernetes.io/ko references keeps the page's own Korean title: "[서비스 및 파드용 DNS](...)". */
function withoutKoreanLinkTitles(source: string): string {
  return source.replace(/\[[^\]]*\]\(https:\/\/kubernetes\.io\/ko\/[^)]*\)/g, ' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Problems in one chapter. `gloss`: whether the chapter must gloss its terms (chapters do; labs, home and the
 * 용어집 itself do not). */
export function checkTerminology(mdx: string, terms: Term[], options: { gloss: boolean }): TermProblem[] {
  const problems: TermProblem[] = [];
  const source = withoutKoreanLinkTitles(mdx);
  const prose = proseLines(source);
  const glossed = new Set<string>();
  // A gloss's own parentheses are the one place a Korean term stands ("(노드포트)" holds 노드 too).
  const withoutGlosses = prose.map((line) => terms.reduce((l, t) => l.split(`(${t.ko})`).join(' '), line));
  for (const term of terms) {
    for (const word of term.banned) {
      withoutGlosses.forEach((cleaned, i) => {
        if (cleaned.includes(word)) {
          problems.push({ line: i + 1, message: `"${word}" 대신 ${term.en} (용어집: /glossary/#${term.id})` });
        }
      });
    }
    if (!options.gloss || !term.glossAtFirstUse) continue;
    const forms = (term.forms ?? [term.en]).map(escapeRegExp).join('|');
    const use = new RegExp(`(?<![A-Za-z-])(${forms})(?![A-Za-z-])`);
    const first = prose.findIndex((line) => !/^\s*#/.test(line) && use.test(line));
    if (first === -1) continue;
    glossed.add(term.id);
    const rawLine = source.split('\n')[first] ?? '';
    const firstUse = rawLine.search(use);
    const glossAt = rawLine.search(
      new RegExp(`\\[(${forms})\\]\\(/glossary/#${escapeRegExp(term.id)}\\)\\(${escapeRegExp(term.ko)}\\)`),
    );
    if (glossAt === -1 || !firstUseIsGloss(rawLine, use, glossAt)) {
      problems.push({
        line: first + 1,
        message: `${term.en}의 첫 사용은 ${glossOf(term)} 형태여야 함 (첫 사용: 열 ${firstUse + 1})`,
      });
    }
  }
  return problems;
}

/** The first use on the line, outside code and link targets, is the gloss itself. */
function firstUseIsGloss(rawLine: string, use: RegExp, glossAt: number): boolean {
  const before = rawLine
    .slice(0, glossAt)
    .replace(/`[^`]*`/g, ' ')
    .replace(/\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/<[^>]*>/g, ' ');
  return !use.test(before);
}

/** The gloss rewritten into a chapter: its first prose use of each term becomes [en](/glossary/#id)(ko). Used once
 * to bring the chapters to the rule; kept so a new chapter can be brought to it the same way. */
export function addGlosses(mdx: string, terms: Term[]): string {
  const lines = mdx.split('\n');
  const prose = proseLines(withoutKoreanLinkTitles(mdx));
  for (const term of terms) {
    if (!term.glossAtFirstUse) continue;
    const forms = (term.forms ?? [term.en]).map(escapeRegExp).join('|');
    const use = new RegExp(`(?<![A-Za-z-])(${forms})(?![A-Za-z-])`);
    const first = prose.findIndex((line) => !/^\s*#/.test(line) && use.test(line));
    if (first === -1 || lines.some((l) => l.includes(`](/glossary/#${term.id})(${term.ko})`))) continue;
    const raw = lines[first] ?? '';
    // Find the first match in raw that is not inside inline code or a link target.
    const blank = (m: string) => ' '.repeat(m.length);
    const masked = raw
      .replace(/`[^`]*`/g, blank)
      .replace(/\[[^\]]*\]\([^)]*\)/g, blank)
      .replace(/<[^>]*>/g, blank);
    const at = masked.search(use);
    if (at === -1) continue;
    const word = masked.slice(at).match(use)?.[1] ?? term.en;
    lines[first] = `${raw.slice(0, at)}[${word}](/glossary/#${term.id})(${term.ko})${raw.slice(at + word.length)}`;
  }
  return lines.join('\n');
}

/** Pages the rule does not apply to: the 용어집 itself (it lists the Korean terms) and pages other branches own. */
export function isExempt(name: string): boolean {
  return name === 'glossary.mdx' || name === 'gateway-api.mdx' || name === 'labs/gateway-api.mdx';
}

/** Chapters gloss their terms; the home page, 404 and the labs' short introductions only avoid banned spellings. */
export function isChapter(name: string): boolean {
  return !name.startsWith('labs/') && name !== 'index.mdx' && name !== '404.mdx';
}

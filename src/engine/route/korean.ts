// Korean particles after names, numbers and addresses: 은/는, 이/가, 을/를, (으)로 depend on whether the
// word, read aloud, ends in a final consonant (받침) — 국립국어원 표준국어대사전 on the particles: the first
// form after a consonant, the second after a vowel; (으)로 takes 로 after a vowel or ㄹ. Digits, initialisms
// and Latin words have no 받침 of their own, so the word is read as Korean readers say it:
// 192.168.1.10 → "십" → 은; 30008 → "팔" → 로; DNS → "에스" → 는; web → "웹" → 은; node → "노드" → 는.

type Final = 'none' | 'rieul' | 'other';

/** Digits as read in Korean: 영 일 이 삼 사 오 육 칠 팔 구. A last 0 is read 영, or as a unit — 십, 백, 천, 만 — all ending in a consonant. */
const DIGIT_FINAL: Record<string, Final> = {
  '0': 'other',
  '1': 'rieul',
  '2': 'none',
  '3': 'other',
  '4': 'none',
  '5': 'none',
  '6': 'other',
  '7': 'rieul',
  '8': 'rieul',
  '9': 'none',
};

/** Capital letters of an initialism, read by name: 엘(L) 알(R) end in ㄹ, 엠(M) 엔(N) in another consonant; 에이, 비, 시 … in none. */
const LETTER_NAME_FINAL: Record<string, Final> = { L: 'rieul', R: 'rieul', M: 'other', N: 'other' };

/** All-capital words read as words, not spelled out, whose reading ends in a consonant: 겟 GET, 풋 PUT, 씨네임 CNAME. */
const CAPITAL_WORDS: Record<string, Final> = { GET: 'other', PUT: 'other', CNAME: 'other' };

const VOWEL = /[aeiou]/;

function final(word: string): Final {
  const text = word.trim().replace(/[)\]}'"`.,:;!?\s]+$/, '');
  const last = text.slice(-1);
  if (last === '') return 'none';
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) {
    const jong = (code - 0xac00) % 28;
    return jong === 0 ? 'none' : jong === 8 ? 'rieul' : 'other';
  }
  if (/\d/.test(last)) return DIGIT_FINAL[last] ?? 'none';
  const capitals = /[A-Z]{2,}$/.exec(text)?.[0];
  if (capitals) return CAPITAL_WORDS[capitals] ?? LETTER_NAME_FINAL[last] ?? 'none';
  const latin = /[A-Za-z]+$/.exec(text)?.[0];
  return latin ? latinFinal(latin.toLowerCase()) : 'none';
}

/**
 * A Latin word's last sound as it is written in Hangul (외래어 표기법, 국립국어원, 제3장 제1절 제1항: a voiceless
 * stop [p], [t], [k] after a short vowel becomes a 받침 — 갭 gap, 캣 cat, 북 book; 제3항: elsewhere it takes 으 —
 * 포트 port, 링크 link; 제2절: a final voiced stop takes 으 — 로그 log, 노드 node). Spelling stands in for sound:
 * a single vowel letter before the stop is read as short. b after a short vowel follows the established
 * spellings 웹 web, 탭 tab, 잡 job rather than 으; ng is ㅇ (스트링 string); a silent e leaves l, m, n as the
 * 받침 (파일 file, 네임 name, 라인 line).
 */
function latinFinal(word: string): Final {
  const silentE = /(?:[aeiou]([lmn])|(l))e$/.exec(word);
  const stem = silentE ? word.slice(0, -1) : word;
  const last = stem.slice(-1);
  if (last === 'l') return 'rieul';
  if (last === 'm' || last === 'n') return 'other';
  if (stem.endsWith('ng')) return 'other';
  if (!'bcktp'.includes(last)) return 'none';
  // ck, pp, tt, bb spell one stop after the vowel (스택 stack, 앱 app).
  const body = stem.replace(/ck$/, 'k').replace(/(?:bb|pp|tt)$/, last);
  const vowel = body.at(-2) ?? '';
  const beforeVowel = body.at(-3) ?? '';
  return VOWEL.test(vowel) && !VOWEL.test(beforeVowel) ? 'other' : 'none';
}

export function topic(word: string): string {
  return `${word}${final(word) === 'none' ? '는' : '은'}`;
}

export function subject(word: string): string {
  return `${word}${final(word) === 'none' ? '가' : '이'}`;
}

export function object(word: string): string {
  return `${word}${final(word) === 'none' ? '를' : '을'}`;
}

export function toward(word: string): string {
  const f = final(word);
  return `${word}${f === 'other' ? '으로' : '로'}`;
}

// Korean particles after names, numbers and addresses: 은/는, 이/가, 을/를, (으)로 depend on whether the
// word, read aloud, ends in a final consonant (192.168.1.10 → "십" → 은; 30008 → "팔" → 로).

/** Digits as read in Korean: 영 일 이 삼 사 오 육 칠 팔 구. */
const DIGIT_FINAL: Record<string, 'none' | 'rieul' | 'other'> = {
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
/** Latin letters as read in Korean: 엘(l) 엠(m) 엔(n) end in a consonant. */
const LETTER_FINAL: Record<string, 'rieul' | 'other'> = { l: 'rieul', m: 'other', n: 'other' };

function final(word: string): 'none' | 'rieul' | 'other' {
  const last = word
    .trim()
    .replace(/[)\]}'"`.,:;!?\s]+$/, '')
    .slice(-1);
  if (last === '') return 'none';
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) {
    const jong = (code - 0xac00) % 28;
    return jong === 0 ? 'none' : jong === 8 ? 'rieul' : 'other';
  }
  // A last 0 is read 영, or as a unit — 십, 백, 천, 만 — all ending in a consonant.
  if (/\d/.test(last)) return DIGIT_FINAL[last]!;
  return LETTER_FINAL[last.toLowerCase()] ?? 'none';
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

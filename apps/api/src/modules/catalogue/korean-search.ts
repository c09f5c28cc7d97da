/**
 * Korean-aware matching for the public catalogue: a word typed with a slip of one jamo (디지탈 for 디지털, 코딍 for 코딩)
 * still finds the course. Each Hangul syllable is decomposed into its jamo (initial, medial, final); a query word is
 * compared with every window of the same number of syllables in the text by the Dice coefficient of their jamo bigrams.
 * Exact substrings score 1. Pure and bounded (the query and the text are cut to fixed lengths).
 */
const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const MEDIALS = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
const FINALS = [
  '',
  'ㄱ',
  'ㄲ',
  'ㄳ',
  'ㄴ',
  'ㄵ',
  'ㄶ',
  'ㄷ',
  'ㄹ',
  'ㄺ',
  'ㄻ',
  'ㄼ',
  'ㄽ',
  'ㄾ',
  'ㄿ',
  'ㅀ',
  'ㅁ',
  'ㅂ',
  'ㅄ',
  'ㅅ',
  'ㅆ',
  'ㅇ',
  'ㅈ',
  'ㅊ',
  'ㅋ',
  'ㅌ',
  'ㅍ',
  'ㅎ',
];
export const MAX_QUERY_CHARS = 40;
const MAX_TEXT_CHARS = 400;

/** The jamo of a string: Hangul syllables decomposed, other letters lower-cased, the rest dropped. */
export function jamo(text: string): string {
  let out = '';
  for (const ch of text.slice(0, MAX_TEXT_CHARS)) {
    const c = ch.codePointAt(0)!;
    if (c >= 0xac00 && c <= 0xd7a3) {
      const i = c - 0xac00;
      out += INITIALS[Math.floor(i / 588)]! + MEDIALS[Math.floor((i % 588) / 28)]! + FINALS[i % 28]!;
    } else if (/[\p{L}\p{N}]/u.test(ch)) out += ch.toLowerCase();
  }
  return out;
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  const chars = [...s];
  for (let i = 0; i + 1 < chars.length; i++) {
    const b = chars[i]! + chars[i + 1]!;
    m.set(b, (m.get(b) ?? 0) + 1);
  }
  return m;
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  let common = 0;
  let total = 0;
  for (const [k, n] of a) {
    common += Math.min(n, b.get(k) ?? 0);
    total += n;
  }
  for (const n of b.values()) total += n;
  return total ? (2 * common) / total : 0;
}

/** The words of a query (Hangul, letters and digits), at most 5, each cut to 10 characters. */
export function queryWords(q: string): string[] {
  return q
    .slice(0, MAX_QUERY_CHARS)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 5)
    .map((w) => w.slice(0, 10));
}

/** How well one query word matches a text, 0–1. */
export function wordScore(word: string, text: string): number {
  const lower = text.toLowerCase();
  if (lower.includes(word.toLowerCase())) return 1;
  const n = [...word].length;
  if (n < 2) return 0;
  const target = bigrams(jamo(word));
  let best = 0;
  // Windows of exactly as many syllables as the word, inside one word of the text (never across a space).
  for (const token of text.slice(0, MAX_TEXT_CHARS).split(/[^\p{L}\p{N}]+/u)) {
    const syllables = [...token];
    for (let i = 0; i + n <= syllables.length; i++) {
      best = Math.max(best, dice(target, bigrams(jamo(syllables.slice(i, i + n).join('')))));
      if (best === 1) return 1;
    }
  }
  return best;
}

/**
 * A text's score for a whole query: every word must match at least its threshold — 0.5 for a two-syllable word (one
 * slipped vowel or consonant leaves half its jamo pairs), 0.6 for longer ones; the score is their mean (0: no match).
 */
export function matchScore(words: readonly string[], text: string): number {
  if (!words.length) return 1;
  let sum = 0;
  for (const w of words) {
    const s = wordScore(w, text);
    if (s < ([...w].length <= 2 ? 0.5 : 0.6)) return 0;
    sum += s;
  }
  return sum / words.length;
}

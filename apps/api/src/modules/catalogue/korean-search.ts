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

/** The jamo of one character: a Hangul syllable decomposed, another letter or digit lower-cased, the rest nothing. */
function charJamo(ch: string): string {
  const c = ch.codePointAt(0)!;
  if (c >= 0xac00 && c <= 0xd7a3) {
    const i = c - 0xac00;
    return INITIALS[Math.floor(i / 588)]! + MEDIALS[Math.floor((i % 588) / 28)]! + FINALS[i % 28]!;
  }
  return /[\p{L}\p{N}]/u.test(ch) ? ch.toLowerCase() : '';
}

/** The jamo of a string: Hangul syllables decomposed, other letters lower-cased, the rest dropped. */
export function jamo(text: string): string {
  let out = '';
  for (const ch of text.slice(0, MAX_TEXT_CHARS)) out += charJamo(ch);
  return out;
}

/** A text made ready to be searched many times: lower-cased, and its words as the jamo of each syllable. */
export interface Prepared {
  lower: string;
  words: string[][];
  /** Every jamo pair inside its words: a word sharing none of them cannot match (checked before any window). */
  pairs: Set<string>;
  /** The jamo pairs of every window of n syllables, by n (made on first use, then kept with the text). */
  windows: Map<number, string[][]>;
}

export function prepare(text: string): Prepared {
  const cut = text.slice(0, MAX_TEXT_CHARS);
  const words = cut
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => [...w].map(charJamo));
  return { lower: cut.toLowerCase(), words, pairs: new Set(words.flatMap((w) => pairs(w.join('')))), windows: new Map() };
}

function pairs(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s[i]! + s[i + 1]!);
  return out;
}

/** The Dice coefficient of two lists of jamo pairs (a multiset intersection; the lists are a dozen long at most). */
function dice(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  let common = 0;
  const used = new Uint8Array(b.length);
  for (const x of a)
    for (let j = 0; j < b.length; j++)
      if (!used[j] && b[j] === x) {
        used[j] = 1;
        common++;
        break;
      }
  return (2 * common) / (a.length + b.length);
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

/** A query word made ready once per search: its text, syllable count and jamo pairs. */
export interface QueryWord {
  lower: string;
  syllables: number;
  pairs: string[];
}

export function prepareQuery(words: readonly string[]): QueryWord[] {
  return words.map((w) => ({ lower: w.toLowerCase(), syllables: [...w].length, pairs: pairs(jamo(w)) }));
}

/** How well one query word matches a text, 0–1: windows of as many syllables as the word, never across a space. */
export function wordScore(word: string | QueryWord, text: string | Prepared): number {
  const q = typeof word === 'string' ? prepareQuery([word])[0]! : word;
  const t = typeof text === 'string' ? prepare(text) : text;
  if (t.lower.includes(q.lower)) return 1;
  const n = q.syllables;
  if (n < 2) return 0;
  const target = q.pairs;
  if (!target.some((p) => t.pairs.has(p))) return 0;
  let windows = t.windows.get(n);
  if (!windows) {
    windows = t.words.flatMap((syllables) =>
      Array.from({ length: Math.max(0, syllables.length - n + 1) }, (_, i) => pairs(syllables.slice(i, i + n).join(''))),
    );
    if (n <= 10) t.windows.set(n, windows);
  }
  let best = 0;
  for (const w of windows) {
    best = Math.max(best, dice(target, w));
    if (best === 1) return 1;
  }
  return best;
}

/**
 * A text's score for a whole query: every word must match at least its threshold — 0.5 for a two-syllable word (one
 * slipped vowel or consonant leaves half its jamo pairs), 0.6 for longer ones; the score is their mean (0: no match).
 */
export function matchScore(words: ReadonlyArray<string | QueryWord>, text: string | Prepared): number {
  if (!words.length) return 1;
  const t = typeof text === 'string' ? prepare(text) : text;
  let sum = 0;
  for (const w of words) {
    const q = typeof w === 'string' ? prepareQuery([w])[0]! : w;
    const s = wordScore(q, t);
    if (s < (q.syllables <= 2 ? 0.5 : 0.6)) return 0;
    sum += s;
  }
  return sum / words.length;
}

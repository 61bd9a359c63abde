/**
 * Folding for matching. `foldKey` keeps the length of its input (so offsets into the key are
 * offsets into the text): lower case, and one tone-mark placement for the open diphthongs
 * oa, oe, uy, whose mark is written either way (hoà/hòa, khoẻ/khỏe, uỷ/ủy, thuỷ/thủy).
 * The canonical placement is on the first vowel (hòa, khỏe, ủy), except after q (quý).
 */

/** Toned second vowels and the tone index they carry: grave, acute, hook, tilde, dot. */
const SECOND: Record<string, [base: string, tone: number]> = {};
const FIRST_TONED: Record<string, string[]> = {
  o: ['ò', 'ó', 'ỏ', 'õ', 'ọ'],
  u: ['ù', 'ú', 'ủ', 'ũ', 'ụ'],
};
for (const [base, toned] of [
  ['a', 'àáảãạ'],
  ['e', 'èéẻẽẹ'],
  ['y', 'ỳýỷỹỵ'],
] as const) {
  [...toned].forEach((ch, tone) => (SECOND[ch] = [base, tone]));
}
const PAIRS: Record<string, string> = { a: 'o', e: 'o', y: 'u' };

// o/u followed by a toned a/e/y that ends the syllable (no letter after it), not after q.
const MOVABLE = /([ou])([àáảãạèéẻẽẹỳýỷỹỵ])(?![\p{L}\p{M}])/gu;

function relocateTone(lower: string): string {
  return lower.replace(MOVABLE, (match, first: string, second: string, offset: number) => {
    const [base, tone] = SECOND[second] as [string, number];
    if (PAIRS[base] !== first) return match;
    if (offset > 0 && lower[offset - 1] === 'q') return match;
    return (FIRST_TONED[first] as string[])[tone] + base;
  });
}

function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** The matching key of a text: same length, lower case, canonical tone placement. */
export function foldKey(text: string): string {
  return relocateTone(lowerSameLength(text));
}

/** Diacritic-insensitive form for lenient comparisons (not length-preserving). */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

// Letter case by code unit, for the Basic Multilingual Plane up to U+2FFF (Latin, Vietnamese,
// combining marks): 0 not a letter, 1 upper case (or an uncased letter), 2 lower case, 3 a
// combining mark. Built once.
export const CASE_LIMIT = 0x3000;
let caseTable: Uint8Array | undefined;
// In this order: a lower-case letter is also a letter.
const CASE_RUNS: [RegExp, number][] = [
  [/\p{L}+/gu, 1],
  [/\p{Ll}+/gu, 2],
  [/\p{M}+/gu, 3],
];

export function cases(): Uint8Array {
  if (!caseTable) {
    // Runs of each class over all the code units below the limit (there are no surrogates there):
    // a few thousand matches instead of three regex tests per code unit, on every start.
    const table = new Uint8Array(CASE_LIMIT);
    let all = '';
    for (let c = 0; c < CASE_LIMIT; c++) all += String.fromCharCode(c);
    for (const [run, k] of CASE_RUNS) {
      run.lastIndex = 0;
      for (let m = run.exec(all); m; m = run.exec(all)) table.fill(k, m.index, run.lastIndex);
    }
    caseTable = table;
  }
  return caseTable;
}

/**
 * A line written in capitals (a header line): at least 3 letters, under 10% of them lower case.
 * One pass over the code units with a lookup table, no allocation.
 */
export function isCapsText(text: string, start = 0, end = text.length): boolean {
  const table = cases();
  let letters = 0;
  let lowers = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const k = c < CASE_LIMIT ? (table[c] as number) : 0;
    if (k === 0 || k === 3) continue;
    letters++;
    if (k === 2) {
      lowers++;
      // Already a tenth of all the letters the text can have: not capitals, whatever follows.
      if (lowers >= (letters + end - i - 1) * 0.1) return false;
    }
  }
  return letters >= 3 && lowers < letters * 0.1;
}

/**
 * Token patterns, built from small named parts and compiled once. Every part is linear: bounded
 * repeats, and each repeated group starts with a character its predecessor cannot end with.
 */

/** A segment of a document symbol: QĐ, UBND, TTg, NĐ, QH15, TTr, BTGTU. */
const seg = (first: string) => String.raw`${first}[\p{L}\d]{0,11}`;
const SERIAL = String.raw`\d{1,6}`;

/**
 * A document code, in the two official forms:
 * - Party: serial, hyphen, type, slash, body: `522-CV/HU`, `09-NQ/HU`, `100 - KL/TW` (news puts
 *   spaces around the hyphen);
 * - State: serial, slash, optional year, slash, symbol: `30/2020/NĐ-CP`, `2685/QĐ-UBND`,
 *   `123/UBND-VP`, `202/2025/QH15`.
 * Segments start with a capital in the text; `codePattern('\\p{L}')` matches the folded key.
 */
export function codePattern(first = String.raw`\p{Lu}`): string {
  const SEG = seg(first);
  // A copied line break can leave a space after a hyphen inside the symbol: `66/NQ- CP`.
  const SEGS = String.raw`${SEG}(?:- ?${SEG}){0,4}`;
  return String.raw`${SERIAL}(?: ?[-–] ?${SEG}\/${SEGS}|\/(?:\d{4}\/)?${SEGS})(?![\p{L}\p{M}\d])`;
}
export const CODE = codePattern();

/** A numeric date with one separator throughout: 20-3-2023, 17/10/2022, 08.6.2010. */
export const DATE = String.raw`\d{1,2}(?<sep>[\/.-])\d{1,2}\k<sep>\d{4}(?!\d)`;

/** A number, with thousands or decimal separators: 200, 1.000, 5,5. */
export const NUMBER = String.raw`\d+(?:[.,]\d+)*`;

/** A Roman numeral up to XXXIX or L: Đại hội XII, Chương IV. Must not run into a letter. */
export const ROMAN = String.raw`(?=[IVXL])(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![\p{L}\p{M}\d])`;

/** A syllable or abbreviation: letters with any combining marks. */
export const WORD = String.raw`\p{L}[\p{L}\p{M}]*`;

/** One regex for the whole tokenizer, tried at each position (sticky). Group order = priority. */
export const TOKEN = new RegExp(
  [`(${CODE})`, `(${DATE})`, `(${NUMBER})`, `(${ROMAN})`, `(${WORD})`, `(\\n)`, `([ \\t]+)`, `([^])`].join('|'),
  'uy',
);

// Capture group numbers in TOKEN (DATE has one inner group for its separator).
export const GROUP = { code: 1, date: 2, number: 4, roman: 5, word: 6, newline: 7, space: 8, punct: 9 } as const;

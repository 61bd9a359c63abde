/**
 * Stage 3, tokenize: the normalized text -> tokens with their offsets, in one pass. Kinds: word
 * (with its case), number, roman, code, date, punct, newline. Spaces are not tokens. Matching code
 * reads token text from `normalized.text`/`key` by offsets; tokens hold no copies of it.
 *
 * The scanner dispatches on the first character: a digit tries the code, date and number patterns
 * (src/tokenize/patterns.ts, compiled once, sticky); a letter is read with a case table, one code
 * unit at a time (a Roman numeral is tried first for I, V, X, L); anything else is one character.
 * Only digits run a regex, so the pass costs about what reading the text costs.
 *
 * Every token is created with the same four fields in the same order (`case` undefined where it
 * does not apply), so all tokens share one hidden class and the extractors' reads stay monomorphic.
 */
import { CASE_LIMIT, cases } from '../normalize/fold.js';
import type { LetterCase, Normalized, Token, TokenKind } from '../types.js';
import { CODE, DATE, NUMBER, ROMAN } from './patterns.js';

const DIGIT_START = new RegExp(`(${CODE})|(${DATE})|(${NUMBER})`, 'uy');
const DIGIT_GROUPS: [number, TokenKind][] = [
  [1, 'code'],
  [2, 'date'],
  [4, 'number'],
];
const ROMAN_AT = new RegExp(ROMAN, 'uy');
const ASTRAL_LETTER = /\p{L}|\p{M}/u;

export function letterCase(word: string): LetterCase {
  const lower = word.toLowerCase();
  if (word === lower) return 'lower';
  const upper = word.toUpperCase();
  if (word === upper) return word.length === 1 ? 'title' : 'upper';
  const first = word.charAt(0);
  if (first !== first.toLowerCase() && word.slice(1) === lower.slice(1)) return 'title';
  return 'mixed';
}

/** The case of text[start, end) from the case table: the same answers as `letterCase`. */
function caseOf(text: string, start: number, end: number, table: Uint8Array): LetterCase {
  let uppers = 0;
  let lowers = 0;
  let restUpper = false;
  let firstUpper = false;
  let firstSeen = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const k = c < CASE_LIMIT ? (table[c] as number) : 0;
    if (k === 1) {
      uppers++;
      if (!firstSeen) firstUpper = true;
      else restUpper = true;
      firstSeen = true;
    } else if (k === 2) {
      lowers++;
      firstSeen = true;
    } else if (k === 0 && c >= CASE_LIMIT) {
      // Outside the table (rare): fall back to the exact rule.
      return letterCase(text.slice(start, end));
    }
  }
  if (uppers === 0) return 'lower';
  if (lowers === 0) return end - start === 1 ? 'title' : 'upper';
  return firstUpper && !restUpper ? 'title' : 'mixed';
}

function isLetterAt(text: string, i: number, table: Uint8Array): boolean {
  const c = text.charCodeAt(i);
  if (c < CASE_LIMIT) {
    const k = table[c] as number;
    return k === 1 || k === 2;
  }
  return ASTRAL_LETTER.test(text.slice(i, i + 2)) && !/\p{M}/u.test(text.slice(i, i + 2));
}

function isWordPartAt(text: string, i: number, table: Uint8Array): boolean {
  const c = text.charCodeAt(i);
  if (c < CASE_LIMIT) return (table[c] as number) !== 0;
  return ASTRAL_LETTER.test(text.slice(i, i + 2));
}

export function tokenizeText(text: string): Token[] {
  const tokens: Token[] = [];
  const table = cases();
  // The sticky regexes are shared: each exec sets lastIndex first, and the scan never yields.
  const digits = DIGIT_START;
  const roman = ROMAN_AT;
  const n = text.length;
  let pos = 0;
  while (pos < n) {
    const c = text.charCodeAt(pos);
    if (c === 32 || c === 9) {
      pos++;
      continue;
    }
    if (c === 10) {
      tokens.push({ kind: 'newline', start: pos, end: pos + 1, case: undefined });
      pos++;
      continue;
    }
    if (c >= 48 && c <= 57) {
      digits.lastIndex = pos;
      const m = digits.exec(text) as RegExpExecArray; // NUMBER matches any digit
      let kind: TokenKind = 'number';
      for (const [group, k] of DIGIT_GROUPS) {
        if (m[group] !== undefined) {
          kind = k;
          break;
        }
      }
      const end = pos + m[0].length;
      tokens.push({ kind, start: pos, end, case: kind === 'code' ? caseOf(text, pos, end, table) : undefined });
      pos = end;
      continue;
    }
    if (isLetterAt(text, pos, table)) {
      if (c === 73 || c === 86 || c === 88 || c === 76) {
        roman.lastIndex = pos;
        const m = roman.exec(text);
        if (m && m[0].length > 0) {
          tokens.push({ kind: 'roman', start: pos, end: pos + m[0].length, case: undefined });
          pos += m[0].length;
          continue;
        }
      }
      let end = pos + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
      while (end < n && isWordPartAt(text, end, table)) end += text.charCodeAt(end) >= 0xd800 && text.charCodeAt(end) <= 0xdbff ? 2 : 1;
      tokens.push({ kind: 'word', start: pos, end, case: caseOf(text, pos, end, table) });
      pos = end;
      continue;
    }
    const width = c >= 0xd800 && c <= 0xdbff && pos + 1 < n ? 2 : 1;
    tokens.push({ kind: 'punct', start: pos, end: pos + width, case: undefined });
    pos += width;
  }
  return tokens;
}

export function tokenize(normalized: Normalized): Token[] {
  return tokenizeText(normalized.text);
}

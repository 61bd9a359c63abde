/** Addresses: where one opened by "Địa chỉ" ends, house numbers, and the parts between commas. */
import type { Token } from '../../types.js';
import { adjacent, type Words } from '../words.js';
import { gap, isUpperWord, isWord, segmentStart } from './tokens.js';

/** The token index where an address opened at i ends (exclusive), at most 60 tokens on. */
export function endOfAddress(w: Words, i: number): number {
  const limit = Math.min(w.tokens.length, i + 60);
  for (let k = i + 1; k < limit; k++) {
    const key = w.keys[k];
    const t = w.tokens[k] as Token;
    if (t.kind === 'newline' || key === ')' || key === ';' || key === '|') return k;
    // A full stop ends it, unless it ends an abbreviation (P., TP., Q.).
    if (key === '.' && !(isWord(w.tokens[k - 1]) && (w.tokens[k - 1] as Token).case === 'upper' && gap(w, k) === '')) return k;
  }
  return limit;
}

/** Token i follows a house number that starts a segment ("(244 Điện Biên Phủ", "Số 2 Lê Lợi"). */
export function houseNumberBefore(w: Words, i: number): boolean {
  if (w.tokens[i - 1]?.kind !== 'number' || !adjacent(w, i)) return false;
  const before = w.keys[i - 2];
  return i < 2 || before === 'số' || segmentStart(w, i - 1) || before === ',';
}

export function segmentStartInAddress(w: Words, i: number): boolean {
  return w.keys[i - 1] === ',' || w.keys[i - 1] === ':' || w.tokens[i - 1]?.kind === 'number';
}

/** Token e ends an address part: a comma, or the end of the address. */
export function partEnds(w: Words, e: number, addressEnd: number): boolean {
  return w.keys[e] === ',' || e >= addressEnd;
}

/** Any word in capitals among tokens [from, to). */
export function hasUpperWord(w: Words, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isUpperWord(w.tokens[k])) return true;
  return false;
}

/**
 * Names in headlines written in capitals, where case does not say where a name ends: "THÔNG XE
 * CẦU VĨNH TUY GIAI ĐOẠN 2" is named Vĩnh Tuy because the place tables know it.
 */
import { nameCase } from '../casing.js';
import { knownUnits } from '../place-names.js';
import { textOf, type Words } from '../words.js';

const DASH = /\s+[-–—]\s+/u;

/**
 * The end of the name in capitals at [from, to), or -1: the longest run from the start that the
 * place tables know, or a route whose last end they know ("VÂN PHONG - NHA TRANG"), or a run of
 * at most three words ending in a number ("CỬA LỤC 3").
 */
export function capsNameEnd(w: Words, from: number, to: number): number {
  for (let k = to; k > from; k--) {
    const text = nameCase(textOf(w, from, k));
    // "BẠCH ĐẰNG 2": a number right after the known name is part of it.
    if (knownUnits(text) !== undefined) return w.tokens[k]?.kind === 'number' && /^\d{1,2}$/u.test(w.keys[k] ?? '') ? k + 1 : k;
    const ends = text.split(DASH);
    if (ends.length > 1 && knownUnits(ends[ends.length - 1] as string) !== undefined) return k;
  }
  for (let k = from + 1; k < to && k <= from + 3; k++) {
    if (w.tokens[k]?.kind === 'number') return k + 1;
    if (w.tokens[k]?.case !== 'upper') return -1;
  }
  return -1;
}

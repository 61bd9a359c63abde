/**
 * Name helpers: how a work's name runs on (dashes, numbers, codes, directions), Vietnamese names,
 * type acronyms and unit abbreviations, measures after a number, and code names.
 */
import { knownUnits } from '../place-names.js';
import type { Token } from '../../types.js';
import { adjacent, nameRun, textOf, unitAt, type Words } from '../words.js';
import { DASHES, GATES, MEASURES, SIDES } from './lexicon.js';

const DIGITS = /^\d+$/u;

/**
 * A short number right after the word before it, at token k ("Vành đai 3", "cầu Rạch Miễu 2"): at
 * most `digits` digits, and with `notMeasure` not followed by a measure ("3 km", "2 năm").
 */
export function shortNumberAt(w: Words, k: number, digits: number, notMeasure: boolean): boolean {
  const key = w.keys[k] ?? '';
  if (w.tokens[k]?.kind !== 'number' || key.length > digits || !DIGITS.test(key) || !adjacent(w, k)) return false;
  return !notMeasure || !MEASURES.has(w.keys[k + 1] ?? '');
}

/**
 * A work's name can run on: over dashes between names ("Bến Lức - Long Thành", "Sơn La - Điện
 * Biên - Cửa khẩu Tây Trang"), and into a Roman numeral or a number glued to it ("Bá Thiện II",
 * "Nghĩa trang A1").
 */
export function extendName(w: Words, end: number): number {
  let j = end;
  for (;;) {
    const t = w.tokens[j];
    if (t?.kind === 'roman' && adjacent(w, j)) {
      j++;
      continue;
    }
    if (w.keys[j] === '/' && w.tokens[j - 1]?.kind === 'number' && w.tokens[j + 1]?.kind === 'number' && (w.tokens[j - 1] as Token).end === (t as Token).start && (t as Token).end === (w.tokens[j + 1] as Token).start) {
      j += 2; // "Quảng trường 30/10"
      continue;
    }
    // "Công viên 23 Tháng 9": a date in words after a number.
    if (w.keys[j] === 'tháng' && w.tokens[j]?.case === 'title' && w.tokens[j - 1]?.kind === 'number' && adjacent(w, j) && w.tokens[j + 1]?.kind === 'number' && adjacent(w, j + 1)) {
      j += 2;
      continue;
    }
    // "ĐT.975", "QL.1A", "CT.08": a road code, letters, dot and number glued.
    if (w.keys[j] === '.' && w.tokens[j - 1]?.case === 'upper' && w.tokens[j + 1]?.kind === 'number' && (w.tokens[j - 1] as Token).end === (t as Token).start && (t as Token).end === (w.tokens[j + 1] as Token).start) {
      j += 2;
      continue;
    }
    // "TP.HCM - Mộc Bài": an abbreviation with a dot, glued, inside a route's name.
    if (w.keys[j] === '.' && w.tokens[j - 1]?.case === 'upper' && w.tokens[j + 1]?.case === 'upper' && (w.tokens[j - 1] as Token).end === (t as Token).start && (t as Token).end === (w.tokens[j + 1] as Token).start) {
      j += 2;
      continue;
    }
    // "Nhổn - ga Hà Nội": a route that ends at a station.
    if (t && DASHES.has(w.keys[j] ?? '') && w.keys[j + 1] === 'ga' && w.tokens[j + 1]?.case === 'lower' && w.tokens[j + 2]?.case === 'title') {
      const more = nameRun(w, j + 2, 5, false);
      if (more > j + 2) {
        j = more;
        continue;
      }
    }
    // "Quốc lộ 14E", "934B": a capital glued to a number.
    if (t?.kind === 'word' && t.case !== 'lower' && t.end - t.start === 1 && w.tokens[j - 1]?.kind === 'number' && (w.tokens[j - 1] as Token).end === t.start) {
      j++;
      continue;
    }
    if (t?.kind === 'number' && (w.tokens[j - 1] as { end: number }).end === t.start) {
      j++;
      continue;
    }
    // "cầu Mỹ Thuận 2": a one- or two-digit number after the name, unless a measure follows.
    if (shortNumberAt(w, j, 2, true)) {
      j++;
      continue;
    }
    // "Vùng Thủ đô": "đô" is written in lower case in the capital's name.
    if (w.keys[j] === 'đô' && w.keys[j - 1] === 'thủ' && adjacent(w, j)) {
      j++;
      continue;
    }
    // "Bắc - Nam phía Đông": a direction completes the name.
    if (w.keys[j] === 'phía' && adjacent(w, j) && SIDES.has(w.keys[j + 1] ?? '') && w.tokens[j + 1]?.case === 'title') {
      j += 2;
      continue;
    }
    const unit = GATES.has(`${w.keys[j + 1]} ${w.keys[j + 2]}`) ? 2 : unitAt(w, j + 1);
    if (t && DASHES.has(w.keys[j] ?? '') && w.tokens[j + 1]?.case === 'title' && unit > 1) {
      // "... - Cửa khẩu Tây Trang": a place noun and its name.
      const after = j + 1 + unit;
      const more = nameRun(w, after, 4, false);
      if (more > after) {
        j = more;
        continue;
      }
      // "Đầm Hồng - Quốc lộ 1A": a numbered road ends the route.
      if (shortNumberAt(w, after, 3, true)) {
        j = after + 1;
        continue; // a letter glued to the number is read by the rule below
      }
    }
    // In capitals ("VÂN PHONG - NHA TRANG") the headline's case is all there is.
    const nextCase = w.tokens[j + 1]?.case;
    const capsRoute = nextCase === 'upper' && w.tokens[j - 1]?.case === 'upper' && w.tokens[j + 1]?.kind === 'word';
    if (t && DASHES.has(w.keys[j] ?? '') && (nextCase === 'title' || capsRoute) && !/\n/u.test(w.text.slice((w.tokens[j - 1] as { end: number }).end, (w.tokens[j + 1] as { start: number }).start))) {
      const more = nameRun(w, j + 1, 5, false);
      if (more > j + 1) {
        j = more;
        continue;
      }
    }
    return j;
  }
}

/** A Vietnamese proper name (with its diacritics, or one the place tables know), not "Tower". */
export function vietnameseName(w: Words, from: number, to: number): boolean {
  if (w.tokens[from]?.case !== 'title') return false;
  const text = textOf(w, from, to).replace(/\s*\d+\p{Lu}?$/u, '');
  return /[\u00c0-\u1ef9]/u.test(text) || knownUnits(text) !== undefined;
}

export const ACRONYM = /^[bcdđfghjklmnpqrstvwxz]{2,6}$/u; // no vowel: not a Vietnamese syllable

/**
 * The start of a name [from, end) without the acronyms of the work's type before its Vietnamese
 * name: "THCS Tân Thanh" -> "Tân Thanh", "LNG Cà Ná" -> "Cà Ná".
 */
export function withoutTypeAcronym(w: Words, from: number, end: number): number {
  let k = from;
  while (end - k > 1 && w.tokens[k]?.case === 'upper' && ACRONYM.test(w.keys[k] ?? '') && vietnameseName(w, k + 1, end)) k++;
  return k;
}

export const CODE_NAME = /^\p{Lu}{1,3}\.?\d+\p{Lu}?$/u;

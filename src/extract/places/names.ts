/**
 * Where a place's name ends: the runs of capitalised words a name may be, checked against the unit
 * tables for administrative units (adminEnd) and read up to a stop word for other places (otherEnd).
 */
import type { Token } from '../../types.js';
import { nameCase } from '../casing.js';
import { fullName, isHyphenatedName, knownUnits } from '../place-names.js';
import { adjacent, textOf, type Words } from '../words.js';
import { surnameKeys } from '../../sections/person.js';
import { lex, REGION_UNITS, ROUTE_UNITS } from './lexicon.js';
import { APOSTROPHE, capitalised, gap, isLetter, isWord, PHRASE_END, runsOn, SHORT_NUMBER } from './tokens.js';
import type { Unit } from './units.js';

/**
 * The possible ends of a proper name starting at token j: after each of its words (adjacent
 * capitalised words, in capitals when `caps`; "D'Ran" is one word; a final number and letter:
 * "Đam Rông 1", "Thành Thới A"). Empty when no name starts at j.
 */
export function nameEnds(w: Words, j: number, caps: boolean, max = 6): number[] {
  const ends: number[] = [];
  let k = j;
  let count = 0;
  while (k < w.tokens.length && count < max) {
    const t = w.tokens[k] as Token;
    if (k > j && !adjacent(w, k)) break;
    if (t.kind === 'number') {
      if (k === j || !SHORT_NUMBER.test(w.keys[k] ?? '')) break;
      let e = k + 1;
      if (isLetter(w.tokens[e]) && gap(w, e) === '' && w.tokens[e]?.case !== 'lower') e++;
      ends.push(e);
      break;
    }
    if (!isWord(t)) break;
    const fits = isLetter(t) ? t.case !== 'lower' : caps ? t.case === 'upper' : t.case === 'title' || t.case === 'mixed';
    if (!fits) break;
    let e = k + 1;
    while (APOSTROPHE.test(w.keys[e] ?? '') && gap(w, e) === '' && isWord(w.tokens[e + 1]) && gap(w, e + 1) === '') e += 2;
    ends.push(e);
    count++;
    k = e;
  }
  return ends;
}

/** A name as written, in name case; a short form the tables know stays as written ("TP HCM"). */
export const nameText = (w: Words, from: number, to: number) => {
  const text = textOf(w, from, to);
  return fullName(text) !== text ? text : nameCase(text);
};

/**
 * The ends of a name that a line break cuts ("phường Thành\nSen"): the name's ends on the next
 * line, when the run from j ends at the line's end.
 */
function nextLineEnds(w: Words, end: number, caps: boolean): number[] {
  if (w.tokens[end]?.kind !== 'newline' || !capitalised(w.tokens[end + 1])) return [];
  return nameEnds(w, end + 1, caps, 4);
}

/** The end of the name from j to e, or of a hyphenated name the tables know: "Bà Rịa - Vũng Tàu". */
export function withHyphen(w: Words, j: number, e: number, caps: boolean): number {
  if ((w.keys[e] !== '-' && w.keys[e] !== '–') || gap(w, e) === '' || gap(w, e + 1) === '') return e;
  const more = nameEnds(w, e + 1, caps, 4);
  for (let k = more.length - 1; k >= 0; k--) if (isHyphenatedName(textOf(w, j, more[k] as number))) return more[k] as number;
  return e;
}

/** Known to the unit tables: the name from j to e. */
export function known(w: Words, j: number, e: number): boolean {
  return knownUnits(textOf(w, j, e)) !== undefined;
}

/** Ends of `ends` before which a name stops: the first word of a title, body head ... */
function cutAtStop(w: Words, j: number, ends: number[]): number[] {
  const { stops } = lex();
  const out: number[] = [];
  for (const e of ends) {
    out.push(e);
    if (e < w.tokens.length && stops.matchAt(w.keys, e) > 0) break;
  }
  return out;
}

/**
 * A proper name not in the tables: up to a stop word. Run on in lower case ("phường Phật tích",
 * "Khu vực Khuôn viên", "các tỉnh Tây Nguyên cũng"), it is no administrative unit's name, nor a
 * one-word name of another place; "hồ Hòa Bình xả đáy" keeps its name.
 */
function unknownEnd(w: Words, j: number, ends: number[], admin: boolean, oneWord = false): number | null {
  if (lex().stops.matchAt(w.keys, j) > 0) return null;
  const cut = cutAtStop(w, j, ends);
  const end = cut[cut.length - 1];
  if (end === undefined) return null;
  if (runsOn(w, end) && (admin || (cut.length === 1 && !oneWord))) return null;
  return end;
}

/** A person's name, not a place's: a family name and at least two more words, unknown to the tables. */
function personLike(w: Words, j: number, end: number): boolean {
  return surnameKeys().has(w.keys[j] ?? '') && end - j >= 3;
}

/**
 * Where an administrative unit's name ends: the longest name the tables know, unless the text
 * goes on with more of the name; in capitals, only a known name.
 */
export function adminEnd(w: Words, j: number, ends: number[], caps: boolean): number | null {
  const full = ends[ends.length - 1];
  if (full === undefined) return null;
  // A name with a hyphen: "Cam Ly - Đà Lạt", "Văn Miếu - Quốc Tử Giám"; "Thừa Thiên - Huế" for a
  // name the tables write without one, when the part before the hyphen is no name of its own.
  if (w.keys[full] === '-' || w.keys[full] === '–') {
    const more = nameEnds(w, full + 1, caps);
    const alone = known(w, j, full);
    for (let k = more.length - 1; k >= 0; k--) {
      const e = more[k] as number;
      if (isHyphenatedName(textOf(w, j, e)) || (!alone && known(w, j, e))) return e;
    }
  }
  // A name cut by a line break: "phường Thành\nSen", "Sơn\nLa".
  const more = nextLineEnds(w, full, caps);
  for (let k = more.length - 1; k >= 0; k--) if (known(w, j, more[k] as number)) return more[k] as number;
  let best: number | undefined;
  for (const e of ends) if (known(w, j, e)) best = e;
  if (caps) return best ?? null;
  if (best === full) return full;
  const rest = best === undefined ? null : w.tokens[best];
  if (best !== undefined && (rest?.kind === 'number' || lex().stops.matchAt(w.keys, best) > 0 || runsOn(w, full))) return best;
  const end = unknownEnd(w, j, ends, true);
  if (end === null || personLike(w, j, end)) return best ?? null;
  // "UBND tỉnh Bến Tre Trần Văn Thắng": a known name, then a person's.
  if (best !== undefined && end > best && personLike(w, best, end)) return best;
  if (best !== undefined && end <= best) return best;
  return end;
}

/** Where another place's name ends (sông, thôn, đường ...): unknown names are the norm here. */
export function otherEnd(w: Words, j: number, ends: number[], caps: boolean, unit: Unit): number | null {
  if (REGION_UNITS.has(unit.unit)) {
    // "khu vực Nam Trung Bộ", "vùng Đồng bằng sông Cửu Long" (lower-case words in the name).
    const len = lex().regions.matchAt(w.keys, j);
    if (len > 0) return j + len;
    if (unit.unit !== 'khu vực') return null;
  }
  if (caps) return null;
  // "cao tốc Pháp Vân - Cầu Giẽ": a route of names joined by spaced hyphens.
  if (ROUTE_UNITS.has(unit.unit)) {
    let end = ends[ends.length - 1] as number;
    for (let guard = 0; guard < 4; guard++) {
      const sep = w.keys[end];
      if ((sep !== '-' && sep !== '–') || gap(w, end) === '' || gap(w, end + 1) === '') break;
      const more = nameEnds(w, end + 1, false, 4);
      const last = more[more.length - 1];
      if (last === undefined) break;
      end = last;
    }
    if (end !== ends[ends.length - 1]) return end;
  }
  // A name cut by a line break, whose rest ends a phrase: "Đại lộ Trần\nHưng Đạo, phường ...".
  const full = ends[ends.length - 1] as number;
  const more = nextLineEnds(w, full, caps);
  const last = more[more.length - 1];
  if (last !== undefined && PHRASE_END.test(w.keys[last] ?? '')) ends = [...ends, ...more];
  // A one-word name run on in lower case is a capitalised common noun ("Khu vực Khuôn viên"),
  // except after a river, lake or mountain written in lower case: "qua sông Hương đưa vào ...".
  const natural = unit.cls === 'natural' && w.tokens[j - 1]?.case === 'lower' && w.keys[j - 1] === unit.unit.split(' ').pop() && adjacent(w, j);
  const end = unknownEnd(w, j, ends, false, natural);
  if (end === null) return null;
  if (end === j + 1 && runsOn(w, end) && !natural) return null;
  // "Quốc lộ 12 km", "thôn 3 năm": a name does not end in a number followed by a measure.
  if (w.tokens[end - 1]?.kind === 'number' && runsOn(w, end)) return end - 1 > j ? end - 1 : null;
  return end;
}

/** The place a unit word introduces: "Phường 12", "đường ĐT.770B", "huyện Vĩnh Thuận", "sông Cái Lớn". */
import type { Token } from '../../types.js';
import { isCountryName } from '../place-names.js';
import { adjacent, textOf, type Words } from '../words.js';
import type { Found } from './found.js';
import { lex, ROAD_CODES, UNIT_QUALIFIERS } from './lexicon.js';
import { adminEnd, known, nameEnds, nameText, otherEnd, withHyphen } from './names.js';
import { capitalised, gap, isLetter, isLowerWord, isUpperWord, SHORT_NUMBER } from './tokens.js';
import type { Unit } from './units.js';

/** The place a unit at i introduces, or null. */
export function placeAfterUnit(w: Words, i: number, u: Unit): Found | null {
  const L = lex();
  const n = w.tokens.length;
  let j = i + u.len;
  for (const q of UNIT_QUALIFIERS.get(u.unit) ?? []) {
    if (q.every((k, d) => w.keys[j + d] === k && adjacent(w, j + d))) {
      j += q.length;
      break;
    }
  }
  if (j >= n || !adjacent(w, j)) return null;
  const t = w.tokens[j] as Token;
  const unitText = textOf(w, i, j);
  // A number for a name keeps its unit word: "Phường 12", "Quốc lộ 1A", "Tổ dân phố 4".
  if (t.kind === 'number' && u.numbered && SHORT_NUMBER.test(w.keys[j] ?? '')) {
    let e = j + 1;
    if (isLetter(w.tokens[e]) && gap(w, e) === '' && w.tokens[e]?.case !== 'lower') e++;
    if (isLowerWord(w.tokens[e]) && adjacent(w, e) && !L.followers.has(w.keys[e] ?? '')) return null;
    const number = textOf(w, j, e);
    let rest = '';
    // "Phường 1 Bảo Lộc": a number followed by the rest of a known name.
    if (u.cls === 'admin' && capitalised(w.tokens[e]) && adjacent(w, e)) {
      const more = nameEnds(w, e, isUpperWord(w.tokens[e]), 4);
      for (let k = more.length - 1; k >= 0; k--) {
        if (known(w, j, more[k] as number)) {
          rest = ` ${nameText(w, e, more[k] as number)}`;
          e = more[k] as number;
          break;
        }
      }
    }
    const written = (u.abbreviation ? u.unit : unitText).toLowerCase();
    const name = `${written.charAt(0).toUpperCase()}${written.slice(1)} ${number}${rest}`;
    return { from: u.abbreviation ? j : i, to: e, name, unit: u.unit };
  }
  // A road code: "đường ĐT.770B", "Quốc lộ QL.1A".
  if (u.cls === 'road' && ROAD_CODES.has(w.keys[j] ?? '') && t.case === 'upper') {
    let e = j + 1;
    if (w.keys[e] === '.' && gap(w, e) === '') e++;
    if (w.tokens[e]?.kind === 'number' && (gap(w, e) === '' || (gap(w, e) === ' ' && e === j + 1))) {
      e++;
      if (isLetter(w.tokens[e]) && gap(w, e) === '') e++;
      return { from: j, to: e, name: textOf(w, j, e), unit: u.unit };
    }
    return null;
  }
  const tokenCaps = isUpperWord(w.tokens[i]) && !u.abbreviation;
  const caps = tokenCaps || isUpperWord(t);
  if (tokenCaps && !isUpperWord(t) && !isLetter(t)) return null;
  const ends = nameEnds(w, j, caps);
  if (ends.length === 0) return null;
  if (L.notNames.matchAt(w.keys, j) > 1) return null;
  // "các tỉnh Tây Nguyên": a region, not a province.
  const region = L.regions.matchAt(w.keys, j);
  if (u.cls === 'admin' && region > 0 && j + region === withHyphen(w, j, ends[ends.length - 1] as number, caps)) {
    return { from: j, to: j + region, name: nameText(w, j, j + region), unit: null };
  }
  const end = u.cls === 'admin' ? adminEnd(w, j, ends, caps) : otherEnd(w, j, ends, caps, u);
  if (end === null || end <= j) return null;
  // "Thông tấn xã Việt Nam": a country is no commune.
  if (u.cls === 'admin' && isCountryName(textOf(w, j, end))) return null;
  return { from: j, to: end, name: nameText(w, j, end), unit: u.cls === 'other' ? null : u.unit };
}

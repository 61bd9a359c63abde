/**
 * Level and place: administrative unit words, the place qualifier after a head ("huyện", "tỉnh
 * Quảng Trị", "TỈNH LÂM ĐỒNG" on the next line) and its level, a committee's place without a unit
 * word ("Tỉnh ủy Điện Biên"), and the runs of capitalised words that make a place name.
 */
import type { OrganizationLevel, Token } from '../../types.js';
import { isSurname } from '../../sections/person.js';
import { adjacent, commonCapitalised, isCapitalised, placeUnitClass, placeUnits, type Words } from '../words.js';
import { headAt, titleAt } from './heads.js';
import { adminKind, isAdminUnitName, lexicon } from './lexicon.js';

const UNIT_LEVEL: Record<string, OrganizationLevel> = {
  tỉnh: 'tỉnh',
  'thủ đô': 'tỉnh',
  huyện: 'huyện',
  quận: 'huyện',
  'thị xã': 'huyện',
  xã: 'xã',
  phường: 'xã',
  'thị trấn': 'xã',
  'đặc khu': 'xã',
};

export interface Qualifier {
  end: number;
  level: OrganizationLevel | null;
  place: [number, number] | null;
}

export function adminUnitAt(w: Words, k: number): number {
  if (w.keys[k] === 'tp' && w.tokens[k]?.case === 'upper') return w.keys[k + 1] === '.' ? 2 : 1;
  const unit = placeUnits().entryAt(w.keys, k);
  if (!unit || placeUnitClass(unit.key) !== 'admin') return 0;
  const len = unit.words.length;
  if (w.keys[k] === 'xã' && w.keys[k + 1] === 'hội') return 0;
  if (w.keys[k + len] === 'ủy') return 0; // "Huyện ủy" is a body
  return len;
}

/** Whether a capitalised name run stops at token k (a head, a post or a capitalised common noun starts there). */
function endsName(w: Words, k: number): boolean {
  return headAt(w, k) !== null || titleAt(w, k) !== null || commonCapitalised().matchAt(w.keys, k) > 0;
}

/**
 * The end of a run of capitalised words (and numbers after a word) from j, at most `max`; `open`
 * runs on over heads and common nouns ("Hải Phòng"), for matching known names.
 */
function capitalRun(w: Words, j: number, max: number, open = false): number {
  let k = j;
  while (k < w.tokens.length && k - j < max && (k === j || adjacent(w, k))) {
    const t = w.tokens[k] as Token;
    if (isCapitalised(t) && (k === j || open || !endsName(w, k))) k++;
    else if (t.kind === 'number' && k > j) k++;
    // "Bà Rịa - Vũng Tàu": a hyphen inside a known name, when matching known names.
    else if (open && w.keys[k] === '-' && k > j && isCapitalised(w.tokens[k + 1]) && adjacent(w, k + 1)) k++;
    else break;
  }
  return k;
}

/**
 * The place name after a unit word, at most 4 words: the longest known unit's name ("tỉnh Quảng
 * Bình" in "tỉnh Quảng Bình Ban hành"). An unknown name counts only in title case, not starting with
 * a family name ("Chủ tịch UBND tỉnh Lê Trí Thanh": the person's name; "UBND TỈNH BÃI BỎ": words in
 * capitals), a function word or a head.
 */
function placeName(w: Words, j: number, unit: string): number {
  if (!adjacent(w, j)) return j;
  const t = w.tokens[j];
  if (t?.kind === 'number') return j + 1; // "Phường 3"
  if (!isCapitalised(t)) return j;
  const lx = lexicon();
  const admin = unit === 'thủ đô' ? 'thành phố' : unit;
  for (let e = capitalRun(w, j, 6, true); e > j; e--) if (adminKind(admin, w.keys.slice(j, e).join(' '))) return e;
  // "TP.HCM", "TP HCM": the city's usual code.
  if (unit === 'thành phố' && w.keys[j] === 'hcm') return j + 1;
  if (t?.case !== 'title' || isSurname(w.keys[j] as string) || lx.describedStops.matchAt(w.keys, j) > 0) return j;
  if (commonCapitalised().matchAt(w.keys, j) > 0 || headAt(w, j)) return j;
  return capitalRun(w, j, 4);
}

function unitLevel(w: Words, k: number, unit: string, place: [number, number] | null): OrganizationLevel | null {
  const fixed = UNIT_LEVEL[unit];
  if (fixed) return fixed;
  if (unit !== 'thành phố') return null;
  if (!place) return w.tokens[k]?.case === 'title' ? 'tỉnh' : null; // "Thành phố": the city that is a province
  const kind = adminKind('thành phố', w.keys.slice(place[0], place[1]).join(' '));
  return kind === 'province' ? 'tỉnh' : kind === 'district' ? 'huyện' : null;
}

/** A place qualifier at token j: "huyện", "tỉnh Quảng Trị", "TỈNH LÂM ĐỒNG" on the next header line. */
export function qualifier(w: Words, j: number): Qualifier | null {
  let k = j;
  if (w.tokens[k]?.kind === 'newline') {
    // A header in capitals: "ỦY BAN NHÂN DÂN" / "TỈNH LÂM ĐỒNG" is one body.
    if (w.tokens[k - 1]?.case !== 'upper' || w.tokens[k + 1]?.case !== 'upper') return null;
    k++;
  } else if (!adjacent(w, k)) return null;
  const u = adminUnitAt(w, k);
  if (!u) return null;
  const unit = w.keys[k] === 'tp' ? 'thành phố' : w.keys.slice(k, k + u).join(' ');
  const end = placeName(w, k + u, unit);
  const place: [number, number] | null = end > k + u ? [k + u, end] : null;
  return { end, level: unitLevel(w, k, unit, place), place };
}

/** A committee's place without a unit word: "Tỉnh ủy Điện Biên", only a known unit's name. */
export function committeePlace(w: Words, j: number): [number, number] | null {
  if (!adjacent(w, j) || !isCapitalised(w.tokens[j])) return null;
  for (let e = capitalRun(w, j, 6, true); e > j; e--) if (isAdminUnitName(w.keys.slice(j, e).join(' '))) return [j, e];
  if (w.keys[j] === 'tp' && w.keys[j + 1] === '.' && w.keys[j + 2] === 'hcm' && adjacent(w, j + 1) && adjacent(w, j + 2)) return [j + 2, j + 3];
  return null;
}

/** Whether tokens [from, to) are exactly the name of a known province or district ("Hà Nội"). */
export function isAdminName(w: Words, from: number, to: number): boolean {
  return isAdminUnitName(w.keys.slice(from, to).join(' '));
}

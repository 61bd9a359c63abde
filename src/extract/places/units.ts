/** Unit words before a place name: "huyện", "sông", "Quốc lộ", and abbreviations ("TP.", "P.", "Q."). */
import type { Token } from '../../types.js';
import { adjacent, type Words } from '../words.js';
import { BODY_WORDS } from './committees.js';
import { COMPOUND_BEFORE, COMPOUND_OPENERS, COMPOUND_UNIT_BEFORE, lex } from './lexicon.js';
import { known, nameEnds } from './names.js';
import { gap, isWord, segmentStart, SPACES } from './tokens.js';
import { regionInName } from './works.js';

export interface Unit {
  /** Tokens of the unit word (with an abbreviation's dot). */
  len: number;
  /** Lower case, abbreviations written out: "thành phố", "tổ dân phố", "phố". */
  unit: string;
  cls: string;
  numbered: boolean;
  abbreviation: boolean;
}

const ABBREVIATIONS = new Map<string, { unit: string; address: boolean }>([
  ['tp', { unit: 'thành phố', address: false }],
  ['tx', { unit: 'thị xã', address: false }],
  ['tt', { unit: 'thị trấn', address: true }],
  ['q', { unit: 'quận', address: true }],
  ['h', { unit: 'huyện', address: true }],
  ['x', { unit: 'xã', address: true }],
  ['t', { unit: 'tỉnh', address: true }],
  ['p', { unit: 'phường', address: true }],
]);

/** "TP. Hồ Chí Minh", "TP Hồ Chí Minh"; in an address also "P. Bà Triệu", "Q. 1", "TT. Long Thành". */
function abbreviationAt(w: Words, i: number, address: boolean): Unit | null {
  const t = w.tokens[i];
  const key = w.keys[i] ?? '';
  const a = ABBREVIATIONS.get(key);
  if (!a || !isWord(t) || t.case === 'lower' || (a.address && !address)) return null;
  if (key !== 'tp' && t.case !== 'upper' && t.end - t.start > 1) return null;
  const dot = w.keys[i + 1] === '.' && gap(w, i + 1) === '';
  // One letter, or a two-letter one other than TP, needs its dot.
  if (!dot && key !== 'tp' && key !== 'tx') return null;
  let unit = a.unit;
  // "193 P. Bà Triệu": after a house number, P. is a street (phố); otherwise a ward (phường).
  if (key === 'p' && w.tokens[i - 1]?.kind === 'number') unit = 'phố';
  const cls = unit === 'phố' ? 'road' : 'admin';
  return { len: dot ? 2 : 1, unit, cls, numbered: unit === 'phường' || unit === 'quận', abbreviation: true };
}

export function unitAt(w: Words, i: number, address: boolean): Unit | null {
  const t = w.tokens[i];
  if (!isWord(t)) return null;
  const abbreviation = abbreviationAt(w, i, address);
  if (abbreviation) return abbreviation;
  const { units, info } = lex();
  const entry = units.entryAt(w.keys, i);
  if (!entry) return null;
  const { key } = entry;
  const len = entry.words.length;
  // Inside a longer unit word that starts before ("thành phố", "tổ dân phố" seen from "phố").
  for (let back = 1; back <= 2; back++) if (units.matchAt(w.keys, i - back) > back) return null;
  const { cls, numbered } = info.get(key) ?? { cls: 'other', numbered: false };
  const next = w.keys[i + len] ?? '';
  if (key === 'xã' && next === 'hội') return null; // "xã hội", "XÃ HỘI CHỦ NGHĨA"
  if (BODY_WORDS.has(next)) return null;
  const before = w.keys[i - 1] ?? '';
  if (COMPOUND_BEFORE.has(before) && adjacent(w, i) && !(COMPOUND_OPENERS.get(before) === w.keys[i - 2] && adjacent(w, i - 1))) return null;
  if (COMPOUND_UNIT_BEFORE.get(key)?.has(before) && adjacent(w, i)) return null;
  if (t.case === 'title' && len === 1 && !segmentStart(w, i)) {
    // In the middle of a sentence a capitalised one-word unit may start a name (cầu Rạch Giá,
    // Hồ Chí Minh); administrative units are units (Phường Cầu Giấy), streets and hamlets are
    // units in an address list ("số 11, Phố Duy Tân", "| Thôn Đồi Đỏ").
    // "Vành đai 4 - Vùng Thủ đô": a capitalised region word before a region the table knows.
    const region = cls === 'region' && lex().regions.matchAt(w.keys, i + len) > 0;
    if (!region && (cls === 'natural' || cls === 'site' || cls === 'other' || cls === 'region')) return null;
    if (!region && cls !== 'admin' && w.keys[i - 1] !== ',' && w.tokens[i - 1]?.kind !== 'number') return null;
  }
  if (key === 'hồ' && t.case !== 'lower') return null; // Hồ: a family name
  if (cls === 'region' && regionInName(w, i)) return null;
  // "Sóc Sơn", "Sông Cầu", "Bản Hồ": a capitalised unit word that starts a name the tables know.
  if (cls !== 'admin' && t.case !== 'lower' && len === 1) {
    const ends = nameEnds(w, i, t.case === 'upper' && t.end - t.start > 1);
    for (const e of ends) if (e > i + 1 && known(w, i, e)) return null;
  }
  const unit = w.text.slice((t as Token).start, (w.tokens[i + len - 1] as Token).end).replace(SPACES, ' ').toLowerCase();
  return { len, unit, cls, numbered, abbreviation: false };
}

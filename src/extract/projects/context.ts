/**
 * Context tests around a head: blocked heads (work-noun-blockers.tsv), a construction word earlier in
 * the sentence, a road in an address, only type words, and a head inside a body's name.
 */
import { foldKey } from '../../normalize/fold.js';
import { keySet, phrases, table } from '../../lexicon/index.js';
import { adjacent, isCapitalised, listItemDot, placeUnitClass, type Words } from '../words.js';
import { BODY_WORDS, CLAUSE_OPENERS, DASHES, SELF_BUILT, UNIT_ABBREVIATIONS } from './lexicon.js';

let blockers: { before: Set<string>; after: Set<string> } | undefined;

export function blocked(w: Words, i: number, len: number): boolean {
  if (!blockers) {
    blockers = { before: new Set(), after: new Set() };
    for (const [a, b] of table('work-noun-blockers.tsv')) {
      if (a?.startsWith('+')) blockers.after.add(`${foldKey(b as string)} ${foldKey(a.slice(1))}`);
      else blockers.before.add(`${foldKey(a as string)} ${foldKey(b as string)}`);
    }
  }
  const last = w.keys[i + len - 1] as string;
  const first = w.keys[i] as string;
  // Only a compound in one case: "công trường" (a site), but "khởi công Trường Tiểu học ...".
  const split = w.tokens[i]?.case === 'title' && w.tokens[i - 1]?.case === 'lower';
  if (i > 0 && adjacent(w, i) && !split && blockers.before.has(`${w.keys[i - 1]} ${first}`)) return true;
  // A compound with the next word is in lower case: "cầu thủ" (a player), not "cầu Thủ Thiêm".
  if (w.tokens[i + len]?.case !== 'lower') return false;
  return blockers.after.has(`${last} ${w.keys[i + len] ?? ''}`);
}

/** A construction word ("xây dựng", "nâng cấp", "dự án" ...) earlier in the same sentence. */
export function constructionBefore(w: Words, i: number): boolean {
  // In a headline in capitals, words in capitals build too ("ĐẨY NHANH TIẾN ĐỘ CAO TỐC ..."),
  // but not in a body's name ("SỞ XÂY DỰNG").
  const caps = w.tokens[i]?.case === 'upper';
  const construction = phrases('construction-words.tsv');
  for (let k = i - 1; k >= 0 && k >= i - 60; k--) {
    const key = w.keys[k] ?? '';
    if (sentenceEnd(w, k)) return false;
    // Items after a colon are separated by ";": the building word before the colon still counts.
    if (key === ';' && !colonBefore(w, k)) return false;
    // ", trong khi hồ chứa nước X ...": another clause, about something else.
    if (key === ',' && CLAUSE_OPENERS.matchAt(w.keys, k + 1)) return false;
    // Lower case only: "Sở Xây dựng" names a body, it does not build. A building word that ends
    // its clause builds nothing after it: "Trong thời gian xây dựng, Bệnh viện X tiếp nhận ...".
    const len = construction.matchAt(w.keys, k);
    // At the start of a sentence in title case too ("Thông xe kỹ thuật cao tốc ...").
    const opening = w.tokens[k]?.case === 'title' && (k === 0 || sentenceEnd(w, k - 1));
    const written = w.tokens[k]?.case === 'lower' || opening || (caps && w.tokens[k]?.case === 'upper' && !BODY_WORDS.has(w.keys[k - 1] ?? ''));
    if (len && written && !(w.keys[k + len] === ',' && isCapitalised(w.tokens[k + len + 1]))) return true;
  }
  return false;
}


/**
 * Whether token k ends a sentence: a line break or a full stop, but not the dot of an item number
 * in a list ("3 công trình: 1. Trường ...; 2. Trạm y tế ...").
 */
export function sentenceEnd(w: Words, k: number): boolean {
  if (w.tokens[k]?.kind === 'newline') return true;
  if (w.keys[k] !== '.') return false;
  // "TP.HCM": a dot inside an abbreviation.
  if (glued(w, k) && w.tokens[k + 1]?.kind === 'word') return false;
  return !listItemDot(w, k);
}

/** Token k touches the tokens on both sides (no space). */
export function glued(w: Words, k: number): boolean {
  const prev = w.tokens[k - 1];
  const cur = w.tokens[k];
  const next = w.tokens[k + 1];
  return !!prev && !!cur && !!next && prev.end === cur.start && cur.end === next.start;
}

/** A colon earlier in the same sentence: a list whose items ";" separates. */
function colonBefore(w: Words, k: number): boolean {
  for (let m = k - 1; m >= 0 && m >= k - 80; m--) {
    if (w.keys[m] === ':') return true;
    if (sentenceEnd(w, m)) return false;
  }
  return false;
}

/**
 * A building word shortly after the work, in the same clause: "Trạm y tế xã X được xây mới",
 * "cầu X thông xe". A verb that builds something else makes the work its actor, not a work:
 * "Bệnh viện Bạch Mai đưa vào sử dụng thêm 300 giường", "đường X và đưa vào sử dụng đường Y".
 */
export function constructionAfter(w: Words, end: number): boolean {
  const construction = phrases('construction-words.tsv');
  let passive = false;
  for (let k = end; k < w.tokens.length && k < end + 8; k++) {
    const key = w.keys[k] ?? '';
    if (key === '.' || key === ';' || key === ',' || w.tokens[k]?.kind === 'newline') return false;
    if (key === 'được') passive = true;
    const built = construction.entryAt(w.keys, k);
    if (built && w.tokens[k]?.case === 'lower') {
      if (passive) return true;
      if (w.keys[k - 1] === 'và') return false;
      const after = w.tokens[k + built.words.length];
      return SELF_BUILT.has(built.key) || !after || after.kind !== 'word';
    }
  }
  return false;
}

/** An administrative unit word (place-units.tsv) or its abbreviation ("TP", "TX"). */
const isAddressUnit = (key: string): boolean => placeUnitClass(key) === 'admin' || UNIT_ABBREVIATIONS.has(key);

/** "Số 31, đường Kinh Dương Vương, phường Kinh Bắc": a road in an address is a place, not a work. */
export function inAddress(w: Words, head: number, end: number): boolean {
  if (w.keys[end] === ',') {
    const next = w.keys[end + 1] ?? '';
    const two = `${next} ${w.keys[end + 2] ?? ''}`;
    if (isAddressUnit(next) || isAddressUnit(two)) return true;
  }
  const before = w.tokens[head - 1];
  return before?.kind === 'number' || (w.keys[head - 1] === ',' && w.tokens[head - 2]?.kind === 'number');
}

let typeWords: Set<string> | undefined;

/** Whether tokens [from, to) are only words that say what kind of work it is (Đa khoa, Tiểu học). */
export function onlyTypeWords(w: Words, from: number, to: number): boolean {
  typeWords ??= keySet('work-type-words.tsv');
  // A dash between two type words is part of the type ("Trung tâm văn hóa - thể thao").
  let count = 0;
  for (let k = from; k < to; k++) {
    if (k > from && k < to - 1 && DASHES.has(w.keys[k] ?? '')) continue;
    if (!typeWords.has(w.keys[k] ?? '') || ++count > 6) return false;
  }
  return to > from;
}

/** A work noun inside a body's name: "Ban Quản lý các Khu kinh tế và Khu công nghiệp tỉnh Quảng Nam". */
export function insideBodyName(w: Words, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const key = w.keys[k] ?? '';
    if (w.tokens[k]?.kind === 'punct' || w.tokens[k]?.kind === 'newline') return false;
    // "Tập đoàn Foxconn tại KCN Quang Châu": a body's name has no preposition in it.
    if (w.tokens[k]?.case === 'lower' && (key === 'tại' || key === 'ở' || key === 'của' || key === 'với')) return false;
    if (key === 'lý' && w.keys[k - 1] === 'quản' && w.keys[k - 2] === 'ban') return true;
    // An enterprise named after its work: "Công ty Thủy điện Sơn La", "Tập đoàn ...", or a unit
    // of a body: "Chi nhánh khai thác đường sắt Hà Nội", "Trung tâm Bảo tồn Di tích Cố đô Huế".
    if (k >= i - 4 && ((key === 'ty' && w.keys[k - 1] === 'công') || (key === 'đoàn' && w.keys[k - 1] === 'tập'))) return true;
    if (k >= i - 4 && key === 'nhánh' && w.keys[k - 1] === 'chi' && w.tokens[k - 1]?.case === 'title') return true;
    if (k >= i - 4 && key === 'tâm' && w.keys[k - 1] === 'trung' && w.tokens[k - 1]?.case === 'title' && isCapitalised(w.tokens[k + 1]) && w.tokens[i]?.case !== 'lower') return true;
  }
  return false;
}


const OPENING_MARK = /^[:;!?…"“(]$/u;

/** Whether token k opens a sentence (or a list item, a quotation, a parenthesis). */
export function sentenceStart(w: Words, k: number): boolean {
  return k === 0 || sentenceEnd(w, k - 1) || OPENING_MARK.test(w.keys[k - 1] ?? '');
}

/**
 * Whether the word at j leads to the end point that names the work: "từ X đến Y", "nối X với Y",
 * "nối X đến Y".
 */
export function endsAt(w: Words, i: number, j: number): boolean {
  const key = w.keys[j];
  if (key !== 'đến' && key !== 'với') return false;
  const before = w.keys.slice(i, j);
  return (key === 'đến' && before.includes('từ')) || before.includes('nối');
}

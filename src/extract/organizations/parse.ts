/**
 * Parsing one mention from its head: what follows the head by its kind (a name, a description, a
 * body, a parent after "của"), then the place qualifier and the level; null when it is no mention.
 */
import type { OrganizationLevel } from '../../types.js';
import { adjacent, isCapitalised, type Words } from '../words.js';
import { PLURAL_AFTER } from './exclusions.js';
import { headAt, titleAt } from './heads.js';
import { PARENT_KINDS, type Kind } from './lexicon.js';
import { describedName, innerWord, namedName } from './names.js';
import { adminUnitAt, committeePlace, qualifier } from './place.js';

export interface Parsed {
  to: number;
  level: OrganizationLevel | null;
  /** [from, to) of the place name the text attaches, or null. */
  place: [number, number] | null;
  /** A body head alone, with no name or place: it may be a member of a generic list. */
  bare: boolean;
  generic: boolean;
  kind: Kind;
}

/** A mention made of a head and the body after it: the inner body's place, the head's kind. */
function around(inner: Parsed, level: OrganizationLevel | null, kind: Kind): Parsed {
  return { ...inner, level: inner.level ?? level, bare: false, kind };
}

/** A head's parent after "của": "Ban Chỉ đạo của Chính phủ", "Ủy ban ... của Quốc hội". */
function parentAt(w: Words, k: number, depth: number): Parsed | null {
  if (w.keys[k] !== 'của' || !adjacent(w, k) || !adjacent(w, k + 1)) return null;
  const p = parseAt(w, k + 1, depth + 1);
  return p && !p.generic && (p.kind === 'body' || p.kind === 'official') ? p : null;
}

/** The mention whose head starts at token i, or null. */
export function parseAt(w: Words, i: number, depth = 0): Parsed | null {
  if (depth > 4) return null;
  const head = headAt(w, i);
  if (!head) return null;
  const { info } = head;
  let end = i + head.len;
  let named = false;
  if (info.kind === 'official') {
    // "Thuế tỉnh", "Công an tỉnh": the unit word starts the qualifier.
    for (let u = 1; u <= 2 && head.len > u; u++) {
      if (adminUnitAt(w, end - u) === u) {
        end -= u;
        break;
      }
    }
  } else if (info.kind === 'named' || info.kind === 'sub') {
    const nameEnd = info.inner ? end : namedName(w, end, info.capital);
    if (nameEnd === end) {
      // The name is a body: "Văn phòng UBND tỉnh", "Văn phòng Bộ Tài chính".
      if (info.kind === 'sub' || !adjacent(w, end)) return null;
      const inner = parseAt(w, end, depth + 1);
      // A local branch named by its level: "Đoàn Thanh niên phường Hai Bà Trưng".
      const local = !inner && head.len > 1 && !info.inner && !info.work ? qualifier(w, end) : null;
      if (local) return { to: local.end, level: local.level ?? info.level, place: local.place, bare: false, generic: false, kind: info.kind };
      if (!inner) return null;
      return around(inner, info.level, info.kind);
    }
    end = nameEnd;
    named = true;
    // Cut inside a word ("Cục Quản | lý ..." before a capitalised common noun): not a name.
    const last = w.tokens[end - 1];
    const wholeName = info.work && isCapitalised(w.tokens[end - 2]) && end - 2 >= i + head.len; // "Bệnh viện Chợ Rẫy | tiếp nhận"
    if (!wholeName && last?.case === 'title' && adjacent(w, end) && innerWord(w, end) && !adminUnitAt(w, end) && w.keys[end] !== 'và' && w.keys[end] !== 'các') return null;
    // A school or a hospital is named by capitals (and a number): "Trường THPT Thủ Thiêm | tuyển sinh",
    // only after a whole proper name (not "Bảo tàng Lịch | sử quốc gia").
    let tail = 0;
    while (info.work && end - tail > i + head.len + 1 && w.tokens[end - tail - 1]?.case === 'lower') tail++;
    if (tail > 0 && isCapitalised(w.tokens[end - tail - 1]) && isCapitalised(w.tokens[end - tail - 2])) end -= tail;
    // A unit and then its parent: "Phòng Cảnh sát giao thông | Công an tỉnh Quảng Ngãi" is one body.
    const parentHead = info.kind === 'named' && adjacent(w, end) ? headAt(w, end) : null;
    if (parentHead && PARENT_KINDS.has(parentHead.info.kind)) {
      const parent = parseAt(w, end, depth + 1);
      if (parent && !parent.generic) return around(parent, info.level, info.kind);
    }
    if (info.kind === 'sub') {
      // "Ban Văn hóa - Xã hội | Hội đồng nhân dân tỉnh": a part needs its parent.
      const inner = adjacent(w, end) ? parseAt(w, end, depth + 1) : null;
      if (!inner || (inner.kind !== 'body' && inner.kind !== 'official')) return null;
      return { ...inner, bare: false, kind: 'sub' };
    }
  } else if (info.kind === 'described') {
    end = describedName(w, end);
    named = end > i + head.len;
  }
  // A member, not the body: "Huyện ủy viên".
  if (w.keys[end] === 'viên' && adjacent(w, end)) return null;
  let level = info.level;
  let place: [number, number] | null = null;
  let qualified = false;
  // "Thuế cơ sở 3 tỉnh X".
  if (info.kind === 'placed' && w.keys[end] === 'cơ' && w.keys[end + 1] === 'sở' && w.tokens[end + 2]?.kind === 'number') end += 3;
  // A numbered region: "Kho bạc Nhà nước khu vực XIX", "Chi cục Thuế khu vực 3".
  if (w.keys[end] === 'khu' && w.keys[end + 1] === 'vực' && adjacent(w, end) && adjacent(w, end + 2)) {
    const kind = w.tokens[end + 2]?.kind;
    if (kind === 'roman' || kind === 'number') end += 3;
  }
  // A body of a body: "Ban Thường vụ | Huyện ủy", "Đảng ủy | Ủy ban nhân dân Thành phố".
  const next = adjacent(w, end) ? headAt(w, end) : null;
  if (next && next.info.kind === 'body' && (info.kind === 'body' || info.kind === 'official')) {
    const inner = parseAt(w, end, depth + 1);
    if (inner) return around(inner, level, info.kind);
  }
  // A Party body of a unit: "Đảng ủy | Công an tỉnh", "Ban cán sự đảng | Bộ Tài chính", "Đảng ủy | Khu kinh tế Vũng Áng".
  if (info.unit && adjacent(w, end)) {
    if (next) {
      const inner = next.info.kind === 'described' ? null : parseAt(w, end, depth + 1);
      if (inner && !inner.generic) return around(inner, level, info.kind);
    } else if (w.tokens[end]?.case === 'title' && !adminUnitAt(w, end) && !committeePlace(w, end) && !titleAt(w, end)) {
      const nameEnd = namedName(w, end, true);
      if (nameEnd > end) {
        end = nameEnd;
        named = true;
      }
    }
  }
  const q = qualifier(w, end);
  if (q) {
    end = q.end;
    level = q.level ?? level;
    place = q.place;
    qualified = true;
  } else if (info.place || (info.kind === 'official' && info.level !== 'trung ương')) {
    // "Tỉnh ủy Điện Biên", "Sở Xây dựng Hà Nội": a known province or district without a unit word.
    place = committeePlace(w, end);
    if (place) {
      end = place[1];
      qualified = true;
    }
  }
  if (!qualified && adjacent(w, end) && isCapitalised(w.tokens[end])) {
    // "Ban Tổ chức Trung ương", "Ban Chấp hành Trung ương Đảng", "Mặt trận Tổ quốc Việt Nam".
    const two = `${w.keys[end]} ${w.keys[end + 1]}`;
    if ((two === 'trung ương' || two === 'việt nam') && info.kind !== 'named') {
      end += 2;
      level = 'trung ương';
      qualified = true;
      if (two === 'trung ương' && w.keys[end] === 'đảng' && adjacent(w, end) && isCapitalised(w.tokens[end])) end++;
      // "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh", "... Việt Nam phường": the local committee.
      const local = two === 'việt nam' ? qualifier(w, end) : null;
      if (local) {
        end = local.end;
        level = local.level;
        place = local.place;
      }
    }
  }
  if (info.kind === 'placed' && !qualified) return null;
  if (info.kind === 'described' && !named && !qualified && !info.parent) return null;
  let generic = false;
  // "Ủy ban nhân dân các xã", "UBND CẤP XÃ" (a level in a line of capitals).
  const pluralCase = w.tokens[end]?.case === 'lower' || (w.tokens[end]?.case === 'upper' && w.tokens[end - 1]?.case === 'upper');
  if (!qualified && adjacent(w, end) && PLURAL_AFTER.has(w.keys[end] as string) && pluralCase) generic = true;
  if (!generic && info.parent) {
    const parent = parentAt(w, end, depth);
    if (parent) {
      end = parent.to;
      level = parent.level ?? level;
      named = true;
    }
  }
  if (info.kind === 'described' && !named && !qualified) return null;
  return { to: end, level, place, bare: !named && !qualified && info.kind === 'body', generic, kind: info.kind };
}

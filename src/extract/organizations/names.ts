/**
 * The name after a head: the proper name after a named head ("Cục Di sản văn hóa", "Phòng Nội vụ |
 * chủ trì"), the description after a described head ("Ban Chỉ đạo ..."), and the lower-case words
 * and numbers that may sit inside or end a name.
 */
import type { Token } from '../../types.js';
import { adjacent, commonCapitalised, isCapitalised, type Words } from '../words.js';
import { headAt, titleAt } from './heads.js';
import { constructionWords, lexicon, organizationWords, PARENT_KINDS } from './lexicon.js';
import { adminUnitAt } from './place.js';

/** Whether token k is a lower-case word that may sit inside a name (not a function word or a verb). */
export function innerWord(w: Words, k: number): boolean {
  const t = w.tokens[k];
  const key = w.keys[k] as string;
  if (!t || t.kind !== 'word' || t.case !== 'lower') return false;
  if (key === 'các') return adminUnitAt(w, k + 1) === 0 && w.keys[k + 1] !== 'cấp';
  // "Khoa học và Công nghệ", not "... và các cơ quan", "... và Chính phủ".
  if (key === 'và') return isCapitalised(w.tokens[k + 1]) && headAt(w, k + 1) === null;
  if (key === 'cấp') return false; // "cấp xã": a level, not a name
  if (key === 'số' && w.tokens[k + 1]?.kind === 'number') return false; // "số 06" (not "chuyển đổi số")
  if (key === 'giao' && (w.keys[k + 1] === 'thông' || w.keys[k + 1] === 'dịch')) return true; // a noun, not "giao"
  return lexicon().describedStops.matchAt(w.keys, k) === 0 && lexicon().verbs.matchAt(w.keys, k) === 0;
}

const TIME_WORDS = organizationWords('quantity');

/** Whether the number at token k ends a name ("Ban Quản lý dự án 85 cho biết", "Trường THPT Quỳnh Lưu 1 trao"), not a quantity. */
function numberEndsName(w: Words, k: number): boolean {
  const next = w.tokens[k + 1];
  if (!next || next.kind === 'newline' || !adjacent(w, k + 1)) return true;
  if (next.kind === 'punct') return /^[,;:.)]$/u.test(w.keys[k + 1] as string);
  return next.kind === 'word' && next.case === 'lower' && !TIME_WORDS.has(w.keys[k + 1] as string);
}

/** Whether a body head starts at token k, right after a named head ("Văn phòng | UBND tỉnh"). */
function bodyAfter(w: Words, k: number): boolean {
  return adjacent(w, k) && headAt(w, k)?.info.kind === 'body';
}

/** Whether the number at token k sits inside a name: a capitalised word of the name follows ("Vùng 4 | Hải quân"). */
function numberInName(w: Words, k: number): boolean {
  const next = w.tokens[k + 1];
  if (next?.kind !== 'word' || next.case !== 'title' || !adjacent(w, k + 1)) return false;
  return headAt(w, k + 1) === null && titleAt(w, k + 1) === null && commonCapitalised().matchAt(w.keys, k + 1) === 0 && adminUnitAt(w, k + 1) === 0;
}

/** "Trung ương" opening a name that goes on with a proper name: "Bệnh viện Trung ương Huế" (not "Ban Tổ chức Trung ương"). */
function levelInName(w: Words, j: number): boolean {
  if (w.keys[j] !== 'trung' || w.keys[j + 1] !== 'ương' || !adjacent(w, j + 2)) return false;
  const next = w.tokens[j + 2];
  return next?.kind === 'word' && next.case === 'title' && headAt(w, j + 2) === null && commonCapitalised().matchAt(w.keys, j + 2) === 0;
}

/** A capitalised common noun coordinated with another part of the name: "Vụ | Kế hoạch - Tài chính". */
function coordinated(w: Words, j: number): boolean {
  const len = commonCapitalised().matchAt(w.keys, j);
  return w.keys[j + len] === '-' && adjacent(w, j + len) && adjacent(w, j + len + 1) && w.tokens[j + len + 1]?.case === 'title' && headAt(w, j + len + 1) === null;
}

/** A modifier of a school's name before its capitals: "chuyên | Lê Hồng Phong" (organization-name-modifiers.tsv). */
function modifierBeforeName(w: Words, j: number): boolean {
  const len = w.tokens[j]?.case === 'lower' ? lexicon().nameModifiers.matchAt(w.keys, j) : 0;
  if (!len || !adjacent(w, j + len)) return false;
  const next = w.tokens[j + len];
  return next?.kind === 'word' && next.case === 'title' && headAt(w, j + len) === null;
}

/**
 * The proper name after a named head, from j: capitalised words, with lower-case words between
 * or after them ("Di sản văn hóa", "Văn hóa các dân tộc Việt Nam", "các khu công nghiệp" before
 * "tỉnh"). A lower-case tail counts whole before punctuation or a place unit; before a verb or a
 * function word, whole when short, else only the syllable that completes the last capitalised
 * word ("Phòng Nội vụ | chủ trì"). Ends before a body head (the parent). Returns j for no name.
 */
export function namedName(w: Words, j: number, capital = false, depth = 0): number {
  const n = w.tokens.length;
  const first = w.tokens[j];
  if (depth > 2) return j;
  // "Trường THPT chuyên Lê Hồng Phong": a lower-case word of the name before its capitals.
  if (capital && !isCapitalised(first) && !modifierBeforeName(w, j)) return j;
  // "Bộ | Thực hiện ...", "Bộ | Luật ...": a sentence's opening word or a document is no name.
  if (isCapitalised(first) && !headAt(w, j) && (lexicon().openers.matchAt(w.keys, j) > 0 || (commonCapitalised().matchAt(w.keys, j) > 0 && !levelInName(w, j) && !coordinated(w, j)))) return j;
  let end = j;
  let capitals = 0;
  let pending = 0;
  /** The end of the one lower-case syllable after a capitalised word in title case ("Nội | vụ"). */
  let syllable = j;
  let k = j;
  let stop: 'punct' | 'verb' | 'unit' | 'parent' | 'number' | 'none' = 'none';
  /**
   * The first word that only a full name may hold: a building verb or "và" in a lower-case name
   * ("Ban Quản lý dự án đầu tư xây dựng ... | tỉnh"), "và các khu ..." after a name ("Ban Quản lý
   * Khu kinh tế X và các khu công nghiệp tỉnh Y"). The name goes past it only when it ends on a
   * level word, a place, a parent body or a number.
   */
  let provisional = -1;
  let capitalsAt = 0;
  while (k < n && k - j < 20) {
    const t = w.tokens[k] as Token;
    if (t.kind === 'newline' || !adjacent(w, k)) {
      // A name wrapped inside a table cell goes on in lower case: "Phòng Quản lý môi / trường".
      if (t.kind === 'newline' && k > j && w.tokens[k + 1]?.case === 'lower' && w.tokens[k + 1]?.kind === 'word') {
        k++;
        continue;
      }
      stop = 'punct';
      break;
    }
    if (adminUnitAt(w, k)) {
      stop = 'unit'; // "Ban Quản lý các khu công nghiệp | tỉnh", "Trung tâm Y tế | huyện"
      break;
    }
    if (isCapitalised(t)) {
      const head = headAt(w, k);
      // A body or another named body starts: "Văn phòng | Ủy ban nhân dân", "Bộ Tài chính | Cục Thuế".
      if (head && (head.info.kind !== 'named' || namedName(w, k + head.len, head.info.capital, depth + 1) > k + head.len || bodyAfter(w, k + head.len))) {
        if (w.keys[k - 1] === '-' && pending > 0) {
          // "Phòng Kinh tế | - Văn phòng UBND tỉnh", "Cục X | - Bộ Tư pháp": a hyphen before the next
          // body ends the name there; the body is a mention of its own.
          k--;
          pending--;
          stop = 'punct';
          break;
        }
        // A lower-case tail before the parent body: "Ban Văn hóa - Xã hội | Hội đồng nhân dân tỉnh",
        // "Phòng Cảnh sát giao thông | Công an tỉnh", "Cục Cảnh sát giao thông | Bộ Công an".
        if (PARENT_KINDS.has(head.info.kind)) stop = 'parent';
        break;
      }
      // A capitalised common noun ends the name ("Kết luận"), unless coordinated ("Tài chính - Kế hoạch").
      const joinedPart = w.keys[k - 1] === '-' || w.keys[k - 1] === 'và';
      if (head === null && (titleAt(w, k) || (k > j && !joinedPart && commonCapitalised().matchAt(w.keys, k)))) break;
      end = k + 1;
      capitals++;
      capitalsAt = k;
      pending = 0;
    } else if (t.kind === 'number' && capitals > 0 && pending === 0 && numberInName(w, k)) {
      // "Bộ Tư lệnh Vùng 4 Hải quân": the name goes on after the number (the next word decides).
    } else if (t.kind === 'number' && (capitals > 0 ? pending === 0 : pending > 0) && numberEndsName(w, k)) {
      stop = 'number'; // "Ban Quản lý dự án 85", "Trường THPT Quỳnh Lưu 1"
      k++;
      break;
    } else if (t.kind === 'punct' && w.keys[k] === '-' && capitals > 0 && isCapitalised(w.tokens[k + 1])) {
      pending++; // "Văn hóa - Xã hội"
    } else if (innerWord(w, k)) {
      if (pending === 0 && k > j && w.tokens[k - 1]?.case === 'title') syllable = k + 1;
      if (++pending > (capitals === 0 ? 16 : 8)) break;
    } else if (provisionalAt(w, k, capitals) > 0) {
      if (provisional < 0) provisional = k;
      const len = provisionalAt(w, k, capitals);
      pending += len;
      k += len;
      continue;
    } else {
      // Punctuation, or the verb or function word after the name ("Phòng Nội vụ | chủ trì").
      if (t.kind === 'punct' && /^[,;:.)(!?]$/u.test(w.keys[k] as string)) stop = 'punct';
      else if (t.kind === 'word' && (lexicon().describedStops.matchAt(w.keys, k) > 0 || lexicon().verbs.matchAt(w.keys, k) > 0)) stop = 'verb';
      break;
    }
    k++;
  }
  if (k >= n && stop !== 'number') stop = 'punct';
  if (provisional >= 0 && stop !== 'unit' && stop !== 'parent' && stop !== 'number' && !(capitals > 0 && capitalsAt > provisional)) {
    // Not a full name: it ends before the building verb or "và" ("Ban Quản lý | xây dựng ...").
    if (capitals === 0) return j;
    return end;
  }
  if (stop === 'number') return k;
  const tailOk = pending > 0 && w.keys[k - 1] !== 'và' && w.keys[k - 1] !== 'các';
  if (tailOk && (stop === 'unit' || stop === 'parent') && (capitals > 0 || (stop === 'unit' && k - j === pending))) end = k;
  else if (tailOk && capitals > 0 && (stop === 'punct' || (stop === 'verb' && pending <= 3 && syllable > end))) end = k;
  else if (stop === 'verb' && syllable > end) end = syllable;
  // In capitals every word looks like a name: the name must end its line ("TRƯỜNG ĐẠI HỌC X THÀNH ĐẠI HỌC X").
  const inCapitals = w.tokens[j - 1]?.case === 'upper' && w.tokens[j]?.case === 'upper';
  if (end > j && inCapitals && w.tokens[end] && adjacent(w, end) && w.tokens[end]?.kind !== 'punct' && !adminUnitAt(w, end)) return j;
  return end;
}

/** The length of a word that only a full name may hold at token k (see namedName), or 0. */
function provisionalAt(w: Words, k: number, capitals: number): number {
  const t = w.tokens[k];
  if (!t || t.kind !== 'word' || t.case !== 'lower') return 0;
  if (w.keys[k] === 'và') {
    if (capitals === 0) return w.tokens[k + 1]?.case === 'lower' && w.tokens[k + 1]?.kind === 'word' ? 1 : 0;
    return w.keys[k + 1] === 'các' && w.keys[k + 2] === 'khu' ? 2 : 0;
  }
  return capitals === 0 ? constructionWords().matchAt(w.keys, k) : 0;
}

/** The description after a described head ("Ban Chỉ đạo ..."), up to a clause boundary or a verb. */
export function describedName(w: Words, j: number): number {
  const lx = lexicon();
  let end = j;
  let k = j;
  while (k < w.tokens.length && k - j < 32 && adjacent(w, k)) {
    const t = w.tokens[k] as Token;
    const key = w.keys[k] as string;
    if (t.kind === 'punct') {
      if ((key === ',' && w.tokens[k + 1]?.case === 'lower' && !lx.describedStops.matchAt(w.keys, k + 1)) || key === '-') {
        k++;
        continue;
      }
      break;
    }
    if (key === 'của' || lx.describedStops.matchAt(w.keys, k) || adminUnitAt(w, k)) break;
    if (key === 'và' && (w.keys[k + 1] === 'các' || w.keys[k + 1] === 'những' || headAt(w, k + 1))) break;
    if (isCapitalised(t) && (titleAt(w, k) || (headAt(w, k) && headAt(w, k)?.info.kind !== 'named'))) break;
    if (t.kind === 'word' || t.kind === 'number' || t.kind === 'roman') end = ++k;
    else break;
  }
  return end;
}

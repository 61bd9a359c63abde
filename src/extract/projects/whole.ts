/**
 * Proper names with common words in them: "Khu di tích lịch sử Ngã ba Đồng Lộc" is named
 * "Ngã ba Đồng Lộc", "Khu di tích Nhà tù Côn Đảo" "Nhà tù Côn Đảo", "Bảo tàng Phụ nữ Việt Nam"
 * "Phụ nữ Việt Nam". A capitalised word, a few lower-case words, then a capitalised name.
 */
import { phrases } from '../../lexicon/index.js';
import { adjacent, commonCapitalised, isCapitalised, nameRun, unitAt, type Words } from '../words.js';
import { onlyTypeWords } from './context.js';
import { CARRY_ON, CLAUSE_WORDS, SITES } from './lexicon.js';
import { extendName } from './names.js';

/**
 * The end of a whole name starting at the capitalised token j, or j. Under a site's head (khu di
 * tích ...) up to two lower-case words may sit inside the name ("Đôi bờ Hiền Lương - Bến Hải",
 * "Thành cổ Quảng Trị"); under another head written in title case, one ("Phụ nữ Việt Nam"), and
 * not a word that says the kind of work ("Trường Tiểu học Thiện Phiến" is named "Thiện Phiến").
 */
export function phraseName(w: Words, j: number, head: string, titleHead: boolean): number {
  const site = SITES.has(head);
  if (!site && !titleHead) return j;
  if (w.tokens[j]?.case !== 'title' || commonCapitalised().matchAt(w.keys, j)) return j;
  // Outside a site, a work noun ("Nhà máy Thủy điện Hòa Bình") or a title ("Chủ tịch Hồ Chí
  // Minh") starts no name.
  if (!site && (phrases('work-nouns.tsv').matchAt(w.keys, j) || phrases('titles.tsv').matchAt(w.keys, j))) return j;
  const most = site ? 2 : 1;
  let k = j + 1;
  while (k - j - 1 < most && w.tokens[k]?.kind === 'word' && w.tokens[k]?.case === 'lower' && adjacent(w, k)) {
    const key = w.keys[k] ?? '';
    if (CARRY_ON.has(key) || CLAUSE_WORDS.has(key) || key === 'và' || unitAt(w, k)) return j;
    k++;
  }
  if (k === j + 1 || !adjacent(w, k) || !isCapitalised(w.tokens[k]) || w.tokens[k]?.case !== 'title') return j;
  if (unitAt(w, k) || commonCapitalised().matchAt(w.keys, k)) return j;
  if (onlyTypeWords(w, j, k)) return j;
  const end = extendName(w, nameRun(w, k, 5));
  return end > k ? end : j;
}

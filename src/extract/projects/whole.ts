/**
 * Proper names with common words in them: "Khu di tích lịch sử Ngã ba Đồng Lộc" is named
 * "Ngã ba Đồng Lộc", "Khu di tích Nhà tù Côn Đảo" "Nhà tù Côn Đảo", "Bảo tàng Phụ nữ Việt Nam"
 * "Phụ nữ Việt Nam": a capitalised word, a few lower-case words, then a capitalised name.
 */
import { phrases } from '../../lexicon/index.js';
import { adjacent, commonCapitalised, isCapitalised, nameRun, unitAt, type Words } from '../words.js';
import { onlyTypeWords } from './context.js';
import { CARRY_ON, CLAUSE_WORDS, SITES } from './lexicon.js';
import { extendName } from './names.js';

/**
 * The end of a whole name starting at the capitalised token j, or j. Under the head of a site or a
 * museum (khu di tích, bảo tàng ...) up to two lower-case words may sit inside the name ("Đôi bờ
 * Hiền Lương - Bến Hải", "Thành cổ Quảng Trị", "Dân tộc học Việt Nam"), but not words that only say
 * what kind of site it is.
 */
export function phraseName(w: Words, j: number, head: string): number {
  if (!SITES.has(head)) return j;
  if (w.tokens[j]?.case !== 'title' || commonCapitalised().matchAt(w.keys, j)) return j;
  // A title ("Chủ tịch Hồ Chí Minh") starts no name.
  if (phrases('titles.tsv').matchAt(w.keys, j)) return j;
  const most = 2;
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

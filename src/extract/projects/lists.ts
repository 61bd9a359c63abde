/** Lists of works: the further items after a work under a plural head, and the items after a colon. */
import { phrases } from '../../lexicon/index.js';
import type { Located, ProjectValue } from '../../types.js';
import { commonCapitalised, isCapitalised, nameRun, spanOf, textOf, type Words } from '../words.js';
import { sentenceEnd } from './context.js';
import { kindOf, pluralAt } from './lexicon.js';
import { extendName, vietnameseName, withoutTypeAcronym } from './names.js';

/**
 * The further items of a list that follows a work: each after "," or "và", a proper name (dashes
 * allowed) or a numbered work ("Vành đai 3"), any descriptor after it ("giai đoạn 2", "TP.HCM")
 * skipped up to the next separator. Stops at the end of the sentence or at anything else.
 */
export function listContinuation(w: Words, heads: ReturnType<typeof phrases>, from: number, placesOnly = false): [number, number][] {
  const out: [number, number][] = [];
  let k = from;
  for (let items = 0; items < 12; items++) {
    // Skip a short descriptor up to the separator.
    let skipped = 0;
    while (k < w.tokens.length && w.keys[k] !== ',' && !and(w, k) && skipped < 6) {
      if (w.tokens[k]?.kind === 'newline' || (/^[.;:!?()]$/u.test(w.keys[k] ?? '') && !(w.keys[k] === '.' && !sentenceEnd(w, k)))) return out;
      k++;
      skipped++;
    }
    if (w.keys[k] !== ',' && !and(w, k)) return out;
    const start = k + 1;
    if (!isCapitalised(w.tokens[start]) || commonCapitalised().matchAt(w.keys, start)) return out;
    const head = heads.matchAt(w.keys, start);
    let end: number;
    if (head && w.tokens[start + head]?.kind === 'number') end = extendName(w, start + head + 1);
    // A one-word work noun in title case starting an item is a name ("các cống Tân Phú, An Hóa và
    // Bến Rớ"); a longer one starts a work of its own kind, which the main scan reads.
    else if (head > 1 || (head === 1 && (w.tokens[start]?.case !== 'title' || placesOnly))) return out;
    else end = extendName(w, nameRun(w, start, 5));
    if (end <= start) return out;
    // After a place that names a work ("trạm y tế xã Trà Giáp và Trà Ka"), only Vietnamese place
    // names go on with the list, not a body ("và UBND xã").
    if (placesOnly && !vietnameseName(w, start, end)) return out;
    out.push([withoutTypeAcronym(w, start, end), end]);
    k = end;
  }
  return out;
}

/**
 * Items of a list introduced by a plural work noun and a colon ("Các dự án có kế hoạch thông xe
 * kỹ thuật: Đồng Đăng - Trà Lĩnh (Lạng Sơn, Cao Bằng); Hữu Nghị - Chi Lăng (Lạng Sơn)"): each
 * item that is a proper name (dashes allowed) is a work of that kind. Items are separated by ";"
 * (or "," when the list has no ";"); an item with a head of its own was already read.
 */
export function listedProjects(w: Words, heads: ReturnType<typeof phrases>, found: Located<ProjectValue>[]): Located<ProjectValue>[] {
  const out: Located<ProjectValue>[] = [];
  const construction = phrases('construction-words.tsv');
  const taken = found.map((p) => p.span);
  const inside = (k: number) => {
    const at = (w.tokens[k] as { start: number }).start;
    return taken.some((s) => s.start <= at && at < s.end);
  };
  for (let i = 1; i < w.tokens.length; i++) {
    // "các dự án ...:", "4 khu công nghiệp ... như:", "các đoạn cao tốc ... gồm:".
    const before = w.keys[i - 1] ?? '';
    if (!pluralAt(w, i - 1) && w.tokens[i - 1]?.kind !== 'number' && !(before === 'đoạn' && pluralAt(w, i - 2))) continue;
    const len = heads.matchAt(w.keys, i);
    if (!len) continue;
    const kind = kindOf(textOf(w, i, i + len)); // as the main scan writes it: "KCN" -> khu công nghiệp
    // The colon must close the introduction, within the same sentence.
    let colon = -1;
    for (let j = i + len; j < w.tokens.length && j < i + len + 15; j++) {
      const k = w.keys[j];
      if (k === ':') {
        colon = j;
        break;
      }
      if (k === ';' || sentenceEnd(w, j)) break;
    }
    if (colon < 0) continue;
    let end = colon + 1;
    while (end < w.tokens.length && !sentenceEnd(w, end)) end++;
    const semicolons = w.keys.slice(colon + 1, end).includes(';');
    let item = colon + 1;
    while (item < end) {
      // "1. Trường ...": an item number.
      if (w.tokens[item]?.kind === 'number' && w.keys[item + 1] === '.') item += 2;
      // "gồm: đoạn Bãi Vọt - Hàm Nghi và đoạn ...": a section of the works, named by its route.
      const section = w.keys[item] === 'đoạn' && w.tokens[item]?.case === 'lower' && isCapitalised(w.tokens[item + 1]) ? 1 : 0;
      const first = item + section;
      if (isCapitalised(w.tokens[first]) && !heads.matchAt(w.keys, first) && !commonCapitalised().matchAt(w.keys, first)) {
        const stop = extendName(w, nameRun(w, first, 5));
        const next = w.keys[stop] ?? '.';
        const closes = next === ';' || next === '(' || next === '.' || (!semicolons && (next === ',' || and(w, stop))) || (section > 0 && !isCapitalised(w.tokens[stop]));
        if (stop > first && closes && !inside(first)) {
          const from = withoutTypeAcronym(w, first, stop);
          out.push({ value: { name: textOf(w, from, stop), text: textOf(w, item, stop), kind }, span: spanOf(w, section ? item : from, stop) });
        }
      } else if (!isCapitalised(w.tokens[first]) && !heads.matchAt(w.keys, first) && !construction.matchAt(w.keys, first)) {
        // "..., đi qua các tỉnh Gia Lai, Đắk Lắk": a clause, not an item, ends the list.
        break;
      }
      // On to the next item.
      let k = item;
      while (k < end && !(semicolons ? w.keys[k] === ';' : w.keys[k] === ',' || and(w, k))) k++;
      item = k + 1;
    }
    i = end;
  }
  return out;
}

/** "và" joining items, in lower case: "Lao Và Chải" is one name. */
function and(w: Words, k: number): boolean {
  return w.keys[k] === 'và' && w.tokens[k]?.case === 'lower';
}

/**
 * projects[]: a phrase headed by a work noun (khu di tích, phòng truyền thống, đường, cầu, dự án,
 * công trình ...) that ends in a proper name: "Khu di tích tập kết 200 ngày đêm Vàm Chắc Băng",
 * "đường ven sông Cái Lớn". `name` is the proper name, `text` the phrase, `kind` the head noun.
 *
 * From the head, words are scanned up to the first punctuation: a name after an administrative
 * unit (huyện Vĩnh Thuận) only locates the work, and "tại"/"ở" carries the phrase on to the
 * site; a capitalised common noun (Nghị quyết ...) or another clause ends the search. No name,
 * no project: "các dự án, công trình trọng điểm" yields nothing.
 */
import { foldKey } from '../normalize/fold.js';
import { phrases, table } from '../lexicon/index.js';
import type { Located, ProjectValue } from '../types.js';
import type { ExtractInput } from './context.js';
import { adjacent, commonCapitalised, isCapitalised, nameRun, placeUnitClass, placeUnits, spanOf, textOf, unitAt, words, type Words } from './words.js';

const MAX_SCAN = 20;
const CARRY_ON = new Set(['tại', 'ở', 'thuộc']);

let blockers: { before: Set<string>; after: Set<string> } | undefined;

function blocked(w: Words, i: number, len: number): boolean {
  if (!blockers) {
    blockers = { before: new Set(), after: new Set() };
    for (const [a, b] of table('work-noun-blockers.tsv')) {
      if (a?.startsWith('+')) blockers.after.add(`${foldKey(b as string)} ${foldKey(a.slice(1))}`);
      else blockers.before.add(`${foldKey(a as string)} ${foldKey(b as string)}`);
    }
  }
  const head = w.keys.slice(i, i + len).join(' ');
  const last = w.keys[i + len - 1] as string;
  const first = w.keys[i] as string;
  if (i > 0 && adjacent(w, i) && blockers.before.has(`${w.keys[i - 1]} ${first}`)) return true;
  return blockers.after.has(`${last} ${w.keys[i + len] ?? ''}`) || (len === 1 && blockers.after.has(`${head} ${w.keys[i + 1] ?? ''}`));
}

export function extractProjects(input: ExtractInput): Located<ProjectValue>[] {
  const w = words(input);
  const heads = phrases('work-nouns.tsv');
  const units = placeUnits();
  const out: Located<ProjectValue>[] = [];
  for (let i = 0; i < w.tokens.length; i++) {
    const len = heads.matchAt(w.keys, i);
    if (!len || w.tokens[i]?.kind !== 'word' || blocked(w, i, len)) continue;
    let name: [number, number] | null = null;
    let qualifier: [number, number] | null = null;
    let j = i + len;
    let scanned = 0;
    while (j < w.tokens.length && scanned < MAX_SCAN) {
      const t = w.tokens[j];
      if (!t || t.kind === 'punct' || t.kind === 'newline' || t.kind === 'code') break;
      if (!adjacent(w, j)) break;
      const unit = unitAt(w, j);
      if (unit) {
        const after = j + unit;
        const end = adjacent(w, after) ? nameRun(w, after, 4, false) : after;
        if (end > after) {
          const admin = placeUnitClass(w.keys.slice(j, after).join(' ')) === 'admin';
          if (admin && !(j === i + len)) qualifier = [after, end];
          else name = [after, end];
          j = end;
          if (name && !CARRY_ON.has(w.keys[j] ?? '')) break;
          if (CARRY_ON.has(w.keys[j] ?? '')) name = null;
          continue;
        }
        j = after;
        scanned += unit;
        continue;
      }
      if (isCapitalised(t)) {
        if (commonCapitalised().matchAt(w.keys, j)) break;
        const end = nameRun(w, j, 5);
        name = [j, end];
        j = end;
        if (!CARRY_ON.has(w.keys[j] ?? '')) break;
        name = null;
        continue;
      }
      j++;
      scanned++;
    }
    const found = name ?? (qualifier && qualifier[0] === i + len + 1 ? qualifier : null);
    if (!found) continue;
    // An acronym after a lower-case head ("đường dẫn của từng DVC") is not a work's name.
    const allUpper = w.tokens.slice(found[0], found[1]).every((t) => t.case === 'upper');
    if (allUpper && w.tokens[i]?.case !== 'upper') continue;
    const span = spanOf(w, i, found[1]);
    out.push({
      value: { name: textOf(w, found[0], found[1]), text: textOf(w, i, found[1]), kind: textOf(w, i, i + len).toLowerCase() },
      span,
    });
    i = found[1] - 1;
  }
  return out;
}

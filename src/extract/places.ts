/**
 * places[]: a place unit followed by a proper name ("huyện Vĩnh Thuận", "sông Cái Lớn",
 * "Vườn tràm Ban Biện Phú"), further names listed after it with the same unit ("xã Tân Thuận,
 * Vĩnh Bình Nam"), and the name in a Party committee's name ("Huyện ủy Gia Lâm", unit null).
 * A capitalised word alone is never a place: the unit word (or the committee) must say so.
 */
import type { Located, PlaceValue } from '../types.js';
import { nameCase } from './casing.js';
import type { ExtractInput } from './context.js';
import { adjacent, commonCapitalised, nameRun, placeUnits, spanOf, textOf, unitAt, words, type Words } from './words.js';
import { phrases } from '../lexicon/index.js';

const COMMITTEES = ['huyện ủy', 'tỉnh ủy', 'thành ủy', 'quận ủy', 'thị ủy', 'thị xã ủy', 'đảng ủy', 'đảng bộ'];

function committeeAt(w: Words, i: number): number {
  for (const c of COMMITTEES) {
    const parts = c.split(' ');
    if (parts.every((p, k) => w.keys[i + k] === p) && w.tokens[i]?.case !== 'lower') return parts.length;
  }
  return 0;
}

export function extractPlaces(input: ExtractInput): Located<PlaceValue>[] {
  const w = words(input);
  const units = placeUnits();
  const orgHeads = phrases('organization-heads.tsv');
  const out: Located<PlaceValue>[] = [];
  const add = (from: number, to: number, unit: string | null) => {
    const name = nameCase(textOf(w, from, to));
    out.push({ value: { name, unit }, span: spanOf(w, from, to) });
  };
  for (let i = 0; i < w.tokens.length; i++) {
    const committee = committeeAt(w, i);
    if (committee) {
      const j = i + committee;
      const end = adjacent(w, j) ? nameRun(w, j, 4) : j;
      if (end > j) {
        add(j, end, null);
        i = end - 1;
      }
      continue;
    }
    const u = unitAt(w, i);
    if (!u || w.tokens[i]?.kind !== 'word') continue;
    // "Huyện ủy", "Xã đội": a unit word followed by a lower-case body word is not a place.
    const j = i + u;
    if (!adjacent(w, j)) continue;
    // After a unit word a capitalised word is a name, even a common one (Vườn tràm Ban Biện Phú).
    if (w.keys[j] === 'ủy') continue;
    let end = nameRun(w, j, 4, false);
    if (end === j) continue;
    const unit = textOf(w, i, j).toLowerCase();
    add(j, end, unit);
    // Further names in a list: ", Vĩnh Bình Nam", "và Vĩnh Bình".
    for (;;) {
      const sep = w.keys[end];
      const next = end + 1;
      if (sep !== ',' && sep !== 'và') break;
      if (units.matchAt(w.keys, next) || orgHeads.matchAt(w.keys, next) || commonCapitalised().matchAt(w.keys, next)) break;
      const more = nameRun(w, next, 4);
      if (more === next) break;
      // The next word after the name must not continue it in lower case as a sentence subject.
      add(next, more, unit);
      end = more;
    }
    i = end - 1;
  }
  return out;
}

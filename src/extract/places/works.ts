/**
 * Words that name a work or an enterprise, not a location: a road or reservoir being built ("dự án
 * nâng cấp đường ..."), a road in a list of works, a region word in an enterprise's or event's name.
 */
import type { Token } from '../../types.js';
import { adjacent, type Words } from '../words.js';
import { ITEM_STARTS, lex, REGION_BLOCKERS, ROAD_NOUNS, WORK_LIST_HEADS } from './lexicon.js';
import { capitalised, isWord } from './tokens.js';

/** A street or a work named after "dự án nâng cấp ...", "xây dựng ...": the work, not a location. */
export function builtRoad(w: Words, i: number): boolean {
  const { roadBlockers, units, info } = lex();
  // A code after its road unit ("nâng cấp đường tỉnh ĐT.864"): look before the unit word.
  for (let back = 2; back >= 1; back--) {
    const len = units.matchAt(w.keys, i - back);
    if (len === back && info.get(w.keys.slice(i - back, i).join(' '))?.cls === 'road') {
      i -= back;
      break;
    }
  }
  // "dự án tuyến đường bộ cao tốc ...": the road nouns before the unit word are part of its head.
  // "dự án tuyến đường ven biển ĐT.639": so is a coast or a river the road runs along.
  for (let guard = 0; guard < 4 && adjacent(w, i); guard++) {
    if (ROAD_NOUNS.has(w.keys[i - 1] ?? '')) i--;
    else if (w.keys[i - 2] === 'ven' && adjacent(w, i - 1) && w.tokens[i - 1]?.case === 'lower') i -= 2;
    else break;
  }
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    if (!isWord(w.tokens[k])) return false;
    const len = roadBlockers.matchAt(w.keys, k);
    if (len && k + len >= i - 1) return true;
  }
  return false;
}

/** A phrase of `heads` ends at token k. */
function headEndsAt(w: Words, k: number, heads: readonly string[][]): boolean {
  return heads.some((h) => h.every((p, d) => w.keys[k - h.length + 1 + d] === p));
}

/** The region word at i is part of an enterprise's or an event's name ("Điện lực miền Nam"). */
export function regionInName(w: Words, i: number): boolean {
  const { followers, contexts } = lex();
  for (let k = i - 1, guard = 0; guard < 5 && k >= 0; k--, guard++) {
    if (headEndsAt(w, k, REGION_BLOCKERS)) return true;
    if (!isWord(w.tokens[k]) || !adjacent(w, k + 1) || followers.has(w.keys[k] ?? '') || contexts.matchAt(w.keys, k) > 0) return false;
  }
  return false;
}

/**
 * The road at i is an item of a list of works: "các công trình trọng điểm, gồm: đường bộ ven biển
 * ..., đại lộ Đông Tây". Looks back at most 40 tokens, within the sentence, for "gồm" or a colon
 * with a work head at most 10 tokens before it.
 */
export function inWorkList(w: Words, i: number): boolean {
  if (!ITEM_STARTS.has(w.keys[i - 1] ?? '')) return false;
  for (let k = i - 1; k >= Math.max(0, i - 40); k--) {
    const key = w.keys[k];
    const t = w.tokens[k] as Token;
    if (t.kind === 'newline' || key === '.' || key === ';' || key === '(' || key === ')') return false;
    if (key === ':' || key === 'gồm' || key === 'như') {
      for (let m = k - 1; m >= Math.max(0, k - 10); m--) {
        if (w.keys[m] === '.' || w.keys[m] === ';' || w.tokens[m]?.kind === 'newline') return false;
        if (headEndsAt(w, m, WORK_LIST_HEADS)) return true;
      }
      return false;
    }
  }
  return false;
}

/**
 * The site or natural place word at i is part of a body's name: "Ban Quản lý Vườn quốc gia Chư Mom
 * Ray", "Đồn Biên phòng cửa khẩu quốc tế Hà Tiên" (place-site-bodies.tsv, ending right before it).
 */
export function inSiteBodyName(w: Words, i: number): boolean {
  const { siteBodies } = lex();
  for (let back = 1; back <= siteBodies.longest && back <= i; back++) {
    if (siteBodies.matchAt(w.keys, i - back) === back && capitalised(w.tokens[i - back]) && adjacent(w, i)) return true;
  }
  return false;
}

/**
 * organizations[]: names headed by an organisation head written with a capital (Ban Thường vụ,
 * Ủy ban nhân dân, Huyện ủy, Sở, Bộ, Cục ...). A fixed body name takes the place that qualifies
 * it ("Ủy ban nhân dân huyện", "Ủy ban nhân dân tỉnh Quảng Trị") and a following committee
 * ("Ban Thường vụ Huyện ủy"); a named head takes its proper name ("Sở Công Thương", "Sở Khoa học
 * và Công nghệ"), ending at a lower-case function word. Counted once per name.
 */
import { foldKey } from '../normalize/fold.js';
import { keySet, phrases, table } from '../lexicon/index.js';
import type { Located, OrganizationValue } from '../types.js';
import type { ExtractInput } from './context.js';
import { normalCase } from './casing.js';
import { adjacent, isCapitalised, nameRun, placeUnitClass, placeUnits, spanOf, textOf, unitAt, words, type Words } from './words.js';

let kinds: Map<string, string> | undefined;
let stop: Set<string> | undefined;

function headKind(w: Words, i: number, len: number): string {
  kinds ??= new Map(table('organization-heads.tsv').map((r) => [foldKey(r[0] as string), r[1] as string]));
  return kinds.get(w.keys.slice(i, i + len).join(' ')) ?? 'body';
}

/** Extends a name over a place qualifier: "huyện", "tỉnh Quảng Trị", "các xã" is not one. */
function qualifier(w: Words, j: number): number {
  if (!adjacent(w, j)) return j;
  const u = unitAt(w, j);
  if (!u || placeUnitClass(w.keys.slice(j, j + u).join(' ')) !== 'admin') return j;
  const after = j + u;
  const end = adjacent(w, after) ? nameRun(w, after, 4, false) : after;
  return end;
}

/** A proper name after a named head: capitalised words, their lower-case second syllables, "và". */
function properName(w: Words, j: number): number {
  stop ??= keySet('name-stopwords.tsv');
  if (!adjacent(w, j) || !isCapitalised(w.tokens[j])) return j;
  let end = j;
  let k = j;
  while (k < w.tokens.length && k - j < 8 && adjacent(w, k)) {
    const t = w.tokens[k];
    const key = w.keys[k] as string;
    if (isCapitalised(t)) end = k + 1;
    else if (key === 'và' && isCapitalised(w.tokens[k + 1])) {
      /* "Khoa học và Công nghệ" */
    } else if (t?.kind === 'word' && t.case === 'lower' && !stop.has(key) && isCapitalised(w.tokens[k - 1])) end = k + 1;
    else break;
    k++;
  }
  return end;
}

export function extractOrganizations(input: ExtractInput): Located<OrganizationValue>[] {
  const w = words(input);
  const heads = phrases('organization-heads.tsv');
  const out: Located<OrganizationValue>[] = [];
  for (let i = 0; i < w.tokens.length; i++) {
    if (!isCapitalised(w.tokens[i])) continue;
    const len = heads.matchAt(w.keys, i);
    if (!len) continue;
    let end = i + len;
    if (headKind(w, i, len) === 'named') {
      const named = properName(w, end);
      if (named === end) continue;
      end = named;
    } else {
      // "Ban Thường vụ" + "Huyện ủy": a body of a committee is one name.
      const next = adjacent(w, end) && isCapitalised(w.tokens[end]) ? heads.matchAt(w.keys, end) : 0;
      if (next && headKind(w, end, next) === 'body') end += next;
      end = qualifier(w, end);
    }
    out.push({ value: { name: normalCase(textOf(w, i, end)) }, span: spanOf(w, i, end) });
    i = end - 1;
  }
  return out;
}

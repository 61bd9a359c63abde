/**
 * The main scan: every organisation mention in a text, in order, generic plurals flagged, skipping
 * posts, law and event names, heads after a place unit, venues and works; memoised per input.
 */
import type { OrganizationLevel } from '../../types.js';
import type { ExtractInput } from '../context.js';
import { institutionActs, isCapitalised, words, type Words } from '../words.js';
import { PLURAL_BEFORE, VENUE_BEFORE, afterPlaceUnit, afterWord, beingBuilt, listGap, namedDocuments, workByName } from './exclusions.js';
import { headAt, titleAt } from './heads.js';
import { parseAt } from './parse.js';

/** One mention, in token indices [from, to). */
export interface OrganizationMention {
  from: number;
  to: number;
  level: OrganizationLevel | null;
  place: [number, number] | null;
  bare: boolean;
  /** A generic plural ("Ủy ban nhân dân các xã"): not an organisation, still a body's words. */
  generic: boolean;
}

const mentionCache = new WeakMap<object, { w: Words; mentions: OrganizationMention[] }>();

/** The words and organisation mentions of an input, computed once (people.ts reads them too). */
export function mentionsOf(input: ExtractInput): { w: Words; mentions: OrganizationMention[] } {
  let found = mentionCache.get(input.tokens);
  if (!found) {
    const w = words(input);
    found = { w, mentions: organizationMentions(w) };
    mentionCache.set(input.tokens, found);
  }
  return found;
}

/** Every organisation mention in the text, generic plurals included (flagged), in order. */
export function organizationMentions(w: Words): OrganizationMention[] {
  const blocked = namedDocuments(w);
  const out: OrganizationMention[] = [];
  for (let i = 0; i < w.tokens.length; i++) {
    if (blocked[i] || !isCapitalised(w.tokens[i])) continue;
    const head = headAt(w, i);
    const title = titleAt(w, i);
    if (title && title.len > (head?.len ?? 0)) {
      i += title.skip - 1;
      continue;
    }
    if (!head || afterPlaceUnit(w, i)) continue;
    if (head.info.venue && afterWord(w, i, VENUE_BEFORE)) continue;
    const work = head.info.work || workByName(w, i, head.len);
    const parsed = parseAt(w, i);
    if (!parsed) continue;
    // A school or a hospital being built is a work, unless it acts ("..., Bệnh viện X tiếp nhận ...").
    if (work && beingBuilt(w, i) && !institutionActs(w, parsed.to)) continue;
    const generic = parsed.generic || afterWord(w, i, PLURAL_BEFORE);
    out.push({ from: i, to: parsed.to, level: parsed.level, place: parsed.place, bare: parsed.bare, generic });
    i = parsed.to - 1;
  }
  // "Bí thư Tỉnh ủy, Thành ủy, Chủ tịch UBND các tỉnh": bare bodies listed before a plural are plural too.
  for (let m = out.length - 1; m > 0; m--) {
    const cur = out[m] as OrganizationMention;
    const prev = out[m - 1] as OrganizationMention;
    if (cur.generic && prev.bare && listGap(w, prev.to, cur.from)) prev.generic = true;
  }
  return out;
}

/**
 * What is not an organisation: bodies inside the name of a law, congress or conference, generic
 * plurals ("các Bộ", "Ủy ban nhân dân các xã") and the bare bodies listed before them, a head after
 * a place unit ("Vườn tràm Ban Biện Phú"), a venue after "tại", and a school or hospital being built.
 */
import { PhraseSet, phrases } from '../../lexicon/index.js';
import type { Token } from '../../types.js';
import { adjacent, isCapitalised, listItemDot, placeUnits, type Words } from '../words.js';
import { isWord, titleAt } from './heads.js';
import { constructionWords, organizationWords } from './lexicon.js';

// ---------------------------------------------------------------------------------------------
// Names of laws, congresses and conferences, whose bodies are not organisations

const LAW_HEADS = new PhraseSet(['luật', 'bộ luật', 'pháp lệnh', 'hiến pháp']);
const LAW_STOPS = organizationWords('law-stop');
const EVENT_HEADS = new PhraseSet(['đại hội', 'hội nghị']);
const EVENT_WORDS = organizationWords('event-word');

/** Tokens inside the name of a law ("Luật Tổ chức Chính phủ") or an event ("Đại hội XII Đảng bộ huyện"). */
export function namedDocuments(w: Words): Uint8Array {
  const blocked = new Uint8Array(w.tokens.length);
  const n = w.tokens.length;
  for (let i = 0; i < n; i++) {
    const law = isCapitalised(w.tokens[i]) ? LAW_HEADS.matchAt(w.keys, i) : 0;
    if (law && adjacent(w, i + law) && isCapitalised(w.tokens[i + law])) {
      let k = i + law;
      while (k < n && k - i < 20 && adjacent(w, k)) {
        const t = w.tokens[k] as Token;
        const key = w.keys[k] as string;
        if (isWord(t) && !LAW_STOPS.has(key)) blocked[k++] = 1;
        else if ((key === ',' && w.tokens[k + 1]?.case === 'lower' && !LAW_STOPS.has(w.keys[k + 1] ?? '')) || key === '-') k++;
        else break;
      }
      i = k - 1;
      continue;
    }
    const event = EVENT_HEADS.matchAt(w.keys, i);
    if (event) {
      let k = i + event;
      while (k < n && k - i < 24 && adjacent(w, k)) {
        const t = w.tokens[k] as Token;
        const key = w.keys[k] as string;
        if (t.kind === 'roman' || t.kind === 'number' || isCapitalised(t) || (isWord(t) && EVENT_WORDS.has(key))) blocked[k++] = 1;
        else if (key === '-') k++;
        else break;
      }
      i = k - 1;
    }
  }
  return blocked;
}

// ---------------------------------------------------------------------------------------------
// Generic plurals, places, venues and works

export const PLURAL_BEFORE = new Set(['các', 'những', 'từng', 'mọi']);
export const PLURAL_AFTER = new Set(['các', 'cấp', 'những']);

/** Whether a place unit or a plural word ends right before token i. */
export function afterWord(w: Words, i: number, set: Set<string>): boolean {
  return i > 0 && adjacent(w, i) && set.has(w.keys[i - 1] as string);
}

export function afterPlaceUnit(w: Words, i: number): boolean {
  if (i === 0 || !adjacent(w, i)) return false;
  for (let len = 1; len <= 3 && len <= i; len++) if (placeUnits().matchAt(w.keys, i - len) === len) return true;
  return false;
}

export const VENUE_BEFORE = new Set(['tại', 'ở']);
const SENTENCE_END = /^[.!?]$/u;

/**
 * Whether a work-like head at token i (a school, a hospital) is a work: a word of building or a
 * works noun in lower case earlier in its sentence ("khởi công xây dựng Bệnh viện ...", "công
 * trình như: ..., Trường Tiểu học ...", "3 công trình xây mới: 1. Trường Tiểu học ..."), not
 * inside a body's name ("Sở Xây dựng phối hợp với Bệnh viện ...").
 */
export function beingBuilt(w: Words, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 24; k--) {
    const t = w.tokens[k] as Token;
    if (t.kind === 'newline' || (t.kind === 'punct' && SENTENCE_END.test(w.keys[k] as string) && !listItemDot(w, k))) return false;
    if (t.kind === 'word' && t.case === 'lower' && constructionWords().matchAt(w.keys, k) > 0) return true;
  }
  return false;
}

/**
 * Whether a work-like head at token i is a work by its own words: a works noun longer than the
 * head ("Trung tâm Y tế", "Trung tâm Hội nghị": work-nouns.tsv).
 */
export function workByName(w: Words, i: number, headLen: number): boolean {
  return phrases('work-nouns.tsv').matchAt(w.keys, i) > headLen;
}

/** Whether only commas, "và" and posts stand between token `from` and token `to`. */
export function listGap(w: Words, from: number, to: number): boolean {
  for (let k = from; k < to; ) {
    const key = w.keys[k] as string;
    if (key === ',' || key === 'và') {
      k++;
      continue;
    }
    const title = titleAt(w, k, true);
    if (!title) return false;
    k += title.len;
  }
  return true;
}

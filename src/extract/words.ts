/**
 * Word-level scanning shared by the name extractors: tokens with their folded keys, runs of
 * capitalised words, and lexicon phrases matched on keys.
 */
import { foldKey } from '../normalize/fold.js';
import { phrases, table, type PhraseSet } from '../lexicon/index.js';
import type { Span, Token } from '../types.js';
import type { ExtractInput } from './context.js';

export interface Words {
  tokens: Token[];
  keys: string[];
  text: string;
}

// One Words per token array, shared by the extractors of one input (a memo, not state: it holds
// nothing the input does not determine, and goes when the input does).
const memo = new WeakMap<readonly Token[], Words>();

export function words(input: ExtractInput): Words {
  let w = memo.get(input.tokens);
  if (!w || w.text !== input.normalized.text) {
    const { key, text } = input.normalized;
    w = { tokens: input.tokens, keys: input.tokens.map((t) => key.slice(t.start, t.end)), text };
    memo.set(input.tokens, w);
  }
  return w;
}

export function isCapitalised(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && (t.case === 'title' || t.case === 'upper');
}

export function commonCapitalised(): PhraseSet {
  return phrases('common-capitalized.tsv');
}

export function placeUnits(): PhraseSet {
  return phrases('place-units.tsv');
}

let classes: Map<string, string> | undefined;

/** admin, local, natural, road or site, for a folded place unit. */
export function placeUnitClass(key: string): string | undefined {
  classes ??= new Map(table('place-units.tsv').map((r) => [foldKey(r[0] as string), r[1] as string]));
  return classes.get(key);
}

/**
 * Whether the institution whose name ends before token `end` acts (a body, then, not a work): a
 * verb of acting follows (institution-verbs.tsv), maybe after a word of aspect (verb-aspects.tsv):
 * "Bảo tàng Quang Trung phối hợp với ...", "Bệnh viện Đa khoa tỉnh Lào Cai tiếp tục tiếp nhận ...".
 */
export function institutionActs(w: Words, end: number): boolean {
  const verbs = phrases('institution-verbs.tsv');
  const aspects = phrases('verb-aspects.tsv');
  let k = end;
  for (let n = 0; n < 2 && adjacent(w, k) && w.tokens[k]?.case === 'lower'; n++) {
    if (verbs.matchAt(w.keys, k) > 0) return true;
    const aspect = aspects.matchAt(w.keys, k);
    if (!aspect) return false;
    k += aspect;
  }
  return false;
}

/**
 * Whether the dot at token k closes the number of a list item ("3 công trình: 1. Trường ...; 2.
 * Trạm y tế ..."): a number before it, and before that the start, a colon, a semicolon or a line
 * break. Such a dot ends no sentence.
 */
export function listItemDot(w: Words, k: number): boolean {
  if (w.keys[k] !== '.' || w.tokens[k - 1]?.kind !== 'number') return false;
  const before = w.keys[k - 2];
  return before === undefined || before === ':' || before === ';' || w.tokens[k - 2]?.kind === 'newline';
}

/** True when only spaces separate token i-1 and token i (no line break, no punctuation). */
export function adjacent(w: Words, i: number): boolean {
  const prev = w.tokens[i - 1];
  const cur = w.tokens[i];
  if (!prev || !cur) return false;
  // Read in place: the extractors ask this at nearly every token.
  for (let k = prev.end; k < cur.start; k++) if (w.text.charCodeAt(k) !== 32) return false;
  return true;
}

/**
 * A proper name starting at token i: adjacent capitalised words (at most `max`), not starting
 * with a capitalised common noun (Nghị quyết, Đại hội ...). Returns the index after the run, or i.
 */
export function nameRun(w: Words, i: number, max = 5, checkCommon = true): number {
  if (!isCapitalised(w.tokens[i])) return i;
  if (checkCommon && commonCapitalised().matchAt(w.keys, i) > 0) return i;
  let j = i + 1;
  while (j < w.tokens.length && j - i < max && isCapitalised(w.tokens[j]) && adjacent(w, j)) j++;
  return j;
}

export function spanOf(w: Words, from: number, to: number): Span {
  return { start: (w.tokens[from] as Token).start, end: (w.tokens[to - 1] as Token).end };
}

const SPACE_RUN = /\s+/gu;
/** White space that is not a single plain space. */
const UNEVEN_SPACE = /[^\S ]| {2}/u;

export function textOf(w: Words, from: number, to: number): string {
  const s = spanOf(w, from, to);
  const text = w.text.slice(s.start, s.end);
  return UNEVEN_SPACE.test(text) ? text.replace(SPACE_RUN, ' ') : text;
}

/**
 * The length of a place unit at token i, or 0. A one-word unit written in title case inside a
 * sentence and followed by a capitalised word is the start of a name (cầu Rạch Giá), not a unit;
 * at the start of a sentence it is a unit (Xã Tân Thuận).
 */
export function unitAt(w: Words, i: number): number {
  const len = placeUnits().matchAt(w.keys, i);
  // "XÃ HỘI" (society), in the national title written in capitals, is not a commune.
  if (len && w.keys[i] === 'xã' && w.keys[i + 1] === 'hội') return 0;
  if (len !== 1 || w.tokens[i]?.case !== 'title' || !isCapitalised(w.tokens[i + 1])) return len;
  const prev = w.tokens[i - 1];
  const sentenceStart = !prev || prev.kind === 'newline' || /^[.!?:;…]$/u.test(w.keys[i - 1] ?? '');
  return sentenceStart ? len : 0;
}

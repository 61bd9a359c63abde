/**
 * Heads and posts in the text: the organisation head (or official name) written with a capital at
 * a token, across single line breaks, and the post ("Bộ trưởng") at a token; memoised per text.
 */
import type { Token } from '../../types.js';
import { adjacent, isCapitalised, type Words } from '../words.js';
import { lexicon, type HeadInfo } from './lexicon.js';

export interface Head {
  len: number;
  info: HeadInfo;
}

interface Joined {
  /** Keys without single line breaks (a blank line stays, as one "\n"). */
  keys: string[];
  /** Token index of each joined key, and joined index of each token. */
  token: number[];
  at: Int32Array;
}

const joinedCache = new WeakMap<Words, Joined>();

/** The text's keys with single line breaks removed, so that "Sở Nông nghiệp / và Môi trường" matches. */
function joined(w: Words): Joined {
  let j = joinedCache.get(w);
  if (j) return j;
  j = { keys: [], token: [], at: new Int32Array(w.tokens.length) };
  for (let k = 0; k < w.tokens.length; k++) {
    j.at[k] = j.keys.length;
    if (w.tokens[k]?.kind === 'newline' && w.tokens[k + 1]?.kind !== 'newline') continue;
    j.keys.push(w.keys[k] as string);
    j.token.push(k);
  }
  joinedCache.set(w, j);
  return j;
}

/** Words that make a common noun with a head before them in capitals ("NỘI BỘ", "TOÀN BỘ", "CƠ SỞ"). */
function fusedInCapitals(w: Words, i: number): boolean {
  const prev = w.tokens[i - 1];
  if (w.tokens[i]?.case !== 'upper' || !prev || prev.kind !== 'word' || prev.case !== 'upper' || !adjacent(w, i)) return false;
  return lexicon().describedStops.matchAt(w.keys, i - 1) === 0 && w.keys[i - 1] !== 'các' && w.keys[i - 1] !== 'và';
}

const headCache = new WeakMap<Words, (Head | null | undefined)[]>();

/** The organisation head (or official name) starting at token i, written with a capital. */
export function headAt(w: Words, i: number): Head | null {
  if (!isCapitalised(w.tokens[i])) return null;
  let memo = headCache.get(w);
  // Preallocated: an array grown by writes at scattered indices becomes a slow dictionary.
  if (!memo) headCache.set(w, (memo = new Array<Head | null | undefined>(w.tokens.length).fill(undefined)));
  const known = memo[i];
  if (known !== undefined) return known;
  return (memo[i] = findHead(w, i));
}

function findHead(w: Words, i: number): Head | null {
  const lx = lexicon();
  const j = joined(w);
  const start = j.at[i] as number;
  const head = lx.heads.entryAt(j.keys, start);
  if (!head) return null;
  const len = head.words.length;
  const info = lx.info.get(head.key);
  if (!info) return null;
  // "ủy quyền", "đoàn kết": a verb, not a Party committee or a youth union (organization-head-verbs.tsv).
  if (len > 1 && lx.headVerbs.has(`${j.keys[start + len - 1]} ${j.keys[start + len] ?? ''}`)) return null;
  if (len === 1 && fusedInCapitals(w, i)) return null;
  if (lx.headBlockers.matchAt(j.keys, start) > 0) return null; // "Vụ Đông Xuân": a season
  // "Hải Phòng": a capitalised word before the head, not opening a sentence ("Giao Phòng Nội vụ").
  if (info.alone && adjacent(w, i) && isCapitalised(w.tokens[i - 1]) && isWord(w.tokens[i - 2])) return null;
  return { len: (j.token[start + len - 1] as number) + 1 - i, info };
}

/** A post written with a capital at token i ("Bộ trưởng", "Phó Thủ tướng"): its length and the words that are the post. */
export function titleAt(w: Words, i: number, anyCase = false): { len: number; skip: number } | null {
  if (!anyCase && !isCapitalised(w.tokens[i])) return null;
  const lx = lexicon();
  const title = lx.titles.entryAt(w.keys, i);
  if (!title) return null;
  const len = title.words.length;
  return { len, skip: lx.titleSkip.get(title.key) ?? len };
}

export function isWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word';
}

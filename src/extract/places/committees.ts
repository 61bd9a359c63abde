/** Party committees and Youth Union committees named by their place ("Huyện ủy Gia Lâm"), and body words. */
import { adjacent, type Words } from '../words.js';

// Party committees and Youth Union committees named by their place, and the unit they imply.
const COMMITTEES: readonly [string[], string | null][] = [
  [['huyện', 'ủy'], 'huyện'],
  [['tỉnh', 'ủy'], 'tỉnh'],
  [['thành', 'ủy'], 'thành phố'],
  [['quận', 'ủy'], 'quận'],
  [['thị', 'xã', 'ủy'], 'thị xã'],
  [['thị', 'ủy'], 'thị xã'],
  [['tỉnh', 'đoàn'], 'tỉnh'],
  [['thành', 'đoàn'], 'thành phố'],
  [['huyện', 'đoàn'], 'huyện'],
  [['quận', 'đoàn'], 'quận'],
  [['đảng', 'ủy'], null],
  [['đảng', 'bộ'], null],
];
/** A unit word followed by one of these is a body ("Huyện ủy", "Tỉnh đoàn", "Xã đội"), not a place. */
export const BODY_WORDS = new Set(['ủy', 'đoàn', 'đội']);

/** The committee at i: its length in tokens and the unit it implies. */
export const COMMITTEE_FIRSTS: ReadonlySet<string> = new Set(COMMITTEES.map(([parts]) => parts[0] as string));

export function committeeAt(w: Words, i: number): [number, string | null] | null {
  if (!COMMITTEE_FIRSTS.has(w.keys[i] ?? '')) return null;
  for (const [parts, implied] of COMMITTEES) {
    if (parts.every((p, k) => w.keys[i + k] === p && (k === 0 || adjacent(w, i + k)))) return [parts.length, implied];
  }
  return null;
}

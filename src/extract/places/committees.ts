/** Party committees and Youth Union committees named by their place ("Huyện ủy Gia Lâm"), and body words. */
import { table } from '../../lexicon/index.js';
import { foldKey } from '../../normalize/fold.js';
import { adjacent, type Words } from '../words.js';

interface Committees {
  /** Each committee as folded words, and the unit it implies for the place named after it. */
  list: [string[], string | null][];
  /** Their first words ("huyện", "thành", "đảng" ...). */
  firsts: Set<string>;
}

let committees: Committees | undefined;

/** The committees of organization-heads.tsv: the rows with a committee column. */
function lexicon(): Committees {
  if (!committees) {
    const list: [string[], string | null][] = [];
    for (const [head = '', , , , implied] of table('organization-heads.tsv')) {
      if (implied) list.push([foldKey(head).split(' '), implied === '-' ? null : implied]);
    }
    committees = { list, firsts: new Set(list.map(([parts]) => parts[0] as string)) };
  }
  return committees;
}

/** A unit word followed by one of these is a body ("Huyện ủy", "Tỉnh đoàn", "Xã đội"), not a place. */
export const BODY_WORDS = new Set(['ủy', 'đoàn', 'đội']);

/** The first words of the committees. */
export function committeeFirsts(): ReadonlySet<string> {
  return lexicon().firsts;
}

/** The committee at i: its length in tokens and the unit it implies. */
export function committeeAt(w: Words, i: number): [number, string | null] | null {
  const { list, firsts } = lexicon();
  if (!firsts.has(w.keys[i] ?? '')) return null;
  for (const [parts, implied] of list) {
    if (parts.every((p, k) => w.keys[i + k] === p && (k === 0 || adjacent(w, i + k)))) return [parts.length, implied];
  }
  return null;
}

/**
 * Look-alike letters: a Cyrillic or Greek letter inside a word that also has Latin letters or
 * digits ("105/2025/TT-BTС", "NĐ-CР") becomes the Latin letter it imitates, so codes and names
 * match. A word wholly in Cyrillic or Greek is left alone. Same length, so offsets stay put.
 */
import type { Edit } from '../edits.js';
import { table } from '../../lexicon/index.js';

let latinOf: Map<string, string> | undefined;
const FOREIGN = /[\u0370-\u03FF\u0400-\u04FF]/u;
const FOREIGN_ALL = /[\u0370-\u03FF\u0400-\u04FF]/gu;
/** A character of a word: a letter, a mark, a digit, "/" or "-" (a code such as "105/2025/TT-BTС"). */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}/-]$/u;
const LATIN_OR_DIGIT = /[A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF]/u;

/** The code point that ends at `end` (one or two code units). */
function before(text: string, end: number): string {
  const low = text.charCodeAt(end - 1);
  const high = text.charCodeAt(end - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.slice(end - 2, end) : text.slice(end - 1, end);
}

/** The code point that starts at `start`. */
function after(text: string, start: number): string {
  return String.fromCodePoint(text.codePointAt(start) as number);
}

/**
 * Only the words that hold a Cyrillic or Greek letter are looked at: each is found from one such
 * letter, out to the ends of its run of word characters, so a long text with one look-alike is
 * not read word by word.
 */
export function homoglyphs(text: string): Edit[] {
  if (!FOREIGN.test(text)) return [];
  latinOf ??= new Map(table('homoglyphs.tsv').map((row) => [row[0] as string, row[1] as string]));
  const edits: Edit[] = [];
  FOREIGN_ALL.lastIndex = 0;
  for (let m = FOREIGN_ALL.exec(text); m !== null; m = FOREIGN_ALL.exec(text)) {
    let end = m.index;
    while (end < text.length && WORD_CHAR.test(after(text, end))) end += after(text, end).length;
    // A sign of those blocks that is not a word character ("΄", "҂") is in no word.
    if (end === m.index) continue;
    let start = m.index;
    while (start > 0 && WORD_CHAR.test(before(text, start))) start -= before(text, start).length;
    FOREIGN_ALL.lastIndex = end; // the word's other foreign letters are handled with it
    const word = text.slice(start, end);
    if (!LATIN_OR_DIGIT.test(word)) continue;
    for (let i = 0; i < word.length; i++) {
      const latin = latinOf.get(word[i] as string);
      if (latin) edits.push({ start: start + i, end: start + i + 1, text: latin });
    }
  }
  return edits;
}

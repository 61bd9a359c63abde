/**
 * Look-alike letters: a Cyrillic or Greek letter inside a word that also has Latin letters or
 * digits ("105/2025/TT-BTС", "NĐ-CР") becomes the Latin letter it imitates, so codes and names
 * match. A word wholly in Cyrillic or Greek is left alone. Same length, so offsets stay put.
 */
import type { Edit } from '../edits.js';
import { table } from '../../lexicon/index.js';

let latinOf: Map<string, string> | undefined;
const FOREIGN = /[\u0370-\u03FF\u0400-\u04FF]/u;
const WORD = /[\p{L}\p{M}\p{N}/-]+/gu;
const LATIN_OR_DIGIT = /[A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF]/u;

export function homoglyphs(text: string): Edit[] {
  if (!FOREIGN.test(text)) return [];
  latinOf ??= new Map(table('homoglyphs.tsv').map((row) => [row[0] as string, row[1] as string]));
  const edits: Edit[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const word = m[0];
    if (!FOREIGN.test(word) || !LATIN_OR_DIGIT.test(word)) continue;
    for (let i = 0; i < word.length; i++) {
      const latin = latinOf.get(word[i] as string);
      if (latin) edits.push({ start: m.index + i, end: m.index + i + 1, text: latin });
    }
  }
  return edits;
}

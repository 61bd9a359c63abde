/**
 * Lines in English (the translation in a bilingual document) are blanked, same length, so the
 * extractors, which read Vietnamese, never guess at them; positions are unchanged. A line is
 * English when it has at least six words, no letter that only Vietnamese uses, and at least a
 * quarter of its words are frequent English words.
 */
import type { Edit } from '../edits.js';
import { keySet } from '../../lexicon/index.js';

const VIETNAMESE_ONLY = /[ăâđêôơưĂÂĐÊÔƠƯ\u0300-\u0303\u0309\u0323\u1ea0-\u1ef9]/u;
const WORD = /[A-Za-z']+/gu;
const MIN_WORDS = 6;
let english: Set<string> | undefined;

export function foreignLines(text: string): Edit[] {
  english ??= keySet('english-stopwords.tsv');
  const edits: Edit[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    // The text is NFC here: the nfc step runs before this one (../index.ts).
    if (line.length >= 30 && !VIETNAMESE_ONLY.test(line)) {
      const words = line.match(WORD) ?? [];
      const common = words.filter((w) => english?.has(w.toLowerCase())).length;
      if (words.length >= MIN_WORDS && common * 4 >= words.length) edits.push({ start, end, text: ' '.repeat(end - start) });
    }
    if (end === text.length) break;
    start = end + 1;
  }
  return edits;
}

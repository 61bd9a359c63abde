import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { table } from '../../src/lexicon/index.js';
import { homoglyphs as homoglyphsUnguarded } from '../../src/normalize/steps/homoglyphs.js';
import { watchHangs } from '../hang-guard.js';

// The step once looped on a sign in no word: a loop fails the file and prints its input.
const guarded = watchHangs();
const homoglyphs = (text: string) => guarded(text, () => homoglyphsUnguarded(text));

// The step as it was written first: every word of the text, in turn. Finding the words from their
// Cyrillic or Greek letters must give the same edits on any text.
function byWords(text: string) {
  const latinOf = new Map(table('homoglyphs.tsv').map((row) => [row[0] as string, row[1] as string]));
  const edits = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}/-]+/gu)) {
    const word = m[0];
    if (!/[\u0370-\u03FF\u0400-\u04FF]/u.test(word) || !/[A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF]/u.test(word)) continue;
    for (let i = 0; i < word.length; i++) {
      const latin = latinOf.get(word[i] as string);
      if (latin) edits.push({ start: m.index + i, end: m.index + i + 1, text: latin });
    }
  }
  return edits;
}

describe('homoglyphs', () => {
  it.each([
    ['a code with a Cyrillic letter', 'Thông tư số 105/2025/TT-BTС ngày', [[26, 'C']]],
    ['a word wholly in Cyrillic', 'Москва và Hà Nội', []],
    ['two in one word', 'NĐ-СР', [[3, 'C'], [4, 'P']]],
    ['none', 'Nghị định 66/NQ-CP', []],
    ['a Greek sign that is in no word (it once looped)', 'ቋ΄ӞĐiều 2. ', []],
  ] as const)('%s', (_name, text, expected) => {
    expect(homoglyphs(text).map((e) => [e.start, e.text])).toEqual(expected);
  });

  it('finds what reading every word finds, on any text', () => {
    // Letters of the two blocks, and their signs that are not word characters (΄ U+0384, ; U+037E,
    // ҂ U+0482) or are marks (U+0345, U+0483).
    const pieces = fc.constantFrom('С', 'Р', 'о', 'Α', 'Ω', '΄', ';', '҂', '\u0345', '\u0483', 'a', 'B', '1', '2025', '/', '-', ' ', '\n', 'Đ', 'ỹ', '\u0301', '𝒜', '中', '.', 'TT');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        expect(homoglyphs(text)).toEqual(byWords(text));
      }),
      { numRuns: 3000 },
    );
  });
});

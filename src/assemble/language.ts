/**
 * The language of a text, from a bounded sample of its prose (lines with lower-case letters). franc
 * is slow on long text and wrong on Vietnamese typed without diacritics, so it is the last resort:
 * a sample with Vietnamese letters is Vietnamese; one without any diacritic whose words are often
 * frequent Vietnamese words written plain ("cua", "va", "cac") is Vietnamese without diacritics;
 * anything else is franc's call on the sample.
 */
import { lazy } from '../lazy.js';
import { keySet } from '../lexicon/index.js';
import { CASE_LIMIT, cases } from '../normalize/fold.js';

const francModule = lazy<typeof import('franc')>('franc');

const SAMPLE = 2000;
// Letters only Vietnamese uses (French has â, ê, ô, à, é ...; Vietnamese alone ă, đ, ơ, ư, ạ, ả ...):
// these, in either case, and U+1EA0-U+1EF9.
const VIETNAMESE_ONLY = new Uint8Array(0x1ef9 + 1);
for (const ch of 'ăđơưĩũĂĐƠƯĨŨ') VIETNAMESE_ONLY[ch.charCodeAt(0)] = 1;
VIETNAMESE_ONLY.fill(1, 0x1ea0, 0x1ef9 + 1);
const DIACRITIC = /[\u00c0-\u024f\u1e00-\u1eff]/u;
const WORD = /\p{L}+/gu;
let plain: Set<string> | undefined;

export interface Language {
  /** ISO 639-3 ("vie"), or "und" when undetermined. */
  code: string;
  /** Vietnamese written without diacritics. */
  plain: boolean;
}

const LOWER = /\p{Ll}/u;

/** The first SAMPLE characters of the lines with lower-case letters, joined by spaces; reads no further. */
function proseSample(text: string): string {
  const parts: string[] = [];
  let length = -1;
  for (let from = 0; from <= text.length && length < SAMPLE; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to);
    if (line.length > 20 && LOWER.test(line)) {
      parts.push(line);
      length += line.length + 1;
    }
    from = to + 1;
  }
  return parts.join(' ').slice(0, SAMPLE).normalize('NFC');
}

const LETTER = /\p{L}/u;

/** Letters, and letters only Vietnamese uses, counted in one pass over the code units. */
function countLetters(sample: string): { letters: number; vietnamese: number } {
  const table = cases();
  let letters = 0;
  let vietnamese = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < CASE_LIMIT) {
      const k = table[c];
      if (k !== 1 && k !== 2) continue;
      letters++;
      if (VIETNAMESE_ONLY[c] === 1) vietnamese++;
    } else {
      const point = sample.codePointAt(i) as number;
      if (point > 0xffff) i++;
      if (LETTER.test(String.fromCodePoint(point))) letters++;
    }
  }
  return { letters, vietnamese };
}

export function detectLanguage(text: string): Language {
  const sample = proseSample(text);
  if (sample.length < 20) return { code: 'und', plain: false };
  const { letters, vietnamese } = countLetters(sample);
  if (vietnamese >= Math.max(3, letters * 0.02)) return { code: 'vie', plain: false };
  if (!DIACRITIC.test(sample)) {
    plain ??= keySet('vietnamese-plain-words.tsv');
    const words = sample.toLowerCase().match(WORD) ?? [];
    const hits = words.filter((w) => plain?.has(w)).length;
    if (words.length >= 5 && hits >= words.length * 0.3) return { code: 'vie', plain: true };
  }
  return { code: francModule().franc(sample, { minLength: 20 }), plain: false };
}

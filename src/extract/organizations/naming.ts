/**
 * The normalised name of a mention: body abbreviations written out (UBND -> Ủy ban nhân dân, place
 * and work codes kept), normal case, and the lexicon's spelling.
 */
import { foldKey } from '../../normalize/fold.js';
import { expandAbbreviations, normalCase } from '../casing.js';
import { textOf, type Words } from '../words.js';
import { lexicon } from './lexicon.js';

/** "Uỷ ban nhân dân" -> "Ủy ban nhân dân", "Mặt trận tổ quốc" -> "Mặt trận Tổ quốc": the lexicon's spelling. */
function respell(name: string): string {
  const { spelling, spellings } = lexicon();
  const ws = name.split(' ');
  // Folded word by word: the fold of words joined by spaces is their folds joined by spaces.
  const folded = ws.map((word) => foldKey(word));
  const out: string[] = [];
  for (let i = 0; i < ws.length; ) {
    const n = spellings.matchAt(folded, i); // the spellings all have two words or more
    if (n > 0) {
      out.push(spelling.get(folded.slice(i, i + n).join(' ')) as string);
      i += n;
    } else out.push(ws[i++] as string);
  }
  const joined = out.join(' ');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

// The names already made for one input's texts: a document names the same bodies many times. Per
// input (a memo that goes when the input does), so no document's work depends on another's.
const made = new WeakMap<Words, Map<string, string>>();

/** The normalised name of tokens [from, to): abbreviations written out, normal case, lexicon spelling. */
export function organizationName(w: Words, from: number, to: number): string {
  const text = textOf(w, from, to);
  let names = made.get(w);
  if (!names) made.set(w, (names = new Map()));
  let name = names.get(text);
  if (name === undefined) {
    name = respell(normalCase(expandAbbreviations(text, ['body'])));
    names.set(text, name);
  }
  return name;
}


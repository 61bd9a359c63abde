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
  const { spelling, spellingStarts: starts } = lexicon();
  const ws = name.split(' ');
  // Folded word by word: the fold of words joined by spaces is their folds joined by spaces.
  const folded = ws.map((word) => foldKey(word));
  const out: string[] = [];
  for (let i = 0; i < ws.length; ) {
    let done = 0;
    // Only at a word that starts some spelling.
    if (starts.has(folded[i] as string)) {
      for (let n = Math.min(12, ws.length - i); n >= 2; n--) {
        const found = spelling.get(folded.slice(i, i + n).join(' '));
        if (found) {
          out.push(found);
          done = n;
          break;
        }
      }
    }
    if (done) i += done;
    else out.push(ws[i++] as string);
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


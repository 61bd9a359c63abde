/**
 * Normal case for text written in capitals (headers): "ỦY BAN NHÂN DÂN" -> "Ủy ban nhân dân",
 * "TỈNH QUẢNG TRỊ" -> "tỉnh Quảng Trị", "BỘ TÀI CHÍNH" -> "Bộ Tài chính". Known phrases (body
 * names, place units, titles) take their lexicon spelling; a proper name after a place unit is
 * capitalised syllable by syllable; any other name keeps a capital on its first syllable only.
 */
import { foldKey } from '../normalize/fold.js';
import { table } from '../lexicon/index.js';
import { isCaps } from '../sections/lines.js';

let known: Map<string, string> | undefined;
let units: Set<string> | undefined;

function lexicon(): { known: Map<string, string>; units: Set<string> } {
  if (!known || !units) {
    known = new Map();
    for (const name of ['organization-heads.tsv', 'titles.tsv', 'doc-types.tsv']) {
      for (const row of table(name)) known.set(foldKey(row[0] as string), row[0] as string);
    }
    units = new Set(table('place-units.tsv').map((row) => foldKey(row[0] as string)));
  }
  return { known, units };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function normalCase(text: string): string {
  if (!isCaps(text)) return text.replace(/\s+/gu, ' ').trim();
  const { known, units } = lexicon();
  const words = foldKey(text).split(/\s+/u).filter(Boolean);
  const out: string[] = [];
  let mode: 'name' | 'place' | 'none' = 'none';
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    for (let n = Math.min(6, words.length - i); n >= 1; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      const spelled = known.get(phrase);
      if (spelled) {
        out.push(out.length === 0 ? capitalise(spelled) : spelled);
        matched = n;
        mode = 'name';
        break;
      }
      if (units.has(phrase)) {
        out.push(phrase);
        matched = n;
        mode = 'place';
        break;
      }
    }
    if (matched) {
      i += matched;
      continue;
    }
    const word = words[i] as string;
    if (mode === 'place' || out.length === 0) out.push(capitalise(word));
    else if (mode === 'name') {
      out.push(capitalise(word));
      mode = 'none';
    } else out.push(word);
    i++;
  }
  return out.join(' ');
}

/** A proper name in capitals ("QUẢNG TRỊ") in title case ("Quảng Trị"); other names as written. */
export function nameCase(text: string): string {
  const clean = text.replace(/\s+/gu, ' ').trim();
  if (!isCaps(clean)) return clean;
  return clean
    .toLowerCase()
    .split(' ')
    .map(capitalise)
    .join(' ');
}

let abbreviations: Map<string, string> | undefined;

/**
 * Header abbreviations spelled out ("UBND THÀNH PHỐ HÀ NỘI" -> "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"),
 * in capitals when the text is in capitals, so `normalCase` can then give each phrase its spelling.
 */
export function expandAbbreviations(text: string): string {
  abbreviations ??= new Map(table('abbreviations.tsv').filter((r) => r[1]).map((r) => [r[0] as string, r[1] as string]));
  const caps = isCaps(text);
  return text.replace(/(?<![\p{L}\d])[\p{Lu}Đ][\p{Lu}\p{Ll}]*\.?(?![\p{L}\d])/gu, (word) => {
    const expansion = abbreviations?.get(word) ?? (word.endsWith('.') ? undefined : undefined);
    if (!expansion) return word;
    return caps ? expansion.toUpperCase() : expansion;
  });
}

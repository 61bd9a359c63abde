/**
 * Normal case for text written in capitals (headers): "ỦY BAN NHÂN DÂN" -> "Ủy ban nhân dân",
 * "TỈNH QUẢNG TRỊ" -> "tỉnh Quảng Trị", "BỘ TÀI CHÍNH" -> "Bộ Tài chính". Known phrases (body
 * names, place units, titles) take their lexicon spelling; a proper name after a place unit is
 * capitalised syllable by syllable; any other name keeps a capital on its first syllable only.
 */
import { foldKey, stripDiacritics } from '../normalize/fold.js';
import { keySet, table } from '../lexicon/index.js';
import { isCaps } from '../sections/lines.js';
import { recentResults } from '../memo.js';
import { placeUnitClass } from './words.js';

interface CasingLexicon {
  known: Map<string, string>;
  units: Set<string>;
  /** The first word of every phrase of `known` and `units`: a word not in it starts none. */
  firsts: Set<string>;
}
let casingLexicon: CasingLexicon | undefined;

function lexicon(): CasingLexicon {
  if (!casingLexicon) {
    const known = new Map<string, string>();
    for (const name of ['organization-heads.tsv', 'bodies.tsv', 'titles.tsv', 'doc-types.tsv']) {
      for (const row of table(name)) known.set(foldKey(row[0] as string), row[0] as string);
    }
    for (const row of table('plain-phrases.tsv')) known.set(foldKey(row[0] as string), row[0] as string);
    const units = new Set(table('place-units.tsv').map((row) => foldKey(row[0] as string)));
    const firsts = new Set<string>();
    for (const phrase of [...known.keys(), ...units]) firsts.add(phrase.split(' ')[0] as string);
    casingLexicon = { known, units, firsts };
  }
  return casingLexicon;
}

const SYLLABLE = /^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnptk]|[iyou])?$/u; // k: Đắk, Lắk

/**
 * A word in capitals that is not a Vietnamese syllable is an acronym ("UBND", "HQ", "TTHC") and
 * keeps its capitals; so does a code ("31/2015/TT-BYT") or anything with a digit.
 */
const OUTSIDE_LETTERS = /^[^a-z]+|[^a-z]+$/gu;
const CODE_CHAR = /[\d/-]/u;
// Remembered per word (header words repeat from text to text).
const keepsCase = recentResults(10_000, (word: string): boolean => {
  const bare = stripDiacritics(word.toLowerCase()).replace(OUTSIDE_LETTERS, '');
  return CODE_CHAR.test(word) || (bare.length > 0 && !SYLLABLE.test(bare));
});

let stops: Set<string> | undefined;
function stopwords(): Set<string> {
  stops ??= new Set([...keySet('name-stopwords.tsv'), 'số', 'ngày', 'tháng', 'năm', 'và', 'các', 'những', 'một', 'ban', 'bãi', 'quy']);
  return stops;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const LEAD = /^[(\[“"]*/u;
const TRAIL = /[,;:.)\]”"]*$/u;
const PUNCT_END = /[,;:.)\]”"]$/u;
const OPENING = /^[(\[“"]/u;

export function normalCase(text: string): string {
  if (!isCaps(text)) return text.replace(/\s+/gu, ' ').trim();
  const { known, units, firsts } = lexicon();
  const clean = text.replace(/\s+/gu, ' ').trim();
  const words = foldKey(clean).split(' ');
  const written = clean.split(' ');
  const out: string[] = [];
  let mode: 'name' | 'place' | 'none' = 'none';
  let placeWords = 0;
  let afterUnit = false;
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    // A phrase's first word is this word without its leading punctuation, and for a phrase of one
    // word without its trailing punctuation too: when neither starts a phrase, none matches here.
    const first = (words[i] as string).replace(LEAD, '');
    const starts = firsts.has(first) || firsts.has(first.replace(TRAIL, ''));
    for (let n = starts ? Math.min(9, words.length - i) : 0; n >= 1; n--) {
      // Punctuation around the phrase ("(CHÍNH PHỦ)", "QUẢNG TRỊ,") is kept around its spelling.
      const raw = words.slice(i, i + n).join(' ');
      const lead = LEAD.exec(raw)?.[0] ?? '';
      const trail = TRAIL.exec(raw)?.[0] ?? '';
      const phrase = raw.slice(lead.length, raw.length - trail.length);
      if (n > 1 && PUNCT_END.test(words[i + n - 2] as string)) continue; // never across punctuation
      const found = known.get(phrase);
      const spelled = found === undefined ? undefined : `${lead}${found}${trail}`;
      if (spelled && found) {
        out.push(out.length === 0 ? capitalise(spelled) : spelled);
        matched = n;
        if (found === found.toLowerCase() || trail) {
          mode = 'none';
          break;
        }
        // A Party committee is named by its place: "HUYỆN ỦY VĨNH THUẬN" -> "Huyện ủy Vĩnh Thuận".
        mode = / ủy$/u.test(phrase) || units.has(phrase.split(' ').pop() as string) ? 'place' : 'name';
        break;
      }
      // After a unit comes a name, even one that begins like a lake or a river ("THÀNH PHỐ HỒ CHÍ
      // MINH"); an administrative unit still starts anew ("CẤP XÃ TỈNH CAO BẰNG").
      if (units.has(phrase) && !trail && (!afterUnit || placeUnitClass(phrase) === 'admin')) {
        out.push(raw);
        matched = n;
        mode = 'place';
        break;
      }
    }
    afterUnit = matched > 0 && mode === 'place';
    if (matched) {
      i += matched;
      continue;
    }
    const word = words[i] as string;
    const as = written[i] as string;
    // A name ends at punctuation, at a function word ("số", "của", "và" ...) and after 4 words.
    if (mode !== 'none' && (OPENING.test(as) || stopwords().has(word.replace(/[^\p{L}]+$/u, '')) || placeWords >= 4)) mode = 'none';
    if (keepsCase(as)) out.push(as);
    else if (mode === 'place' || out.length === 0) {
      out.push(capitalise(word));
      placeWords++;
    } else if (mode === 'name') {
      out.push(capitalise(word));
      mode = 'none';
    } else out.push(word);
    if (PUNCT_END.test(as)) mode = 'none';
    if (mode !== 'place') placeWords = 0;
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

export type AbbreviationKind = 'body' | 'place' | 'work';
let abbreviations: Map<string, [expansion: string, kind: AbbreviationKind]> | undefined;
const ABBREVIATION = /(?<![\p{L}\d])[\p{Lu}Đ][\p{Lu}\p{Ll}]*\.?(?![\p{L}\d])/gu;

/**
 * Abbreviations spelled out ("UBND THÀNH PHỐ HÀ NỘI" -> "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"), in
 * capitals when the text is in capitals, so `normalCase` can then give each phrase its spelling.
 * Only the kinds asked for (abbreviations.tsv says which is which): a body's name keeps "TP.HCM"
 * and "KCN" as written and writes out only bodies.
 */
/** An abbreviation as abbreviations.tsv writes it out, with its kind ("KCN" -> khu công nghiệp, work). */
export function abbreviation(word: string): [expansion: string, kind: AbbreviationKind] | undefined {
  abbreviations ??= new Map(
    table('abbreviations.tsv').map((r) => [r[0] as string, [r[1] as string, (r[2] ?? 'body') as AbbreviationKind]]),
  );
  return abbreviations.get(word);
}

export function expandAbbreviations(text: string, kinds: readonly AbbreviationKind[] = ['body', 'place']): string {
  const caps = isCaps(text);
  return text.replace(ABBREVIATION, (word) => {
    const entry = abbreviation(word);
    if (!entry || !kinds.includes(entry[1])) return word;
    return caps ? entry[0].toUpperCase() : entry[0];
  });
}

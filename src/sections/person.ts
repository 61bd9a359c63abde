/**
 * Is a line a person's name? "Phạm Thị Minh Hiền", "NGUYỄN VĂN AN", "Y Bih Niê": two to six
 * capitalised words whose first is a family name from the surnames table. A line in capitals
 * must start with a family name; a line in title case may also start with another word when
 * no word is a title ("Phó Trưởng Ban" is a title, not a name).
 */
import { foldKey } from '../normalize/fold.js';
import { keySet, table } from '../lexicon/index.js';

const WORD = /^\p{Lu}[\p{Ll}\p{M}']*$|^\p{Lu}+$/u;
const CAPS_WORD = /^\p{Lu}+$/u;
let surnames: Set<string> | undefined;
let titleWords: Set<string> | undefined;

/** The family names of surnames.tsv, folded. */
export function surnameKeys(): ReadonlySet<string> {
  surnames ??= keySet('surnames.tsv');
  return surnames;
}

export function isSurname(word: string): boolean {
  return surnameKeys().has(foldKey(word));
}

function hasTitleWord(words: string[]): boolean {
  titleWords ??= new Set(table('titles.tsv').flatMap((row) => foldKey(row[0] as string).split(/\s+/u)));
  return words.some((w) => titleWords?.has(foldKey(w)));
}

let ranks: string[] | undefined;

/** The line without a leading military rank ("Thượng tướng Võ Minh Lương" -> "Võ Minh Lương"). */
export function withoutRank(line: string): string {
  ranks ??= table('ranks.tsv').map((row) => foldKey(row[0] as string));
  const trimmed = line.trim();
  const key = foldKey(trimmed);
  const rank = ranks.find((r) => key.startsWith(r + ' '));
  return rank ? trimmed.slice(rank.length + 1).trim() : trimmed;
}

export function isPersonName(line: string): boolean {
  const words = withoutRank(line).split(/\s+/u);
  if (words.length < 2 || words.length > 6) return false;
  if (!words.every((w) => WORD.test(w))) return false;
  if (isSurname(words[0] as string)) return true;
  const caps = words.every((w) => CAPS_WORD.test(w));
  return !caps && !hasTitleWord(words);
}

/**
 * The projects lexicon: scan limits, the words that carry a phrase on to its site, road and route
 * heads, list openers, generic heads, clause words, and the kind of a head (abbreviations written out).
 */
import { PhraseSet, table, wordClasses } from '../../lexicon/index.js';
import { foldKey } from '../../normalize/fold.js';
import { abbreviation } from '../casing.js';
import type { Words } from '../words.js';

export const MAX_SCAN = 20;
// The word classes are data: project-words.tsv says what each is for.
const words = wordClasses('project-words.tsv');
export const CARRY_ON = words('carry-on');

export const ROADS = words('road');
// Works that are also places (roads, canals) or institutions (schools, hospitals): a work only
// when the sentence builds or repairs them.
export const ROUTES = words('route');
// Heads that are works only in lower case: "điện Cần Chánh" (a palace hall), not "Điện Biên".
export const LOWER_ONLY = words('lower-only');

// Words before a head that make it plural: "các cống", "hai cống Cái Lớn và Cái Bé", "ba đoạn cao tốc:".
export const PLURAL = words('plural');

const COUNT = /^(?:[2-9]|[1-9]\d)$/u;

/** Whether token k makes the head after it plural: a plural word, or a count ("3 công trình"). */
export function pluralAt(w: Words, k: number): boolean {
  return PLURAL.has(w.keys[k] ?? '') || (w.tokens[k]?.kind === 'number' && COUNT.test(w.keys[k] ?? ''));
}

export const GENERIC = words('generic');
// Works that are also institutions: an organisation when a verb of acting follows the name
// (institution-verbs.tsv).
export const INSTITUTIONS = words('institution');
// Heads of sites and museums whose own names are phrases: "Khu di tích Cố đô Hoa Lư", "Bảo tàng
// Phụ nữ Việt Nam".
export const SITES = words('site');
export const CLAUSE_WORDS = words('clause');
/** The head noun as the kind, lower case, an abbreviation written out ("KCN" -> "khu công nghiệp"). */
export function kindOf(head: string): string {
  return (abbreviation(head)?.[0] || head).toLowerCase();
}

export const SIDES = words('side');
export const DASH_IN = /\s[-–—]\s/u;
// Words that open a sentence before a work: "Tại Nghĩa trang ...", "Trong Khu di tích ...".
export const OPENERS = words('opener');
// Words after a name that start the clause's verb: "Khu đô thị Ecopark đang triển khai".
export const ASPECT = words('aspect');
// Words after a plural group that open its list: "các cầu vượt sông Hồng gồm: ...".
export const LIST_OPENERS = words('list-opener');
export const BODY_WORDS = words('body-word');
// Building words whose subject can be the work itself ("cầu X thông xe"): construction-words.tsv's "self" rows.
export const SELF_BUILT: ReadonlySet<string> = new Set(table('construction-words.tsv').filter((r) => r[1] === 'self').map((r) => foldKey(r[0] as string)));
export const MEASURES = words('measure');
export const UNIT_ABBREVIATIONS = words('unit-abbreviation');
export const GATES = words('gate');
export const CLAUSE_OPENERS = new PhraseSet(words('clause-opener'));
/** A dash token (one key). */
export const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);

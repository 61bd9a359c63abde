/**
 * organizations[]: State bodies, Party bodies, mass organisations and units, found from a head
 * written with a capital (lexicon: organization-heads.tsv, organization-heads-more.tsv, and the
 * official names of bodies.tsv). What follows the head depends on its kind:
 *
 * - body: a fixed name that counts alone; a body may follow it ("Ban Thường vụ Huyện ủy",
 *   "Ban Thường vụ Đảng ủy Ủy ban nhân dân Thành phố") and a place qualifier ("Ủy ban nhân dân
 *   huyện", "Ủy ban nhân dân tỉnh Quảng Trị", "Ban Tổ chức Trung ương", "... Việt Nam");
 * - official: a name from bodies.tsv, commas and "và" included ("Sở Văn hóa, Thể thao và Du lịch");
 * - named: a proper name must follow ("Cục Di sản văn hóa", "Đại học Công nghiệp Hà Nội"), or a
 *   body ("Văn phòng UBND tỉnh");
 * - described: a description, lower case allowed, up to a clause boundary or a verb
 *   ("Ban Chỉ đạo thực hiện sắp xếp ..."), or a parent after "của" ("Ban Chỉ đạo của Chính phủ");
 * - placed: only with a place ("Thuế tỉnh Đắk Lắk"); sub: a name then its parent body
 *   ("Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh").
 *
 * Not organisations: a post ("Bộ trưởng", "Cục trưởng": a title longer than the head wins; "Chủ
 * tịch UBND tỉnh X" gives the body), a member ("Huyện ủy viên"), generic plurals ("các Bộ",
 * "Ủy ban nhân dân các xã", "Hội đồng nhân dân các cấp", and the bare bodies listed before such a
 * plural: "Bí thư Tỉnh ủy, Thành ủy, Chủ tịch UBND các tỉnh"), a body inside the name of a law,
 * congress or conference ("Luật Tổ chức Chính phủ", "Nghị quyết Đại hội Đảng bộ huyện lần thứ XII"),
 * and a head after a place unit ("Vườn tràm Ban Biện Phú").
 *
 * The name is written out (UBND -> Ủy ban nhân dân), in normal case, with the lexicon's spelling;
 * the level comes from the place qualifier, else from the heads; the place is the qualifier's name.
 * Every scan is bounded, so the whole is linear in the number of tokens.
 */
import { foldKey } from '../normalize/fold.js';
import { PhraseSet, phrases, table } from '../lexicon/index.js';
import type { Located, OrganizationLevel, OrganizationValue, Token } from '../types.js';
import { isSurname } from '../sections/person.js';
import type { ExtractInput } from './context.js';
import { expandAbbreviations, nameCase, normalCase } from './casing.js';
import { adjacent, commonCapitalised, isCapitalised, placeUnitClass, placeUnits, spanOf, textOf, words, type Words } from './words.js';

type Kind = 'body' | 'official' | 'named' | 'described' | 'placed' | 'sub';
type AdminKind = 'province' | 'district' | 'commune';

interface HeadInfo {
  kind: Kind;
  level: OrganizationLevel | null;
  /** A known place name may follow without a unit word (Tỉnh ủy Điện Biên). */
  place: boolean;
  /** Takes its parent after "của" (Ban Chỉ đạo của Chính phủ). */
  parent: boolean;
  /** Its name starts with a capital ("Bộ phận", "Bộ luật" are not ministries). */
  capital: boolean;
  /** Never right after a capitalised word ("Hải Phòng" is a place). */
  alone: boolean;
  /** Also a work: no body when being built or listed among works ("khởi công xây dựng Bệnh viện ..."). */
  work: boolean;
  /** Also a venue: no body after "tại" ("tại Bảo tàng Hà Nội"). */
  venue: boolean;
  /** Only a body follows ("Phòng giao dịch Ngân hàng Chính sách xã hội ..."). */
  inner: boolean;
}

interface Lexicon {
  heads: PhraseSet;
  info: Map<string, HeadInfo>;
  /** Folded phrase (words split at spaces) -> spelling, for phrases of two words or more. */
  spelling: Map<string, string>;
  titles: PhraseSet;
  /** Folded title -> how many of its words are the post (the rest is a head: Chánh | Văn phòng). */
  titleSkip: Map<string, number>;
  /** Function words and verbs that end a name ("có", "là", "thực hiện", "chủ trì" ...). */
  describedStops: PhraseSet;
  verbs: PhraseSet;
  /** Capitalised words that open a sentence, never a name ("Thực hiện", "Căn cứ"). */
  openers: PhraseSet;
  /** Folded unit -> folded name -> kind, from the administrative units tables. */
  admin: Map<string, Map<string, AdminKind>>;
  adminNames: Set<string>;
}

const LEVELS = new Set<string>(['trung ương', 'tỉnh', 'huyện', 'xã']);
const PLURAL_BEFORE = new Set(['các', 'những', 'từng', 'mọi']);
const PLURAL_AFTER = new Set(['các', 'cấp', 'những']);
const UNIT_LEVEL: Record<string, OrganizationLevel> = {
  tỉnh: 'tỉnh',
  'thủ đô': 'tỉnh',
  huyện: 'huyện',
  quận: 'huyện',
  'thị xã': 'huyện',
  xã: 'xã',
  phường: 'xã',
  'thị trấn': 'xã',
  'đặc khu': 'xã',
};
const ADMIN_KIND: Record<string, AdminKind> = {
  tỉnh: 'province',
  huyện: 'district',
  quận: 'district',
  'thị xã': 'district',
  xã: 'commune',
  phường: 'commune',
  'thị trấn': 'commune',
  'đặc khu': 'commune',
};

/** A lexicon phrase as the tokenizer splits it: punctuation apart ("hóa," -> "hóa" ","). */
function tokenSplit(phrase: string): string {
  return foldKey(phrase)
    .replace(/([,;:()–-])/gu, ' $1 ')
    .split(/\s+/u)
    .filter(Boolean)
    .join(' ');
}

let lexiconCache: Lexicon | undefined;

function lexicon(): Lexicon {
  if (lexiconCache) return lexiconCache;
  const info = new Map<string, HeadInfo>();
  const spelling = new Map<string, string>();
  const spell = (name: string) => {
    if (/\s/u.test(name)) spelling.set(foldKey(name), name);
  };
  for (const file of ['organization-heads.tsv', 'organization-heads-more.tsv']) {
    for (const [head, kind, level, flags] of table(file)) {
      const flagSet = new Set((flags ?? '').split(/[\s,]+/u));
      info.set(tokenSplit(head as string), {
        kind: (kind || 'body') as Kind,
        level: level && LEVELS.has(level) ? (level as OrganizationLevel) : null,
        place: flagSet.has('place'),
        parent: flagSet.has('parent'),
        capital: flagSet.has('capital'),
        alone: flagSet.has('alone'),
        work: flagSet.has('work'),
        venue: flagSet.has('venue'),
        inner: flagSet.has('inner'),
      });
      spell(head as string);
    }
  }
  for (const [name, level] of table('bodies.tsv')) {
    const key = tokenSplit(name as string);
    const head = info.get(key);
    info.set(key, {
      kind: 'official',
      level: level && LEVELS.has(level) ? (level as OrganizationLevel) : (head?.level ?? null),
      place: head?.place ?? false,
      parent: true,
      capital: false,
      alone: false,
      work: false,
      venue: false,
      inner: false,
    });
    spell(name as string);
  }
  const heads = new PhraseSet([...info.keys()]);
  const titleList = [...table('titles.tsv'), ...table('person-titles.tsv')].map((r) => r[0] as string);
  const titleSkip = new Map<string, number>();
  for (const title of titleList) {
    const ws = foldKey(title).split(/\s+/u);
    let skip = ws.length;
    for (let o = 1; o < ws.length; o++) {
      const len = heads.matchAt(ws, o);
      if (len && o + len <= ws.length) {
        skip = o;
        break;
      }
    }
    titleSkip.set(ws.join(' '), skip);
  }
  const admin = new Map<string, Map<string, AdminKind>>();
  const adminNames = new Set<string>();
  for (const file of ['admin-units/new.tsv', 'admin-units/old.tsv']) {
    for (const [code, unit, name, parent] of table(file)) {
      if (!unit || !name || code === 'code') continue;
      const u = foldKey(unit);
      const n = foldKey(name).replace(/\s+/gu, ' ');
      const kind: AdminKind = u === 'thành phố' ? (parent ? 'district' : 'province') : (ADMIN_KIND[u] ?? 'commune');
      let byName = admin.get(u);
      if (!byName) admin.set(u, (byName = new Map()));
      if (byName.get(n) !== 'province') byName.set(n, kind);
      if (kind !== 'commune') adminNames.add(n);
    }
  }
  lexiconCache = {
    heads,
    info,
    spelling,
    titles: new PhraseSet(titleList),
    titleSkip,
    describedStops: phrases('organization-stops.tsv'),
    verbs: phrases('task-verbs.tsv'),
    openers: phrases('organization-openers.tsv'),
    admin,
    adminNames,
  };
  return lexiconCache;
}

export interface Head {
  len: number;
  info: HeadInfo;
}

interface Joined {
  /** Keys without single line breaks (a blank line stays, as one "\n"). */
  keys: string[];
  /** Token index of each joined key, and joined index of each token. */
  token: number[];
  at: Int32Array;
}

const joinedCache = new WeakMap<Words, Joined>();

/** The text's keys with single line breaks removed, so that "Sở Nông nghiệp / và Môi trường" matches. */
function joined(w: Words): Joined {
  let j = joinedCache.get(w);
  if (j) return j;
  j = { keys: [], token: [], at: new Int32Array(w.tokens.length) };
  for (let k = 0; k < w.tokens.length; k++) {
    j.at[k] = j.keys.length;
    if (w.tokens[k]?.kind === 'newline' && w.tokens[k + 1]?.kind !== 'newline') continue;
    j.keys.push(w.keys[k] as string);
    j.token.push(k);
  }
  joinedCache.set(w, j);
  return j;
}

/** Words that make a common noun with a head before them in capitals ("NỘI BỘ", "TOÀN BỘ", "CƠ SỞ"). */
function fusedInCapitals(w: Words, i: number): boolean {
  const prev = w.tokens[i - 1];
  if (w.tokens[i]?.case !== 'upper' || !prev || prev.kind !== 'word' || prev.case !== 'upper' || !adjacent(w, i)) return false;
  return lexicon().describedStops.matchAt(w.keys, i - 1) === 0 && w.keys[i - 1] !== 'các' && w.keys[i - 1] !== 'và';
}

const headCache = new WeakMap<Words, (Head | null | undefined)[]>();

/** The organisation head (or official name) starting at token i, written with a capital. */
export function headAt(w: Words, i: number): Head | null {
  if (!isCapitalised(w.tokens[i])) return null;
  let memo = headCache.get(w);
  if (!memo) headCache.set(w, (memo = []));
  const known = memo[i];
  if (known !== undefined) return known;
  return (memo[i] = findHead(w, i));
}

function findHead(w: Words, i: number): Head | null {
  const lx = lexicon();
  const j = joined(w);
  const start = j.at[i] as number;
  const len = lx.heads.matchAt(j.keys, start);
  if (!len) return null;
  const key = j.keys.slice(start, start + len).join(' ');
  const info = lx.info.get(key);
  if (!info) return null;
  // "ủy quyền", "ủy thác": a verb, not a Party committee ("ỦY BAN NHÂN DÂN TỈNH ỦY QUYỀN").
  const after = j.keys[start + len];
  if (key.endsWith(' ủy') && (after === 'quyền' || after === 'thác' || after === 'nhiệm')) return null;
  // "Tỉnh đoàn kết": a verb, not the youth union.
  if (key.endsWith(' đoàn') && after === 'kết') return null;
  if (len === 1 && fusedInCapitals(w, i)) return null;
  // "Hải Phòng": a capitalised word before the head, not opening a sentence ("Giao Phòng Nội vụ").
  if (info.alone && adjacent(w, i) && isCapitalised(w.tokens[i - 1]) && isWord(w.tokens[i - 2])) return null;
  return { len: (j.token[start + len - 1] as number) + 1 - i, info };
}

/** A post written with a capital at token i ("Bộ trưởng", "Phó Thủ tướng"): its length and the words that are the post. */
export function titleAt(w: Words, i: number, anyCase = false): { len: number; skip: number } | null {
  if (!anyCase && !isCapitalised(w.tokens[i])) return null;
  const lx = lexicon();
  const len = lx.titles.matchAt(w.keys, i);
  if (!len) return null;
  return { len, skip: lx.titleSkip.get(w.keys.slice(i, i + len).join(' ')) ?? len };
}

// ---------------------------------------------------------------------------------------------
// Names of laws, congresses and conferences, whose bodies are not organisations

const LAW_HEADS = new PhraseSet(['luật', 'bộ luật', 'pháp lệnh', 'hiến pháp']);
const LAW_STOPS = new Set(['số', 'ngày', 'năm', 'của', 'được', 'và', 'tại', 'theo', 'về', 'đã', 'có', 'thì', 'để', 'khi']);
const EVENT_HEADS = new PhraseSet(['đại hội', 'hội nghị']);
const EVENT_WORDS = new Set(
  'đại biểu toàn quốc lần thứ khóa nhiệm kỳ bất thường giữa huyện tỉnh xã thành phố quận phường thị trấn đảng bộ ban chấp hành trung ương'.split(' '),
);

function isWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word';
}

/** Tokens inside the name of a law ("Luật Tổ chức Chính phủ") or an event ("Đại hội XII Đảng bộ huyện"). */
function namedDocuments(w: Words): Uint8Array {
  const blocked = new Uint8Array(w.tokens.length);
  const n = w.tokens.length;
  for (let i = 0; i < n; i++) {
    const law = isCapitalised(w.tokens[i]) ? LAW_HEADS.matchAt(w.keys, i) : 0;
    if (law && adjacent(w, i + law) && isCapitalised(w.tokens[i + law])) {
      let k = i + law;
      while (k < n && k - i < 20 && adjacent(w, k)) {
        const t = w.tokens[k] as Token;
        const key = w.keys[k] as string;
        if (isWord(t) && !LAW_STOPS.has(key)) blocked[k++] = 1;
        else if ((key === ',' && w.tokens[k + 1]?.case === 'lower' && !LAW_STOPS.has(w.keys[k + 1] ?? '')) || key === '-') k++;
        else break;
      }
      i = k - 1;
      continue;
    }
    const event = EVENT_HEADS.matchAt(w.keys, i);
    if (event) {
      let k = i + event;
      while (k < n && k - i < 24 && adjacent(w, k)) {
        const t = w.tokens[k] as Token;
        const key = w.keys[k] as string;
        if (t.kind === 'roman' || t.kind === 'number' || isCapitalised(t) || (isWord(t) && EVENT_WORDS.has(key))) blocked[k++] = 1;
        else if (key === '-') k++;
        else break;
      }
      i = k - 1;
    }
  }
  return blocked;
}

// ---------------------------------------------------------------------------------------------
// Parsing one mention

interface Parsed {
  to: number;
  level: OrganizationLevel | null;
  /** [from, to) of the place name the text attaches, or null. */
  place: [number, number] | null;
  /** A body head alone, with no name or place: it may be a member of a generic list. */
  bare: boolean;
  generic: boolean;
  kind: Kind;
}

interface Qualifier {
  end: number;
  level: OrganizationLevel | null;
  place: [number, number] | null;
}

function adminUnitAt(w: Words, k: number): number {
  if (w.keys[k] === 'tp' && w.tokens[k]?.case === 'upper') return w.keys[k + 1] === '.' ? 2 : 1;
  const len = placeUnits().matchAt(w.keys, k);
  if (!len || placeUnitClass(w.keys.slice(k, k + len).join(' ')) !== 'admin') return 0;
  if (w.keys[k] === 'xã' && w.keys[k + 1] === 'hội') return 0;
  if (w.keys[k + len] === 'ủy') return 0; // "Huyện ủy" is a body
  return len;
}

/** Whether a capitalised name run stops at token k (a head, a post or a capitalised common noun starts there). */
function endsName(w: Words, k: number): boolean {
  return headAt(w, k) !== null || titleAt(w, k) !== null || commonCapitalised().matchAt(w.keys, k) > 0;
}

/**
 * The end of a run of capitalised words (and numbers after a word) from j, at most `max`; `open`
 * runs on over heads and common nouns ("Hải Phòng"), for matching known names.
 */
function capitalRun(w: Words, j: number, max: number, open = false): number {
  let k = j;
  while (k < w.tokens.length && k - j < max && (k === j || adjacent(w, k))) {
    const t = w.tokens[k] as Token;
    if (isCapitalised(t) && (k === j || open || !endsName(w, k))) k++;
    else if (t.kind === 'number' && k > j) k++;
    // "Bà Rịa - Vũng Tàu": a hyphen inside a known name, when matching known names.
    else if (open && w.keys[k] === '-' && k > j && isCapitalised(w.tokens[k + 1]) && adjacent(w, k + 1)) k++;
    else break;
  }
  return k;
}

/**
 * The place name after a unit word, at most 4 words: the longest known unit's name ("tỉnh Quảng
 * Bình" in "tỉnh Quảng Bình Ban hành"). An unknown name counts only in title case, not starting with
 * a family name ("Chủ tịch UBND tỉnh Lê Trí Thanh": the person's name; "UBND TỈNH BÃI BỎ": words in
 * capitals), a function word or a head.
 */
function placeName(w: Words, j: number, unit: string): number {
  if (!adjacent(w, j)) return j;
  const t = w.tokens[j];
  if (t?.kind === 'number') return j + 1; // "Phường 3"
  if (!isCapitalised(t)) return j;
  const lx = lexicon();
  const byName = lx.admin.get(unit === 'thủ đô' ? 'thành phố' : unit);
  for (let e = capitalRun(w, j, 6, true); e > j; e--) if (byName?.has(w.keys.slice(j, e).join(' '))) return e;
  // "TP.HCM", "TP HCM": the city's usual code.
  if (unit === 'thành phố' && w.keys[j] === 'hcm') return j + 1;
  if (t?.case !== 'title' || isSurname(w.keys[j] as string) || lx.describedStops.matchAt(w.keys, j) > 0) return j;
  if (commonCapitalised().matchAt(w.keys, j) > 0 || headAt(w, j)) return j;
  return capitalRun(w, j, 4);
}

function unitLevel(w: Words, k: number, unit: string, place: [number, number] | null): OrganizationLevel | null {
  const fixed = UNIT_LEVEL[unit];
  if (fixed) return fixed;
  if (unit !== 'thành phố') return null;
  if (!place) return w.tokens[k]?.case === 'title' ? 'tỉnh' : null; // "Thành phố": the city that is a province
  const kind = lexicon().admin.get('thành phố')?.get(w.keys.slice(place[0], place[1]).join(' '));
  return kind === 'province' ? 'tỉnh' : kind === 'district' ? 'huyện' : null;
}

/** A place qualifier at token j: "huyện", "tỉnh Quảng Trị", "TỈNH LÂM ĐỒNG" on the next header line. */
function qualifier(w: Words, j: number): Qualifier | null {
  let k = j;
  if (w.tokens[k]?.kind === 'newline') {
    // A header in capitals: "ỦY BAN NHÂN DÂN" / "TỈNH LÂM ĐỒNG" is one body.
    if (w.tokens[k - 1]?.case !== 'upper' || w.tokens[k + 1]?.case !== 'upper') return null;
    k++;
  } else if (!adjacent(w, k)) return null;
  const u = adminUnitAt(w, k);
  if (!u) return null;
  const unit = w.keys[k] === 'tp' ? 'thành phố' : w.keys.slice(k, k + u).join(' ');
  const end = placeName(w, k + u, unit);
  const place: [number, number] | null = end > k + u ? [k + u, end] : null;
  return { end, level: unitLevel(w, k, unit, place), place };
}

/** A committee's place without a unit word: "Tỉnh ủy Điện Biên", only a known unit's name. */
function committeePlace(w: Words, j: number): [number, number] | null {
  if (!adjacent(w, j) || !isCapitalised(w.tokens[j])) return null;
  for (let e = capitalRun(w, j, 6, true); e > j; e--) if (lexicon().adminNames.has(w.keys.slice(j, e).join(' '))) return [j, e];
  if (w.keys[j] === 'tp' && w.keys[j + 1] === '.' && w.keys[j + 2] === 'hcm' && adjacent(w, j + 1) && adjacent(w, j + 2)) return [j + 2, j + 3];
  return null;
}

/** Whether token k is a lower-case word that may sit inside a name (not a function word or a verb). */
function innerWord(w: Words, k: number): boolean {
  const t = w.tokens[k];
  const key = w.keys[k] as string;
  if (!t || t.kind !== 'word' || t.case !== 'lower') return false;
  if (key === 'các') return adminUnitAt(w, k + 1) === 0 && w.keys[k + 1] !== 'cấp';
  // "Khoa học và Công nghệ", not "... và các cơ quan", "... và Chính phủ".
  if (key === 'và') return isCapitalised(w.tokens[k + 1]) && headAt(w, k + 1) === null;
  if (key === 'cấp') return false; // "cấp xã": a level, not a name
  if (key === 'số' && w.tokens[k + 1]?.kind === 'number') return false; // "số 06" (not "chuyển đổi số")
  if (key === 'giao' && (w.keys[k + 1] === 'thông' || w.keys[k + 1] === 'dịch')) return true; // a noun, not "giao"
  return lexicon().describedStops.matchAt(w.keys, k) === 0 && lexicon().verbs.matchAt(w.keys, k) === 0;
}

const TIME_WORDS = new Set(['ngày', 'tháng', 'năm', 'giờ', 'lần', 'km', 'm', 'ha', 'tỷ', 'triệu', 'nghìn', 'người', 'tấn', 'suất']);

/** Whether the number at token k ends a name ("Ban Quản lý dự án 85 cho biết", "Trường THPT Quỳnh Lưu 1 trao"), not a quantity. */
function numberEndsName(w: Words, k: number): boolean {
  const next = w.tokens[k + 1];
  if (!next || next.kind === 'newline' || !adjacent(w, k + 1)) return true;
  if (next.kind === 'punct') return /^[,;:.)]$/u.test(w.keys[k + 1] as string);
  return next.kind === 'word' && next.case === 'lower' && !TIME_WORDS.has(w.keys[k + 1] as string);
}

let constructionCache: PhraseSet | undefined;

/** Words of building and investing, which may sit inside a descriptive name ("Ban Quản lý dự án đầu tư xây dựng ... tỉnh"). */
function constructionWords(): PhraseSet {
  return (constructionCache ??= phrases('construction-words.tsv'));
}

/**
 * The proper name after a named head, from j: capitalised words, with lower-case words between
 * or after them ("Di sản văn hóa", "Văn hóa các dân tộc Việt Nam", "các khu công nghiệp" before
 * "tỉnh"). A lower-case tail counts whole before punctuation or a place unit; before a verb or a
 * function word, whole when short, else only the syllable that completes the last capitalised
 * word ("Phòng Nội vụ | chủ trì"). Ends before a body head (the parent). Returns j for no name.
 */
function namedName(w: Words, j: number, capital = false, depth = 0): number {
  const n = w.tokens.length;
  const first = w.tokens[j];
  if (depth > 2 || (capital && !isCapitalised(first))) return j;
  // "Bộ | Thực hiện ...", "Bộ | Luật ...": a sentence's opening word or a document is no name.
  if (isCapitalised(first) && !headAt(w, j) && (lexicon().openers.matchAt(w.keys, j) > 0 || commonCapitalised().matchAt(w.keys, j) > 0)) return j;
  let end = j;
  let capitals = 0;
  let pending = 0;
  /** The end of the one lower-case syllable after a capitalised word in title case ("Nội | vụ"). */
  let syllable = j;
  let k = j;
  let stop: 'punct' | 'verb' | 'unit' | 'parent' | 'number' | 'none' = 'none';
  /**
   * The first word that only a full name may hold: a building verb or "và" in a lower-case name
   * ("Ban Quản lý dự án đầu tư xây dựng ... | tỉnh"), "và các khu ..." after a name ("Ban Quản lý
   * Khu kinh tế X và các khu công nghiệp tỉnh Y"). The name goes past it only when it ends on a
   * level word, a place, a parent body or a number.
   */
  let provisional = -1;
  let capitalsAt = 0;
  while (k < n && k - j < 20) {
    const t = w.tokens[k] as Token;
    if (t.kind === 'newline' || !adjacent(w, k)) {
      // A name wrapped inside a table cell goes on in lower case: "Phòng Quản lý môi / trường".
      if (t.kind === 'newline' && k > j && w.tokens[k + 1]?.case === 'lower' && w.tokens[k + 1]?.kind === 'word') {
        k++;
        continue;
      }
      stop = 'punct';
      break;
    }
    if (adminUnitAt(w, k)) {
      stop = 'unit'; // "Ban Quản lý các khu công nghiệp | tỉnh", "Trung tâm Y tế | huyện"
      break;
    }
    if (isCapitalised(t)) {
      const head = headAt(w, k);
      // A body or another named body starts: "Văn phòng | Ủy ban nhân dân", "Bộ Tài chính | Cục Thuế".
      if (head && (head.info.kind !== 'named' || namedName(w, k + head.len, head.info.capital, depth + 1) > k + head.len)) {
        // A lower-case tail before the parent body: "Ban Văn hóa - Xã hội | Hội đồng nhân dân tỉnh".
        if (head.info.kind === 'body') stop = 'parent';
        break;
      }
      // A capitalised common noun ends the name ("Kết luận"), unless coordinated ("Tài chính - Kế hoạch").
      const joinedPart = w.keys[k - 1] === '-' || w.keys[k - 1] === 'và';
      if (head === null && (titleAt(w, k) || (k > j && !joinedPart && commonCapitalised().matchAt(w.keys, k)))) break;
      end = k + 1;
      capitals++;
      capitalsAt = k;
      pending = 0;
    } else if (t.kind === 'number' && (capitals > 0 ? pending === 0 : pending > 0) && numberEndsName(w, k)) {
      stop = 'number'; // "Ban Quản lý dự án 85", "Trường THPT Quỳnh Lưu 1"
      k++;
      break;
    } else if (t.kind === 'punct' && w.keys[k] === '-' && capitals > 0 && isCapitalised(w.tokens[k + 1])) {
      pending++; // "Văn hóa - Xã hội"
    } else if (innerWord(w, k)) {
      if (pending === 0 && k > j && w.tokens[k - 1]?.case === 'title') syllable = k + 1;
      if (++pending > (capitals === 0 ? 16 : 8)) break;
    } else if (provisionalAt(w, k, capitals) > 0) {
      if (provisional < 0) provisional = k;
      const len = provisionalAt(w, k, capitals);
      pending += len;
      k += len;
      continue;
    } else {
      // Punctuation, or the verb or function word after the name ("Phòng Nội vụ | chủ trì").
      if (t.kind === 'punct' && /^[,;:.)(!?]$/u.test(w.keys[k] as string)) stop = 'punct';
      else if (t.kind === 'word' && (lexicon().describedStops.matchAt(w.keys, k) > 0 || lexicon().verbs.matchAt(w.keys, k) > 0)) stop = 'verb';
      break;
    }
    k++;
  }
  if (k >= n && stop !== 'number') stop = 'punct';
  if (provisional >= 0 && stop !== 'unit' && stop !== 'parent' && stop !== 'number' && !(capitals > 0 && capitalsAt > provisional)) {
    // Not a full name: it ends before the building verb or "và" ("Ban Quản lý | xây dựng ...").
    if (capitals === 0) return j;
    return end;
  }
  if (stop === 'number') return k;
  const tailOk = pending > 0 && w.keys[k - 1] !== 'và' && w.keys[k - 1] !== 'các';
  if (tailOk && (stop === 'unit' || stop === 'parent') && (capitals > 0 || (stop === 'unit' && k - j === pending))) end = k;
  else if (tailOk && capitals > 0 && (stop === 'punct' || (stop === 'verb' && pending <= 3 && syllable > end))) end = k;
  else if (stop === 'verb' && syllable > end) end = syllable;
  // In capitals every word looks like a name: the name must end its line ("TRƯỜNG ĐẠI HỌC X THÀNH ĐẠI HỌC X").
  const inCapitals = w.tokens[j - 1]?.case === 'upper' && w.tokens[j]?.case === 'upper';
  if (end > j && inCapitals && w.tokens[end] && adjacent(w, end) && w.tokens[end]?.kind !== 'punct' && !adminUnitAt(w, end)) return j;
  return end;
}

/** The length of a word that only a full name may hold at token k (see namedName), or 0. */
function provisionalAt(w: Words, k: number, capitals: number): number {
  const t = w.tokens[k];
  if (!t || t.kind !== 'word' || t.case !== 'lower') return 0;
  if (w.keys[k] === 'và') {
    if (capitals === 0) return w.tokens[k + 1]?.case === 'lower' && w.tokens[k + 1]?.kind === 'word' ? 1 : 0;
    return w.keys[k + 1] === 'các' && w.keys[k + 2] === 'khu' ? 2 : 0;
  }
  return capitals === 0 ? constructionWords().matchAt(w.keys, k) : 0;
}

/** The description after a described head ("Ban Chỉ đạo ..."), up to a clause boundary or a verb. */
function describedName(w: Words, j: number): number {
  const lx = lexicon();
  let end = j;
  let k = j;
  while (k < w.tokens.length && k - j < 32 && adjacent(w, k)) {
    const t = w.tokens[k] as Token;
    const key = w.keys[k] as string;
    if (t.kind === 'punct') {
      if ((key === ',' && w.tokens[k + 1]?.case === 'lower' && !lx.describedStops.matchAt(w.keys, k + 1)) || key === '-') {
        k++;
        continue;
      }
      break;
    }
    if (key === 'của' || lx.describedStops.matchAt(w.keys, k) || adminUnitAt(w, k)) break;
    if (key === 'và' && (w.keys[k + 1] === 'các' || w.keys[k + 1] === 'những' || headAt(w, k + 1))) break;
    if (isCapitalised(t) && (titleAt(w, k) || (headAt(w, k) && headAt(w, k)?.info.kind !== 'named'))) break;
    if (t.kind === 'word' || t.kind === 'number' || t.kind === 'roman') end = ++k;
    else break;
  }
  return end;
}

/** A head's parent after "của": "Ban Chỉ đạo của Chính phủ", "Ủy ban ... của Quốc hội". */
function parentAt(w: Words, k: number, depth: number): Parsed | null {
  if (w.keys[k] !== 'của' || !adjacent(w, k) || !adjacent(w, k + 1)) return null;
  const p = parseAt(w, k + 1, depth + 1);
  return p && !p.generic && (p.kind === 'body' || p.kind === 'official') ? p : null;
}

/** The mention whose head starts at token i, or null. */
function parseAt(w: Words, i: number, depth = 0): Parsed | null {
  if (depth > 4) return null;
  const head = headAt(w, i);
  if (!head) return null;
  const { info } = head;
  let end = i + head.len;
  let named = false;
  if (info.kind === 'official') {
    // "Thuế tỉnh", "Công an tỉnh": the unit word starts the qualifier.
    for (let u = 1; u <= 2 && head.len > u; u++) {
      if (adminUnitAt(w, end - u) === u) {
        end -= u;
        break;
      }
    }
  } else if (info.kind === 'named' || info.kind === 'sub') {
    const nameEnd = info.inner ? end : namedName(w, end, info.capital);
    if (nameEnd === end) {
      // The name is a body: "Văn phòng UBND tỉnh", "Văn phòng Bộ Tài chính".
      if (info.kind === 'sub' || !adjacent(w, end)) return null;
      const inner = parseAt(w, end, depth + 1);
      // A local branch named by its level: "Đoàn Thanh niên phường Hai Bà Trưng".
      const local = !inner && head.len > 1 && !info.inner && !info.work ? qualifier(w, end) : null;
      if (local) return { to: local.end, level: local.level ?? info.level, place: local.place, bare: false, generic: false, kind: info.kind };
      if (!inner) return null;
      return { ...inner, level: inner.level ?? info.level, bare: false, kind: info.kind };
    }
    end = nameEnd;
    named = true;
    // Cut inside a word ("Cục Quản | lý ..." before a capitalised common noun): not a name.
    const last = w.tokens[end - 1];
    const wholeName = info.work && isCapitalised(w.tokens[end - 2]) && end - 2 >= i + head.len; // "Bệnh viện Chợ Rẫy | tiếp nhận"
    if (!wholeName && last?.case === 'title' && adjacent(w, end) && innerWord(w, end) && !adminUnitAt(w, end) && w.keys[end] !== 'và' && w.keys[end] !== 'các') return null;
    // A school or a hospital is named by capitals (and a number): "Trường THPT Thủ Thiêm | tuyển sinh",
    // only after a whole proper name (not "Bảo tàng Lịch | sử quốc gia").
    let tail = 0;
    while (info.work && end - tail > i + head.len + 1 && w.tokens[end - tail - 1]?.case === 'lower') tail++;
    if (tail > 0 && isCapitalised(w.tokens[end - tail - 1]) && isCapitalised(w.tokens[end - tail - 2])) end -= tail;
    if (info.kind === 'sub') {
      // "Ban Văn hóa - Xã hội | Hội đồng nhân dân tỉnh": a part needs its parent.
      const inner = adjacent(w, end) ? parseAt(w, end, depth + 1) : null;
      if (!inner || (inner.kind !== 'body' && inner.kind !== 'official')) return null;
      return { ...inner, bare: false, kind: 'sub' };
    }
  } else if (info.kind === 'described') {
    end = describedName(w, end);
    named = end > i + head.len;
  }
  // A member, not the body: "Huyện ủy viên".
  if (w.keys[end] === 'viên' && adjacent(w, end)) return null;
  let level = info.level;
  let place: [number, number] | null = null;
  let qualified = false;
  // "Thuế cơ sở 3 tỉnh X".
  if (info.kind === 'placed' && w.keys[end] === 'cơ' && w.keys[end + 1] === 'sở' && w.tokens[end + 2]?.kind === 'number') end += 3;
  // A numbered region: "Kho bạc Nhà nước khu vực XIX", "Chi cục Thuế khu vực 3".
  if (w.keys[end] === 'khu' && w.keys[end + 1] === 'vực' && adjacent(w, end) && adjacent(w, end + 2)) {
    const kind = w.tokens[end + 2]?.kind;
    if (kind === 'roman' || kind === 'number') end += 3;
  }
  // A body of a body: "Ban Thường vụ | Huyện ủy", "Đảng ủy | Ủy ban nhân dân Thành phố".
  const next = adjacent(w, end) ? headAt(w, end) : null;
  if (next && next.info.kind === 'body' && (info.kind === 'body' || info.kind === 'official')) {
    const inner = parseAt(w, end, depth + 1);
    if (inner) return { ...inner, level: inner.level ?? level, bare: false, kind: info.kind };
  }
  const q = qualifier(w, end);
  if (q) {
    end = q.end;
    level = q.level ?? level;
    place = q.place;
    qualified = true;
  } else if (info.place || (info.kind === 'official' && info.level !== 'trung ương')) {
    // "Tỉnh ủy Điện Biên", "Sở Xây dựng Hà Nội": a known province or district without a unit word.
    place = committeePlace(w, end);
    if (place) {
      end = place[1];
      qualified = true;
    }
  }
  if (!qualified && adjacent(w, end) && isCapitalised(w.tokens[end])) {
    // "Ban Tổ chức Trung ương", "Ban Chấp hành Trung ương Đảng", "Mặt trận Tổ quốc Việt Nam".
    const two = `${w.keys[end]} ${w.keys[end + 1]}`;
    if ((two === 'trung ương' || two === 'việt nam') && info.kind !== 'named') {
      end += 2;
      level = 'trung ương';
      qualified = true;
      if (two === 'trung ương' && w.keys[end] === 'đảng' && adjacent(w, end) && isCapitalised(w.tokens[end])) end++;
      // "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh", "... Việt Nam phường": the local committee.
      const local = two === 'việt nam' ? qualifier(w, end) : null;
      if (local) {
        end = local.end;
        level = local.level;
        place = local.place;
      }
    }
  }
  if (info.kind === 'placed' && !qualified) return null;
  if (info.kind === 'described' && !named && !qualified && !info.parent) return null;
  let generic = false;
  if (!qualified && adjacent(w, end) && PLURAL_AFTER.has(w.keys[end] as string) && w.tokens[end]?.case === 'lower') generic = true;
  if (!generic && info.parent) {
    const parent = parentAt(w, end, depth);
    if (parent) {
      end = parent.to;
      level = parent.level ?? level;
      named = true;
    }
  }
  if (info.kind === 'described' && !named && !qualified) return null;
  return { to: end, level, place, bare: !named && !qualified && info.kind === 'body', generic, kind: info.kind };
}

// ---------------------------------------------------------------------------------------------

/** One mention, in token indices [from, to). */
export interface OrganizationMention {
  from: number;
  to: number;
  level: OrganizationLevel | null;
  place: [number, number] | null;
  bare: boolean;
  /** A generic plural ("Ủy ban nhân dân các xã"): not an organisation, still a body's words. */
  generic: boolean;
}

/** Whether a place unit or a plural word ends right before token i. */
function afterWord(w: Words, i: number, set: Set<string>): boolean {
  return i > 0 && adjacent(w, i) && set.has(w.keys[i - 1] as string);
}

function afterPlaceUnit(w: Words, i: number): boolean {
  if (i === 0 || !adjacent(w, i)) return false;
  for (let len = 1; len <= 3 && len <= i; len++) if (placeUnits().matchAt(w.keys, i - len) === len) return true;
  return false;
}

const VENUE_BEFORE = new Set(['tại', 'ở']);

/**
 * Whether a work-like head at token i (a school, a hospital) is a work: a word of building or a
 * works noun earlier in its sentence ("khởi công xây dựng Bệnh viện ...", "công trình như: ...,
 * Trường Tiểu học ...").
 */
function beingBuilt(w: Words, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 16; k--) {
    const t = w.tokens[k] as Token;
    if (t.kind === 'newline' || (t.kind === 'punct' && /^[.!?]$/u.test(w.keys[k] as string))) return false;
    if (t.kind === 'word' && constructionWords().matchAt(w.keys, k) > 0) return true;
  }
  return false;
}

/** Whether only commas, "và" and posts stand between token `from` and token `to`. */
function listGap(w: Words, from: number, to: number): boolean {
  for (let k = from; k < to; ) {
    const key = w.keys[k] as string;
    if (key === ',' || key === 'và') {
      k++;
      continue;
    }
    const title = titleAt(w, k, true);
    if (!title) return false;
    k += title.len;
  }
  return true;
}

const mentionCache = new WeakMap<object, { w: Words; mentions: OrganizationMention[] }>();

/** The words and organisation mentions of an input, computed once (people.ts reads them too). */
export function mentionsOf(input: ExtractInput): { w: Words; mentions: OrganizationMention[] } {
  let found = mentionCache.get(input.tokens);
  if (!found) {
    const w = words(input);
    found = { w, mentions: organizationMentions(w) };
    mentionCache.set(input.tokens, found);
  }
  return found;
}

/** Every organisation mention in the text, generic plurals included (flagged), in order. */
export function organizationMentions(w: Words): OrganizationMention[] {
  const blocked = namedDocuments(w);
  const out: OrganizationMention[] = [];
  for (let i = 0; i < w.tokens.length; i++) {
    if (blocked[i] || !isCapitalised(w.tokens[i])) continue;
    const head = headAt(w, i);
    const title = titleAt(w, i);
    if (title && title.len > (head?.len ?? 0)) {
      i += title.skip - 1;
      continue;
    }
    if (!head || afterPlaceUnit(w, i)) continue;
    if ((head.info.venue && afterWord(w, i, VENUE_BEFORE)) || (head.info.work && beingBuilt(w, i))) continue;
    const parsed = parseAt(w, i);
    if (!parsed) continue;
    const generic = parsed.generic || afterWord(w, i, PLURAL_BEFORE);
    out.push({ from: i, to: parsed.to, level: parsed.level, place: parsed.place, bare: parsed.bare, generic });
    i = parsed.to - 1;
  }
  // "Bí thư Tỉnh ủy, Thành ủy, Chủ tịch UBND các tỉnh": bare bodies listed before a plural are plural too.
  for (let m = out.length - 1; m > 0; m--) {
    const cur = out[m] as OrganizationMention;
    const prev = out[m - 1] as OrganizationMention;
    if (cur.generic && prev.bare && listGap(w, prev.to, cur.from)) prev.generic = true;
  }
  return out;
}

/** "Uỷ ban nhân dân" -> "Ủy ban nhân dân", "Mặt trận tổ quốc" -> "Mặt trận Tổ quốc": the lexicon's spelling. */
function respell(name: string): string {
  const { spelling } = lexicon();
  const ws = name.split(' ');
  const out: string[] = [];
  for (let i = 0; i < ws.length; ) {
    let done = 0;
    for (let n = Math.min(12, ws.length - i); n >= 2; n--) {
      const found = spelling.get(foldKey(ws.slice(i, i + n).join(' ')));
      if (found) {
        out.push(found);
        done = n;
        break;
      }
    }
    if (done) i += done;
    else out.push(ws[i++] as string);
  }
  const joined = out.join(' ');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** Whether tokens [from, to) are exactly the name of a known province or district ("Hà Nội"). */
export function isAdminName(w: Words, from: number, to: number): boolean {
  return lexicon().adminNames.has(w.keys.slice(from, to).join(' '));
}

/** The normalised name of tokens [from, to): abbreviations written out, normal case, lexicon spelling. */
export function organizationName(w: Words, from: number, to: number): string {
  return respell(normalCase(expandBodyAbbreviations(textOf(w, from, to))));
}

/**
 * Place and work abbreviations stay as written inside a body's name ("Ủy ban nhân dân TP.HCM",
 * "Ban Quản lý các KCN tỉnh ..."): only the abbreviations of bodies are written out.
 */
const KEPT_ABBREVIATIONS = /(?<![\p{L}\d])(TP\.?|KCN|CCN|KĐT|KDC)(?![\p{L}\d])/u;

function expandBodyAbbreviations(text: string): string {
  const parts = text.split(KEPT_ABBREVIATIONS);
  if (parts.length === 1) return expandAbbreviations(text);
  return parts.map((part, k) => (k % 2 === 1 ? part : expandAbbreviations(part))).join('');
}

export function extractOrganizations(input: ExtractInput): Located<OrganizationValue>[] {
  const { w, mentions } = mentionsOf(input);
  return mentions
    .filter((m) => !m.generic)
    .map((m) => {
      let name = organizationName(w, m.from, m.to);
      const placeText = m.place ? textOf(w, m.place[0], m.place[1]) : null;
      // A short code stays as written ("TP.HCM" -> place "HCM").
      const place = placeText === null ? null : /^\p{Lu}{2,4}$/u.test(placeText) ? placeText : nameCase(placeText);
      // The place as a name ("THÀNH PHỐ HỒ CHÍ MINH" -> "thành phố Hồ Chí Minh", not "hồ Chí Minh").
      const at = place ? foldKey(name).lastIndexOf(foldKey(place)) : -1;
      if (place && at >= 0) name = name.slice(0, at) + place + name.slice(at + place.length);
      return { value: { name, level: m.level, place }, span: spanOf(w, m.from, m.to) };
    });
}

/**
 * places[]: the place names a text mentions, each with the unit word written before it.
 *
 * A capitalised word alone is never a place. It is one when:
 * - a place unit stands before it: "huyện Vĩnh Thuận", "sông Cái Lớn", "Vườn tràm Ban Biện Phú",
 *   "Xã Đam Rông 1", "Phường 12", "Quốc lộ 1A", "đường ĐT.770B", "TP. Hồ Chí Minh";
 * - it continues a list or an address after such a place: "xã Tân Thuận, Vĩnh Bình Nam",
 *   "tỉnh Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng", "tỉnh Tuyên Quang, Việt Nam";
 * - a list head says so: "các tỉnh: Hưng Yên, Ninh Bình" (unit tỉnh), "các tỉnh, thành phố: Huế"
 *   (unit null);
 * - a Party committee or Youth Union is named by it: "Huyện ủy Gia Lâm" (unit null; the unit the
 *   committee implies, huyện, is kept for resolution only);
 * - it is a province or a country the tables know, in a place context: the place-date line
 *   ("Hà Nội, ngày ..."), after "tại", "qua" ..., in parentheses ("(Lạng Sơn, Cao Bằng)"), or as a
 *   part of an address ("Địa chỉ: 33 Hai Bà Trưng, ..., Hà Nội").
 *
 * Where a name ends: administrative names are checked against the unit tables (the longest known
 * name wins when what follows is not a name: "TỈNH QUẢNG TRỊ CHỦ TỊCH", "tỉnh Quảng Bình Ban hành");
 * in capitals, only a known name is read. Other names end at the first word that is not
 * capitalised, and a one-word name followed by a lower-case word that continues it ("Khu vực
 * Khuôn viên") is a capitalised common noun, not a name.
 *
 * Linear: one pass over the tokens; each look-ahead is bounded (a name is at most 6 words, a list
 * head at most 12 tokens, an address at most 60).
 */
import type { Located, PlaceValue, Token } from '../types.js';
import { nameCase } from './casing.js';
import type { ExtractInput } from './context.js';
import { adjacent, spanOf, textOf, words, type Words } from './words.js';
import { keySet, PhraseSet, table } from '../lexicon/index.js';
import { foldKey } from '../normalize/fold.js';
import { fullName, isCountryName, isHyphenatedName, isProvinceName, knownUnits, provinceUnit } from './place-names.js';

// ---------------------------------------------------------------------------------------------
// Lexicon

interface UnitInfo {
  cls: string;
  numbered: boolean;
}

interface Lexicon {
  units: PhraseSet;
  info: Map<string, UnitInfo>;
  /** Phrases that are not (the rest of) a place name: titles, body heads, document types ... */
  stops: PhraseSet;
  /** Phrases that cannot start a listed name: the above and every capitalised common noun. */
  notNames: PhraseSet;
  followers: Set<string>;
  contexts: PhraseSet;
  addressMarkers: PhraseSet;
  roadBlockers: PhraseSet;
  surnames: Set<string>;
  /** Bodies a province's name may follow without a unit word ("Công an Hà Nội"). */
  bodies: PhraseSet;
  regions: PhraseSet;
}

let lexicon: Lexicon | undefined;

function lex(): Lexicon {
  if (lexicon) return lexicon;
  const info = new Map<string, UnitInfo>();
  for (const file of ['place-units.tsv', 'place-words.tsv']) {
    for (const [word = '', cls = '', numbered = ''] of table(file)) {
      info.set(foldKey(word), { cls, numbered: numbered === 'numbered' });
    }
  }
  const first = (file: string) => table(file).map((r) => r[0] as string);
  const multi = (file: string) => first(file).filter((p) => p.includes(' '));
  const stopList = [
    ...first('place-name-stops.tsv'),
    ...multi('titles.tsv'),
    ...multi('organization-heads.tsv'),
    ...multi('doc-types.tsv'),
    ...multi('common-capitalized.tsv'),
    ...multi('bodies.tsv'),
  ];
  lexicon = {
    units: new PhraseSet(info.keys()),
    info,
    stops: new PhraseSet(stopList),
    notNames: new PhraseSet([...stopList, ...first('organization-heads.tsv'), ...first('common-capitalized.tsv'), ...first('titles.tsv')]),
    followers: keySet('place-name-followers.tsv'),
    contexts: new PhraseSet(first('place-contexts.tsv')),
    addressMarkers: new PhraseSet(first('place-address-markers.tsv')),
    roadBlockers: new PhraseSet(first('place-road-blockers.tsv')),
    surnames: keySet('surnames.tsv'),
    bodies: new PhraseSet([...first('place-bodies.tsv'), ...table('bodies.tsv').filter((r) => r[1] === 'tỉnh').map((r) => r[0] as string)]),
    regions: new PhraseSet(first('place-regions.tsv')),
  };
  return lexicon;
}

// Party committees and Youth Union committees named by their place, and the unit they imply.
const COMMITTEES: readonly [string[], string | null][] = [
  [['huyện', 'ủy'], 'huyện'],
  [['tỉnh', 'ủy'], 'tỉnh'],
  [['thành', 'ủy'], 'thành phố'],
  [['quận', 'ủy'], 'quận'],
  [['thị', 'xã', 'ủy'], 'thị xã'],
  [['thị', 'ủy'], 'thị xã'],
  [['tỉnh', 'đoàn'], 'tỉnh'],
  [['thành', 'đoàn'], 'thành phố'],
  [['huyện', 'đoàn'], 'huyện'],
  [['quận', 'đoàn'], 'quận'],
  [['đảng', 'ủy'], null],
  [['đảng', 'bộ'], null],
];
/** A unit word followed by one of these is a body ("Huyện ủy", "Tỉnh đoàn", "Xã đội"), not a place. */
const BODY_WORDS = new Set(['ủy', 'đoàn', 'đội']);
/** A unit word after one of these is a common word ("văn bản", "xuất bản", "cơ bản"). */
const COMPOUND_BEFORE = new Set(['văn', 'xuất', 'phiên', 'cơ', 'căn', 'kịch', 'nhà', 'cấp', 'tấn', 'bằng', 'cảng', 'liên']);
/** Lower-case words between a unit word and its name: "cửa khẩu quốc tế Mộc Bài" (unit cửa khẩu). */
const UNIT_QUALIFIERS = new Map<string, string[][]>([['cửa khẩu', [['quốc', 'tế'], ['chính'], ['phụ']]]]);
/**
 * Heads whose names a region word is part of, not a place: an enterprise ("Tổng công ty Điện lực
 * miền Nam") or an event ("Ngày giải phóng miền Nam"). Matched ending just before the region word
 * or before the capitalised words that lead to it.
 */
const REGION_BLOCKERS: readonly string[][] = [['công', 'ty'], ['tập', 'đoàn'], ['giải', 'phóng'], ['thống', 'nhất']];
/** Heads of works in a list ("các công trình trọng điểm, gồm: ..."): the roads listed are works. */
const WORK_LIST_HEADS: readonly string[][] = [['công', 'trình'], ['dự', 'án'], ['hạng', 'mục']];
/** Reservoirs: being built after a blocker ("dự án Hồ chứa nước Ka Pét"), a work, not a place. */
const RESERVOIRS = new Set(['hồ chứa nước', 'hồ chứa']);
/** Units whose name is a route: "cao tốc Pháp Vân - Cầu Giẽ". */
const ROUTE_UNITS = new Set(['cao tốc', 'xa lộ']);
/** Road nouns that may stand between a blocker and a road unit: "dự án đường bộ cao tốc". */
const ROAD_NOUNS = new Set(['tuyến', 'đường', 'bộ']);
/** Tokens that start an item of a list. */
const ITEM_STARTS = new Set([':', ',', 'và', 'gồm', 'như']);
const SUB_PROVINCE = new Set(['huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn', 'đặc khu']);
const REGION_UNITS = new Set(['khu vực', 'vùng', 'miền']);
const ROAD_CODES = new Set(['ql', 'đt', 'dt', 'tl', 'đh', 'hl', 'đx']);
/** The implied unit of a street named without one ("33 Hai Bà Trưng"): not resolved as a unit. */
const STREET = 'đường';
const SEGMENT_PUNCT = /^[.!?:;…|([\-–+*•“"/]$/u;
const APOSTROPHE = /^['’]$/u;
/** A number that can be (the end of) a name: "Phường 12", "Đam Rông 1"; not 2025, not 1.000. */
const SHORT_NUMBER = /^\d{1,3}$/u;
const PHRASE_END = /^[,;.)]$/u;
const SPACES = /\s+/gu;

// ---------------------------------------------------------------------------------------------
// Tokens

function gap(w: Words, i: number): string {
  const prev = w.tokens[i - 1];
  const cur = w.tokens[i];
  return prev && cur ? w.text.slice(prev.end, cur.start) : ' ';
}

const isWord = (t: Token | undefined): t is Token => t?.kind === 'word';
const isLetter = (t: Token | undefined) => isWord(t) && t.end - t.start === 1;
const isUpperWord = (t: Token | undefined) => isWord(t) && t.case === 'upper' && t.end - t.start > 1;
const isLowerWord = (t: Token | undefined) => isWord(t) && t.case === 'lower';
const capitalised = (t: Token | undefined) => isWord(t) && (t.case === 'title' || t.case === 'upper' || t.case === 'mixed');

/** At the start of a sentence, a line, a table cell, a bracket or a list item. */
function segmentStart(w: Words, i: number): boolean {
  const prev = w.tokens[i - 1];
  return !prev || prev.kind === 'newline' || (prev.kind === 'punct' && SEGMENT_PUNCT.test(w.keys[i - 1] ?? ''));
}

/** A lower-case word right after token `end - 1` that is not one a place name is followed by. */
function runsOn(w: Words, end: number): boolean {
  const t = w.tokens[end];
  return isLowerWord(t) && adjacent(w, end) && !lex().followers.has(w.keys[end] ?? '');
}

// ---------------------------------------------------------------------------------------------
// Units

interface Unit {
  /** Tokens of the unit word (with an abbreviation's dot). */
  len: number;
  /** Lower case, abbreviations written out: "thành phố", "tổ dân phố", "phố". */
  unit: string;
  cls: string;
  numbered: boolean;
  abbreviation: boolean;
}

const ABBREVIATIONS = new Map<string, { unit: string; address: boolean }>([
  ['tp', { unit: 'thành phố', address: false }],
  ['tx', { unit: 'thị xã', address: false }],
  ['tt', { unit: 'thị trấn', address: true }],
  ['q', { unit: 'quận', address: true }],
  ['h', { unit: 'huyện', address: true }],
  ['x', { unit: 'xã', address: true }],
  ['t', { unit: 'tỉnh', address: true }],
  ['p', { unit: 'phường', address: true }],
]);

/** "TP. Hồ Chí Minh", "TP Hồ Chí Minh"; in an address also "P. Bà Triệu", "Q. 1", "TT. Long Thành". */
function abbreviationAt(w: Words, i: number, address: boolean): Unit | null {
  const t = w.tokens[i];
  const key = w.keys[i] ?? '';
  const a = ABBREVIATIONS.get(key);
  if (!a || !isWord(t) || t.case === 'lower' || (a.address && !address)) return null;
  if (key !== 'tp' && t.case !== 'upper' && t.end - t.start > 1) return null;
  const dot = w.keys[i + 1] === '.' && gap(w, i + 1) === '';
  // One letter, or a two-letter one other than TP, needs its dot.
  if (!dot && key !== 'tp' && key !== 'tx') return null;
  let unit = a.unit;
  // "193 P. Bà Triệu": after a house number, P. is a street (phố); otherwise a ward (phường).
  if (key === 'p' && w.tokens[i - 1]?.kind === 'number') unit = 'phố';
  const cls = unit === 'phố' ? 'road' : 'admin';
  return { len: dot ? 2 : 1, unit, cls, numbered: unit === 'phường' || unit === 'quận', abbreviation: true };
}

function unitAt(w: Words, i: number, address: boolean): Unit | null {
  const t = w.tokens[i];
  if (!isWord(t)) return null;
  const abbreviation = abbreviationAt(w, i, address);
  if (abbreviation) return abbreviation;
  const { units, info } = lex();
  const len = units.matchAt(w.keys, i);
  if (!len) return null;
  // Inside a longer unit word that starts before ("thành phố", "tổ dân phố" seen from "phố").
  for (let back = 1; back <= 2; back++) if (units.matchAt(w.keys, i - back) > back) return null;
  const key = w.keys.slice(i, i + len).join(' ');
  const { cls, numbered } = info.get(key) ?? { cls: 'other', numbered: false };
  const next = w.keys[i + len] ?? '';
  if (key === 'xã' && next === 'hội') return null; // "xã hội", "XÃ HỘI CHỦ NGHĨA"
  if (BODY_WORDS.has(next)) return null;
  if (COMPOUND_BEFORE.has(w.keys[i - 1] ?? '') && adjacent(w, i)) return null;
  if (t.case === 'title' && len === 1 && !segmentStart(w, i)) {
    // In the middle of a sentence a capitalised one-word unit may start a name (cầu Rạch Giá,
    // Hồ Chí Minh); administrative units are units (Phường Cầu Giấy), streets and hamlets are
    // units in an address list ("số 11, Phố Duy Tân", "| Thôn Đồi Đỏ").
    // "Vành đai 4 - Vùng Thủ đô": a capitalised region word before a region the table knows.
    const region = cls === 'region' && lex().regions.matchAt(w.keys, i + len) > 0;
    if (!region && (cls === 'natural' || cls === 'site' || cls === 'other' || cls === 'region')) return null;
    if (!region && cls !== 'admin' && w.keys[i - 1] !== ',' && w.tokens[i - 1]?.kind !== 'number') return null;
  }
  if (key === 'hồ' && t.case !== 'lower') return null; // Hồ: a family name
  if (cls === 'region' && regionInName(w, i)) return null;
  // "Sóc Sơn", "Sông Cầu", "Bản Hồ": a capitalised unit word that starts a name the tables know.
  if (cls !== 'admin' && t.case !== 'lower' && len === 1) {
    const ends = nameEnds(w, i, t.case === 'upper' && t.end - t.start > 1);
    for (const e of ends) if (e > i + 1 && known(w, i, e)) return null;
  }
  const unit = w.text.slice((t as Token).start, (w.tokens[i + len - 1] as Token).end).replace(SPACES, ' ').toLowerCase();
  return { len, unit, cls, numbered, abbreviation: false };
}

// ---------------------------------------------------------------------------------------------
// Names

/**
 * The possible ends of a proper name starting at token j: after each of its words (adjacent
 * capitalised words, in capitals when `caps`; "D'Ran" is one word; a final number and letter:
 * "Đam Rông 1", "Thành Thới A"). Empty when no name starts at j.
 */
function nameEnds(w: Words, j: number, caps: boolean, max = 6): number[] {
  const ends: number[] = [];
  let k = j;
  let count = 0;
  while (k < w.tokens.length && count < max) {
    const t = w.tokens[k] as Token;
    if (k > j && !adjacent(w, k)) break;
    if (t.kind === 'number') {
      if (k === j || !SHORT_NUMBER.test(w.keys[k] ?? '')) break;
      let e = k + 1;
      if (isLetter(w.tokens[e]) && gap(w, e) === '' && w.tokens[e]?.case !== 'lower') e++;
      ends.push(e);
      break;
    }
    if (!isWord(t)) break;
    const fits = isLetter(t) ? t.case !== 'lower' : caps ? t.case === 'upper' : t.case === 'title' || t.case === 'mixed';
    if (!fits) break;
    let e = k + 1;
    while (APOSTROPHE.test(w.keys[e] ?? '') && gap(w, e) === '' && isWord(w.tokens[e + 1]) && gap(w, e + 1) === '') e += 2;
    ends.push(e);
    count++;
    k = e;
  }
  return ends;
}

/** A name as written, in name case; a short form the tables know stays as written ("TP HCM"). */
const nameText = (w: Words, from: number, to: number) => {
  const text = textOf(w, from, to);
  return fullName(text) !== text ? text : nameCase(text);
};

/**
 * The ends of a name that a line break cuts ("phường Thành\nSen"): the name's ends on the next
 * line, when the run from j ends at the line's end.
 */
function nextLineEnds(w: Words, end: number, caps: boolean): number[] {
  if (w.tokens[end]?.kind !== 'newline' || !capitalised(w.tokens[end + 1])) return [];
  return nameEnds(w, end + 1, caps, 4);
}

/** The end of the name from j to e, or of a hyphenated name the tables know: "Bà Rịa - Vũng Tàu". */
function withHyphen(w: Words, j: number, e: number, caps: boolean): number {
  if ((w.keys[e] !== '-' && w.keys[e] !== '–') || gap(w, e) === '' || gap(w, e + 1) === '') return e;
  const more = nameEnds(w, e + 1, caps, 4);
  for (let k = more.length - 1; k >= 0; k--) if (isHyphenatedName(textOf(w, j, more[k] as number))) return more[k] as number;
  return e;
}

/** Known to the unit tables: the name from j to e. */
function known(w: Words, j: number, e: number): boolean {
  return knownUnits(textOf(w, j, e)) !== undefined;
}

/** Ends of `ends` before which a name stops: the first word of a title, body head ... */
function cutAtStop(w: Words, j: number, ends: number[]): number[] {
  const { stops } = lex();
  const out: number[] = [];
  for (const e of ends) {
    out.push(e);
    if (e < w.tokens.length && stops.matchAt(w.keys, e) > 0) break;
  }
  return out;
}

/**
 * A proper name not in the tables: up to a stop word. Run on in lower case ("phường Phật tích",
 * "Khu vực Khuôn viên", "các tỉnh Tây Nguyên cũng"), it is no administrative unit's name, nor a
 * one-word name of another place; "hồ Hòa Bình xả đáy" keeps its name.
 */
function unknownEnd(w: Words, j: number, ends: number[], admin: boolean): number | null {
  if (lex().stops.matchAt(w.keys, j) > 0) return null;
  const cut = cutAtStop(w, j, ends);
  const end = cut[cut.length - 1];
  if (end === undefined) return null;
  if (runsOn(w, end) && (admin || cut.length === 1)) return null;
  return end;
}

/** A person's name, not a place's: a family name and at least two more words, unknown to the tables. */
function personLike(w: Words, j: number, end: number): boolean {
  return lex().surnames.has(w.keys[j] ?? '') && end - j >= 3;
}

/**
 * Where an administrative unit's name ends: the longest name the tables know, unless the text
 * goes on with more of the name; in capitals, only a known name.
 */
function adminEnd(w: Words, j: number, ends: number[], caps: boolean): number | null {
  const full = ends[ends.length - 1];
  if (full === undefined) return null;
  // A name with a hyphen: "Cam Ly - Đà Lạt", "Văn Miếu - Quốc Tử Giám"; "Thừa Thiên - Huế" for a
  // name the tables write without one, when the part before the hyphen is no name of its own.
  if (w.keys[full] === '-' || w.keys[full] === '–') {
    const more = nameEnds(w, full + 1, caps);
    const alone = known(w, j, full);
    for (let k = more.length - 1; k >= 0; k--) {
      const e = more[k] as number;
      if (isHyphenatedName(textOf(w, j, e)) || (!alone && known(w, j, e))) return e;
    }
  }
  // A name cut by a line break: "phường Thành\nSen", "Sơn\nLa".
  const more = nextLineEnds(w, full, caps);
  for (let k = more.length - 1; k >= 0; k--) if (known(w, j, more[k] as number)) return more[k] as number;
  let best: number | undefined;
  for (const e of ends) if (known(w, j, e)) best = e;
  if (caps) return best ?? null;
  if (best === full) return full;
  const rest = best === undefined ? null : w.tokens[best];
  if (best !== undefined && (rest?.kind === 'number' || lex().stops.matchAt(w.keys, best) > 0 || runsOn(w, full))) return best;
  const end = unknownEnd(w, j, ends, true);
  if (end === null || personLike(w, j, end)) return best ?? null;
  // "UBND tỉnh Bến Tre Trần Văn Thắng": a known name, then a person's.
  if (best !== undefined && end > best && personLike(w, best, end)) return best;
  if (best !== undefined && end <= best) return best;
  return end;
}

/** Where another place's name ends (sông, thôn, đường ...): unknown names are the norm here. */
function otherEnd(w: Words, j: number, ends: number[], caps: boolean, unit: Unit): number | null {
  if (REGION_UNITS.has(unit.unit)) {
    // "khu vực Nam Trung Bộ", "vùng Đồng bằng sông Cửu Long" (lower-case words in the name).
    const len = lex().regions.matchAt(w.keys, j);
    if (len > 0) return j + len;
    if (unit.unit !== 'khu vực') return null;
  }
  if (caps) return null;
  // "cao tốc Pháp Vân - Cầu Giẽ": a route of names joined by spaced hyphens.
  if (ROUTE_UNITS.has(unit.unit)) {
    let end = ends[ends.length - 1] as number;
    for (let guard = 0; guard < 4; guard++) {
      const sep = w.keys[end];
      if ((sep !== '-' && sep !== '–') || gap(w, end) === '' || gap(w, end + 1) === '') break;
      const more = nameEnds(w, end + 1, false, 4);
      const last = more[more.length - 1];
      if (last === undefined) break;
      end = last;
    }
    if (end !== ends[ends.length - 1]) return end;
  }
  // A name cut by a line break, whose rest ends a phrase: "Đại lộ Trần\nHưng Đạo, phường ...".
  const full = ends[ends.length - 1] as number;
  const more = nextLineEnds(w, full, caps);
  const last = more[more.length - 1];
  if (last !== undefined && PHRASE_END.test(w.keys[last] ?? '')) ends = [...ends, ...more];
  const end = unknownEnd(w, j, ends, false);
  if (end === null) return null;
  // A one-word name run on in lower case is a capitalised common noun ("Khu vực Khuôn viên").
  if (end === j + 1 && runsOn(w, end)) return null;
  // "Quốc lộ 12 km", "thôn 3 năm": a name does not end in a number followed by a measure.
  if (w.tokens[end - 1]?.kind === 'number' && runsOn(w, end)) return end - 1 > j ? end - 1 : null;
  return end;
}

// ---------------------------------------------------------------------------------------------
// Extraction

interface Found {
  from: number;
  to: number;
  name: string;
  unit: string | null;
  impliedUnit?: string;
}

export function extractPlaces(input: ExtractInput): Located<PlaceValue>[] {
  const w = words(input);
  const L = lex();
  const out: Located<PlaceValue>[] = [];
  const emit = (f: Found) => {
    const value: PlaceValue = { name: f.name, unit: f.unit };
    // A province named alone ("tại Khánh Hòa", "đoạn qua Nam Định") is resolved as a province,
    // not as a commune of the same name.
    const implied = f.impliedUnit ?? (f.unit === null && provinceUnit(f.name) === 'tỉnh' ? 'tỉnh' : undefined);
    if (implied) value.impliedUnit = implied;
    out.push({ value, span: spanOf(w, f.from, f.to) });
  };
  const n = w.tokens.length;
  let addressEnd = -1;
  /** The token after a road unit that names a work ("dự án nâng cấp đường tỉnh ĐT.864"): not a place. */
  let workUntil = -1;

  /** The place a unit at i introduces, or null. */
  const placeAfterUnit = (i: number, u: Unit): Found | null => {
    let j = i + u.len;
    for (const q of UNIT_QUALIFIERS.get(u.unit) ?? []) {
      if (q.every((k, d) => w.keys[j + d] === k && adjacent(w, j + d))) {
        j += q.length;
        break;
      }
    }
    if (j >= n || !adjacent(w, j)) return null;
    const t = w.tokens[j] as Token;
    const unitText = textOf(w, i, j);
    // A number for a name keeps its unit word: "Phường 12", "Quốc lộ 1A", "Tổ dân phố 4".
    if (t.kind === 'number' && u.numbered && SHORT_NUMBER.test(w.keys[j] ?? '')) {
      let e = j + 1;
      if (isLetter(w.tokens[e]) && gap(w, e) === '' && w.tokens[e]?.case !== 'lower') e++;
      if (isLowerWord(w.tokens[e]) && adjacent(w, e) && !L.followers.has(w.keys[e] ?? '')) return null;
      const number = textOf(w, j, e);
      let rest = '';
      // "Phường 1 Bảo Lộc": a number followed by the rest of a known name.
      if (u.cls === 'admin' && capitalised(w.tokens[e]) && adjacent(w, e)) {
        const more = nameEnds(w, e, isUpperWord(w.tokens[e]), 4);
        for (let k = more.length - 1; k >= 0; k--) {
          if (known(w, j, more[k] as number)) {
            rest = ` ${nameText(w, e, more[k] as number)}`;
            e = more[k] as number;
            break;
          }
        }
      }
      const written = (u.abbreviation ? u.unit : unitText).toLowerCase();
      const name = `${written.charAt(0).toUpperCase()}${written.slice(1)} ${number}${rest}`;
      return { from: u.abbreviation ? j : i, to: e, name, unit: u.unit };
    }
    // A road code: "đường ĐT.770B", "Quốc lộ QL.1A".
    if (u.cls === 'road' && ROAD_CODES.has(w.keys[j] ?? '') && t.case === 'upper') {
      let e = j + 1;
      if (w.keys[e] === '.' && gap(w, e) === '') e++;
      if (w.tokens[e]?.kind === 'number' && (gap(w, e) === '' || (gap(w, e) === ' ' && e === j + 1))) {
        e++;
        if (isLetter(w.tokens[e]) && gap(w, e) === '') e++;
        return { from: j, to: e, name: textOf(w, j, e), unit: u.unit };
      }
      return null;
    }
    const tokenCaps = isUpperWord(w.tokens[i]) && !u.abbreviation;
    const caps = tokenCaps || isUpperWord(t);
    if (tokenCaps && !isUpperWord(t) && !isLetter(t)) return null;
    const ends = nameEnds(w, j, caps);
    if (ends.length === 0) return null;
    if (L.notNames.matchAt(w.keys, j) > 1) return null;
    // "các tỉnh Tây Nguyên": a region, not a province.
    const region = L.regions.matchAt(w.keys, j);
    if (u.cls === 'admin' && region > 0 && j + region === withHyphen(w, j, ends[ends.length - 1] as number, caps)) {
      return { from: j, to: j + region, name: nameText(w, j, j + region), unit: null };
    }
    const end = u.cls === 'admin' ? adminEnd(w, j, ends, caps) : otherEnd(w, j, ends, caps, u);
    if (end === null || end <= j) return null;
    // "Thông tấn xã Việt Nam": a country is no commune.
    if (u.cls === 'admin' && isCountryName(textOf(w, j, end))) return null;
    return { from: j, to: end, name: nameText(w, j, end), unit: u.cls === 'other' ? null : u.unit };
  };

  /**
   * Names listed after a place: ", Vĩnh Bình Nam", "và Lâm Đồng", " - Đồng Hới". A listed name
   * takes the unit when the tables know it under that unit (or, not knowing it, when it reads as a
   * name); a known unit of another level (the province of an address) or a country takes none.
   */
  const continueList = (end: number, unit: Unit | null, provincesOnly: boolean): number => {
    // "Vùng Thủ đô và Khánh Hòa - Buôn Ma Thuột": a region heads no list.
    if (unit && REGION_UNITS.has(unit.unit)) return end;
    // "phường Nam Lý - Đồng Hới - Quảng Bình": a hyphen goes up an address, after a unit only.
    const afterAdmin = unit?.cls === 'admin';
    for (let guard = 0; guard < 50; guard++) {
      let next = end;
      const sep = w.keys[next];
      const hyphen = afterAdmin && (sep === '-' || sep === '–') && gap(w, next) !== '' && gap(w, next + 1) !== '';
      if (sep === ',' || sep === 'và' || sep === ';' || hyphen) next++;
      else break;
      if (sep === ',' && w.keys[next] === 'và') next++;
      if (sep === ';' && !provincesOnly) break;
      const t = w.tokens[next];
      if (!capitalised(t) || unitAt(w, next, next < addressEnd) || committeeAt(w, next)) break;
      if (L.notNames.matchAt(w.keys, next) > 0) break;
      const caps = isUpperWord(t);
      const ends = nameEnds(w, next, caps);
      if (ends.length === 0) break;
      const full = withHyphen(w, next, ends[ends.length - 1] as number, caps);
      let item: Found | null = null;
      const fullName = textOf(w, next, full);
      if (isCountryName(fullName)) item = { from: next, to: full, name: nameText(w, next, full), unit: null };
      else if (provincesOnly) {
        if (isProvinceName(fullName)) item = { from: next, to: full, name: nameText(w, next, full), unit: null };
      } else if (unit && unit.cls === 'admin') {
        const e = adminEnd(w, next, ends, caps);
        if (e !== null) {
          const name = textOf(w, next, e);
          const units = knownUnits(name);
          const same = !units || units.has(unit.unit);
          // The province of an address after a commune ("xã Bình Tuyền, Phú Thọ"), a province after
          // a city ("Tp. Huế, Hưng Yên"): not of the list's unit.
          const aProvince = isProvinceName(name) && (SUB_PROVINCE.has(unit.unit) || provinceUnit(name) !== unit.unit);
          // A name the tables do not know continues a list of communes or districts only when it
          // reads as a name: two words or more, not run on in lower case (all provinces are known).
          const named = units !== undefined || (!hyphen && sep !== ';' && unit.unit !== 'tỉnh' && e - next >= 2 && e === full && !runsOn(w, e));
          if (named) item = { from: next, to: e, name: nameText(w, next, e), unit: same && !aProvince && !hyphen ? unit.unit : null };
        }
      } else if (!unit || !caps) {
        // After a street or without a unit: a part of an address the tables know ("Hai Bà Trưng, Hà Nội").
        const e = adminEnd(w, next, ends, caps);
        if (e !== null && known(w, next, e)) item = { from: next, to: e, name: nameText(w, next, e), unit: null };
        else if (unit && !hyphen && !caps) {
          const o = otherEnd(w, next, ends, caps, unit);
          if (o !== null) item = { from: next, to: o, name: nameText(w, next, o), unit: unit.cls === 'other' ? null : unit.unit };
        }
      }
      if (!item) break;
      emit(item);
      end = item.to;
      // After a place of another level, the list goes on as an address: no unit carried.
      if (item.unit === null && !provincesOnly) unit = null;
    }
    return end;
  };

  for (let i = 0; i < n; i++) {
    const t = w.tokens[i] as Token;
    if (t.kind === 'newline' || w.keys[i] === ')' || w.keys[i] === ';' || w.keys[i] === '|') addressEnd = -1;
    else if (i >= addressEnd && L.addressMarkers.matchAt(w.keys, i) > 0) addressEnd = endOfAddress(w, i);
    const address = i < addressEnd;

    // A committee named by its place: "Huyện ủy Gia Lâm", "TỈNH ỦY ĐIỆN BIÊN".
    const committee = committeeAt(w, i);
    if (committee) {
      const [len, implied] = committee;
      const j = i + len;
      const caps = isUpperWord(w.tokens[j]);
      const ends = capitalised(w.tokens[j]) && adjacent(w, j) ? nameEnds(w, j, caps) : [];
      let end: number | null = null;
      if (ends.length > 0 && !(L.notNames.matchAt(w.keys, j) > 0)) {
        if (implied) end = adminEnd(w, j, ends, caps);
        else for (const e of ends) if (known(w, j, e)) end = e;
      }
      if (end !== null && end > j) {
        emit({ from: j, to: end, name: nameText(w, j, end), unit: null, impliedUnit: implied ?? undefined });
        i = end - 1;
      } else i = j - 1;
      continue;
    }

    // A list head: "các tỉnh: Hưng Yên, Ninh Bình", "các tỉnh, thành phố trực thuộc Trung ương: ...".
    if (w.keys[i] === 'các' || w.keys[i] === 'những') {
      const end = listAfterHead(i);
      if (end > i) {
        i = end - 1;
        continue;
      }
    }

    const u = unitAt(w, i, address);
    if (u) {
      if ((u.cls === 'road' || RESERVOIRS.has(u.unit)) && (builtRoad(w, i) || (u.cls === 'road' && inWorkList(w, i)))) {
        workUntil = i + u.len + 1;
        i += u.len - 1;
        continue;
      }
      const found = placeAfterUnit(i, u);
      if (found) {
        emit(found);
        const end = continueList(found.to, u, false);
        i = end - 1;
      } else i += u.len - 1;
      continue;
    }

    // A province's body followed by the province's name: "Công an Hà Nội", "Sở Tư pháp Quảng Ninh".
    const body = L.bodies.matchAt(w.keys, i);
    // ("Thuế tỉnh Bắc Ninh": the unit word is there, read below.)
    const adminWord = (d: number) => {
      const len = L.units.matchAt(w.keys, i + d);
      return len > 0 && L.info.get(w.keys.slice(i + d, i + d + len).join(' '))?.cls === 'admin';
    };
    if (body && capitalised(t) && !w.keys.slice(i, i + body).some((_k, d) => adminWord(d))) {
      const j = i + body;
      if (capitalised(w.tokens[j]) && adjacent(w, j) && !unitAt(w, j, false)) {
        const caps = isUpperWord(w.tokens[j]);
        const ends = nameEnds(w, j, caps);
        const last = ends[ends.length - 1];
        const e = last === undefined ? undefined : withHyphen(w, j, last, caps);
        if (e !== undefined && isProvinceName(textOf(w, j, e))) {
          emit({ from: j, to: e, name: nameText(w, j, e), unit: null });
          i = e - 1;
          continue;
        }
      }
    }

    // "nước Việt Nam" (not "Nhà nước Việt Nam").
    if (w.keys[i] === 'nước' && w.keys[i - 1] !== 'nhà' && capitalised(w.tokens[i + 1]) && adjacent(w, i + 1)) {
      const ends = nameEnds(w, i + 1, isUpperWord(w.tokens[i + 1]));
      const e = ends[ends.length - 1];
      if (e !== undefined && isCountryName(textOf(w, i + 1, e))) {
        emit({ from: i + 1, to: e, name: nameText(w, i + 1, e), unit: 'nước' });
        i = e - 1;
        continue;
      }
    }

    // After "tại", "qua", "trên địa bàn" ...: a province or a country.
    const context = L.contexts.matchAt(w.keys, i);
    if (context && isWord(t)) {
      const j = i + context;
      if (capitalised(w.tokens[j]) && adjacent(w, j)) {
        const caps = isUpperWord(w.tokens[j]);
        const ends = nameEnds(w, j, caps);
        const last = ends[ends.length - 1];
        const e = last === undefined ? undefined : withHyphen(w, j, last, caps);
        const name = e === undefined ? '' : textOf(w, j, e);
        if (e !== undefined && (isProvinceName(name) || isCountryName(name))) {
          emit({ from: j, to: e, name: nameText(w, j, e), unit: null });
          i = continueList(e, null, true) - 1;
          continue;
        }
      }
    }

    // "(Lạng Sơn, Cao Bằng)": provinces in brackets, alone.
    if (w.keys[i] === '(') {
      const end = bracketedProvinces(i);
      if (end > i) {
        i = end - 1;
        continue;
      }
    }

    if (!capitalised(t)) continue;

    // "TPHCM" written as one word: the city HCM.
    if (w.keys[i] === 'tphcm' && t.case === 'upper') {
      emit({ from: i, to: i + 1, name: 'HCM', unit: 'thành phố' });
      continue;
    }

    // A road by its code alone: "QL1A", "ĐT.741" (not the road being built).
    if (ROAD_CODES.has(w.keys[i] ?? '') && t.case === 'upper' && i >= workUntil && !builtRoad(w, i)) {
      let e = i + 1;
      if (w.keys[e] === '.' && gap(w, e) === '') e++;
      if (w.tokens[e]?.kind === 'number' && gap(w, e) === '') {
        e++;
        if (isLetter(w.tokens[e]) && gap(w, e) === '') e++;
        emit({ from: i, to: e, name: textOf(w, i, e), unit: null, impliedUnit: STREET });
        i = e - 1;
        continue;
      }
    }
    const start = segmentStart(w, i) || (address && w.keys[i - 1] === ',');

    // The place-date line: "Hà Nội, ngày 19 tháng 11 năm 2025".
    if (start) {
      const ends = nameEnds(w, i, isUpperWord(t));
      const e = ends[ends.length - 1];
      if (e !== undefined && w.keys[e] === ',' && w.keys[e + 1] === 'ngày' && known(w, i, e)) {
        emit({ from: i, to: e, name: nameText(w, i, e), unit: null });
        i = e - 1;
        continue;
      }
    }

    // An address part: "Địa chỉ: Hồ Chí Minh;", "(Địa chỉ 193 P. Bà Triệu, Lê Đại Hành, ...)".
    if (address && (start || segmentStartInAddress(w, i))) {
      const ends = nameEnds(w, i, isUpperWord(t));
      const e = ends[ends.length - 1];
      if (e !== undefined && partEnds(w, e, addressEnd)) {
        const name = textOf(w, i, e);
        const street = w.tokens[i - 1]?.kind === 'number' && !isCaps(w, i, e);
        if (street || knownUnits(name) || isCountryName(name)) {
          emit({ from: i, to: e, name: nameText(w, i, e), unit: null, impliedUnit: street ? STREET : undefined });
          i = continueList(e, null, false) - 1;
          continue;
        }
      }
    }

    // A house number and its street before a ward or commune, without "Địa chỉ":
    // "(244 Điện Biên Phủ, Phường Xuân Hòa, ...)".
    if (!address && houseNumberBefore(w, i) && L.notNames.matchAt(w.keys, i) === 0) {
      const ends = nameEnds(w, i, false);
      const e = ends[ends.length - 1];
      const next = e === undefined ? null : unitAt(w, e + 1, false);
      if (e !== undefined && w.keys[e] === ',' && next?.cls === 'admin' && SUB_PROVINCE.has(next.unit) && !isCaps(w, i, e)) {
        emit({ from: i, to: e, name: nameText(w, i, e), unit: null, impliedUnit: STREET });
        i = e - 1;
        continue;
      }
    }
  }
  return out;

  /** "các tỉnh: A, B và C" (unit tỉnh), "các tỉnh, thành phố ...: A, B" (unit null). */
  function listAfterHead(i: number): number {
    const heads: Unit[] = [];
    let k = i + 1;
    for (;;) {
      const u = unitAt(w, k, false);
      if (!u) break;
      heads.push(u);
      k += u.len;
      if ((w.keys[k] === ',' || w.keys[k] === 'và') && unitAt(w, k + 1, false)) k++;
      else break;
    }
    if (heads.length === 0) return i;
    const single = heads.length === 1 ? heads[0] : undefined;
    const unit = single?.cls === 'other' ? null : (single?.unit ?? null);
    // A qualifier in lower case ("trực thuộc Trung ương", "biên giới"), then a colon, or (after
    // one administrative unit) a name the tables know under it: "các tỉnh biên giới Cao Bằng, ...".
    const qualifier = k;
    for (let guard = 0; guard < 8 && (isLowerWord(w.tokens[k]) || w.keys[k] === 'trung' || w.keys[k] === 'ương'); guard++) k++;
    const knownUnder = (at: number): boolean => {
      if (!single || single.cls !== 'admin' || !capitalised(w.tokens[at]) || !adjacent(w, at)) return false;
      const caps = isUpperWord(w.tokens[at]);
      const e = adminEnd(w, at, nameEnds(w, at, caps), caps);
      return e !== null && (knownUnits(textOf(w, at, e))?.has(single.unit) ?? false);
    };
    let next: number;
    if (w.keys[k] === ':') next = k + 1;
    else if (k > qualifier && knownUnder(k)) next = k;
    else return i;
    const strict = next === k;
    let end = next;
    let count = 0;
    for (let guard = 0; guard < 60; guard++) {
      const t = w.tokens[next];
      if (!capitalised(t) || unitAt(w, next, false) || L.notNames.matchAt(w.keys, next) > 0) break;
      const caps = isUpperWord(t);
      const ends = nameEnds(w, next, caps);
      if (ends.length === 0) break;
      const e = single?.cls === 'admin' || !single ? adminEnd(w, next, ends, caps) : otherEnd(w, next, ends, caps, single);
      if (e === null || (strict && !known(w, next, e))) break;
      emit({ from: next, to: e, name: nameText(w, next, e), unit });
      count++;
      end = e;
      const sep = w.keys[e];
      if (sep !== ',' && sep !== 'và' && sep !== ';') break;
      next = e + 1;
      if (sep === ',' && w.keys[next] === 'và') next++;
    }
    return count > 0 ? end : i;
  }

  function bracketedProvinces(i: number): number {
    const items: Found[] = [];
    let next = i + 1;
    for (let guard = 0; guard < 20; guard++) {
      const t = w.tokens[next];
      if (!capitalised(t)) return i;
      const caps = isUpperWord(t);
      const ends = nameEnds(w, next, caps);
      const last = ends[ends.length - 1];
      if (last === undefined) return i;
      const e = withHyphen(w, next, last, caps);
      const name = textOf(w, next, e);
      if (!isProvinceName(name) && !isCountryName(name)) return i;
      items.push({ from: next, to: e, name: nameText(w, next, e), unit: null });
      if (w.keys[e] === ')') {
        items.forEach(emit);
        return e + 1;
      }
      if (w.keys[e] !== ',' && w.keys[e] !== 'và' && w.keys[e] !== ';') return i;
      next = e + 1;
    }
    return i;
  }
}

/** A street or a work named after "dự án nâng cấp ...", "xây dựng ...": the work, not a location. */
function builtRoad(w: Words, i: number): boolean {
  const { roadBlockers, units, info } = lex();
  // A code after its road unit ("nâng cấp đường tỉnh ĐT.864"): look before the unit word.
  for (let back = 2; back >= 1; back--) {
    const len = units.matchAt(w.keys, i - back);
    if (len === back && info.get(w.keys.slice(i - back, i).join(' '))?.cls === 'road') {
      i -= back;
      break;
    }
  }
  // "dự án tuyến đường bộ cao tốc ...": the road nouns before the unit word are part of its head.
  for (let guard = 0; guard < 3 && ROAD_NOUNS.has(w.keys[i - 1] ?? '') && adjacent(w, i); guard++) i--;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    if (!isWord(w.tokens[k])) return false;
    const len = roadBlockers.matchAt(w.keys, k);
    if (len && k + len >= i - 1) return true;
  }
  return false;
}

/** A phrase of `heads` ends at token k. */
function headEndsAt(w: Words, k: number, heads: readonly string[][]): boolean {
  return heads.some((h) => h.every((p, d) => w.keys[k - h.length + 1 + d] === p));
}

/** The region word at i is part of an enterprise's or an event's name ("Điện lực miền Nam"). */
function regionInName(w: Words, i: number): boolean {
  const { followers, contexts } = lex();
  for (let k = i - 1, guard = 0; guard < 5 && k >= 0; k--, guard++) {
    if (headEndsAt(w, k, REGION_BLOCKERS)) return true;
    if (!isWord(w.tokens[k]) || !adjacent(w, k + 1) || followers.has(w.keys[k] ?? '') || contexts.matchAt(w.keys, k) > 0) return false;
  }
  return false;
}

/**
 * The road at i is an item of a list of works: "các công trình trọng điểm, gồm: đường bộ ven biển
 * ..., đại lộ Đông Tây". Looks back at most 40 tokens, within the sentence, for "gồm" or a colon
 * with a work head at most 10 tokens before it.
 */
function inWorkList(w: Words, i: number): boolean {
  if (!ITEM_STARTS.has(w.keys[i - 1] ?? '')) return false;
  for (let k = i - 1; k >= Math.max(0, i - 40); k--) {
    const key = w.keys[k];
    const t = w.tokens[k] as Token;
    if (t.kind === 'newline' || key === '.' || key === ';' || key === '(' || key === ')') return false;
    if (key === ':' || key === 'gồm' || key === 'như') {
      for (let m = k - 1; m >= Math.max(0, k - 10); m--) {
        if (w.keys[m] === '.' || w.keys[m] === ';' || w.tokens[m]?.kind === 'newline') return false;
        if (headEndsAt(w, m, WORK_LIST_HEADS)) return true;
      }
      return false;
    }
  }
  return false;
}

/** The committee at i: its length in tokens and the unit it implies. */
const COMMITTEE_FIRSTS = new Set(COMMITTEES.map(([parts]) => parts[0] as string));

function committeeAt(w: Words, i: number): [number, string | null] | null {
  if (!COMMITTEE_FIRSTS.has(w.keys[i] ?? '')) return null;
  for (const [parts, implied] of COMMITTEES) {
    if (parts.every((p, k) => w.keys[i + k] === p && (k === 0 || adjacent(w, i + k)))) return [parts.length, implied];
  }
  return null;
}

/** The token index where an address opened at i ends (exclusive), at most 60 tokens on. */
function endOfAddress(w: Words, i: number): number {
  const limit = Math.min(w.tokens.length, i + 60);
  for (let k = i + 1; k < limit; k++) {
    const key = w.keys[k];
    const t = w.tokens[k] as Token;
    if (t.kind === 'newline' || key === ')' || key === ';' || key === '|') return k;
    // A full stop ends it, unless it ends an abbreviation (P., TP., Q.).
    if (key === '.' && !(isWord(w.tokens[k - 1]) && (w.tokens[k - 1] as Token).case === 'upper' && gap(w, k) === '')) return k;
  }
  return limit;
}

/** Token i follows a house number that starts a segment ("(244 Điện Biên Phủ", "Số 2 Lê Lợi"). */
function houseNumberBefore(w: Words, i: number): boolean {
  if (w.tokens[i - 1]?.kind !== 'number' || !adjacent(w, i)) return false;
  const before = w.keys[i - 2];
  return i < 2 || before === 'số' || segmentStart(w, i - 1) || before === ',';
}

function segmentStartInAddress(w: Words, i: number): boolean {
  return w.keys[i - 1] === ',' || w.keys[i - 1] === ':' || w.tokens[i - 1]?.kind === 'number';
}

/** Token e ends an address part: a comma, or the end of the address. */
function partEnds(w: Words, e: number, addressEnd: number): boolean {
  return w.keys[e] === ',' || e >= addressEnd;
}

function isCaps(w: Words, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isUpperWord(w.tokens[k])) return true;
  return false;
}

/**
 * The places extractor's lexicon: the unit, stop, context and body tables loaded once from the
 * data files, and the fixed word lists the scan consults.
 */
import { keySet, phrases, PhraseSet, table } from '../../lexicon/index.js';
import { foldKey } from '../../normalize/fold.js';
import { committeeFirsts } from './committees.js';

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
  /** Bodies a province's name may follow without a unit word ("Công an Hà Nội"). */
  bodies: PhraseSet;
  regions: PhraseSet;
  /** Bodies named after the site or natural place that follows them ("Ban Quản lý Vườn quốc gia ..."). */
  siteBodies: PhraseSet;
  /**
   * The words at which a rule of the scan may start on a token that is not capitalised: the first
   * words of the address markers, unit words, committees and context phrases, and the scan's own
   * words and signs. At any other such token the scan has nothing to do.
   */
  lowerStarts: Set<string>;
}

// The scan's own words and signs (src/extract/places/extract.ts): list heads, "nước", brackets and
// the signs that end an address.
const LOWER_SIGNS = ['các', 'những', 'nước', '(', ')', ';', '|'];

let lexicon: Lexicon | undefined;

export function lex(): Lexicon {
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
  const units = new PhraseSet(info.keys());
  const contexts = new PhraseSet(first('place-contexts.tsv'));
  const addressMarkers = new PhraseSet(first('place-address-markers.tsv'));
  const lowerStarts = new Set<string>([...LOWER_SIGNS, ...committeeFirsts()]);
  for (const set of [units, contexts, addressMarkers]) for (const word of set.firstWords()) lowerStarts.add(word);
  lexicon = {
    units,
    info,
    stops: new PhraseSet(stopList),
    notNames: new PhraseSet([...stopList, ...first('organization-heads.tsv'), ...first('common-capitalized.tsv'), ...first('titles.tsv')]),
    followers: keySet('place-name-followers.tsv'),
    contexts,
    addressMarkers,
    roadBlockers: phrases('construction-words.tsv'), // the words that build a road make it a work
    bodies: new PhraseSet([...first('place-bodies.tsv'), ...table('bodies.tsv').filter((r) => r[1] === 'tỉnh').map((r) => r[0] as string)]),
    regions: new PhraseSet(first('place-regions.tsv')),
    siteBodies: new PhraseSet(first('place-site-bodies.tsv')),
    lowerStarts,
  };
  return lexicon;
}

/** A unit word after one of these is a common word ("văn bản", "xuất bản", "cơ bản"). */
export const COMPOUND_BEFORE = new Set(['văn', 'xuất', 'phiên', 'cơ', 'căn', 'kịch', 'nhà', 'cấp', 'tấn', 'bằng', 'cảng', 'liên']);
/** "Trường ... liên cấp xã Tân Thành": after these, a word of COMPOUND_BEFORE is part of a type, not a compound. */
export const COMPOUND_OPENERS = new Map<string, string>([['cấp', 'liên']]);
/**
 * Unit words that are common nouns after a work word: "đường ven biển", "đê biển", "kè biển",
 * "lấn biển" (coastal, sea dyke ...), so the name after them is the work's, not a sea's.
 */
export const COMPOUND_UNIT_BEFORE = new Map<string, Set<string>>([['biển', new Set(['ven', 'đê', 'kè', 'lấn'])]]);
/** Lower-case words between a unit word and its name: "cửa khẩu quốc tế Mộc Bài" (unit cửa khẩu). */
export const UNIT_QUALIFIERS = new Map<string, string[][]>([['cửa khẩu', [['quốc', 'tế'], ['chính'], ['phụ']]]]);
/**
 * Heads whose names a region word is part of, not a place: an enterprise ("Tổng công ty Điện lực
 * miền Nam") or an event ("Ngày giải phóng miền Nam"). Matched ending just before the region word
 * or before the capitalised words that lead to it.
 */
export const REGION_BLOCKERS: readonly string[][] = [['công', 'ty'], ['tập', 'đoàn'], ['giải', 'phóng'], ['thống', 'nhất']];
/** Heads of works in a list ("các công trình trọng điểm, gồm: ..."): the roads listed are works. */
export const WORK_LIST_HEADS: readonly string[][] = [['công', 'trình'], ['dự', 'án'], ['hạng', 'mục']];
/**
 * Reservoirs, lakes and canals: being built or improved right after a blocker ("dự án Hồ chứa nước
 * Ka Pét", "dự án cải tạo hồ Phai Loạn", "cải tạo rạch Xóm Củi"), a work, not a place.
 */
export const RESERVOIRS = new Set(['hồ chứa nước', 'hồ chứa', 'hồ', 'kênh', 'rạch']);
/** Units whose name is a route: "cao tốc Pháp Vân - Cầu Giẽ". */
export const ROUTE_UNITS = new Set(['cao tốc', 'xa lộ']);
/** Road nouns that may stand between a blocker and a road unit: "dự án đường bộ cao tốc". */
export const ROAD_NOUNS = new Set(['tuyến', 'đường', 'bộ']);
/** Tokens that start an item of a list. */
export const ITEM_STARTS = new Set([':', ',', 'và', 'gồm', 'như']);
export const SUB_PROVINCE = new Set(['huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn', 'đặc khu']);
export const REGION_UNITS = new Set(['khu vực', 'vùng', 'miền']);
export const ROAD_CODES = new Set(['ql', 'đt', 'dt', 'tl', 'đh', 'hl', 'đx']);
/** The implied unit of a street named without one ("33 Hai Bà Trưng"): not resolved as a unit. */
export const STREET = 'đường';

/**
 * The organisation lexicon: heads and their kinds and flags (organization-heads.tsv,
 * organization-heads-more.tsv), official body names (bodies.tsv), posts (titles), stop words,
 * verbs, sentence openers, administrative unit names, and the words of building; loaded once.
 */
import { adminTable, placeKey, unitKind, type UnitKind } from '../../lexicon/admin-units.js';
import { foldKey } from '../../normalize/fold.js';
import { PhraseSet, phrases, table, wordClasses } from '../../lexicon/index.js';
import type { OrganizationLevel } from '../../types.js';

export type Kind = 'body' | 'official' | 'named' | 'described' | 'placed' | 'sub';

/** The kinds of head that can be a named unit's parent body ("Phòng CSGT | Công an tỉnh Quảng Ngãi"). */
export const PARENT_KINDS: ReadonlySet<Kind> = new Set<Kind>(['body', 'official', 'placed']);
export type AdminKind = UnitKind;

export interface HeadInfo {
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
  /** A Party body inside another body or unit: "Đảng ủy Khu kinh tế Vũng Áng", "Đảng ủy Công an tỉnh". */
  unit: boolean;
}

export interface Lexicon {
  heads: PhraseSet;
  info: Map<string, HeadInfo>;
  /** Folded phrase (words split at spaces) -> spelling, for phrases of two words or more. */
  spelling: Map<string, string>;
  /** The same phrases, matched word by word, longest first. */
  spellings: PhraseSet;
  titles: PhraseSet;
  /** Folded title -> how many of its words are the post (the rest is a head: Chánh | Văn phòng). */
  titleSkip: Map<string, number>;
  /** Function words and verbs that end a name ("có", "là", "thực hiện", "chủ trì" ...). */
  describedStops: PhraseSet;
  verbs: PhraseSet;
  /** Capitalised words that open a sentence, never a name ("Thực hiện", "Căn cứ"). */
  openers: PhraseSet;
  /** Phrases that open with a head and are no body ("Vụ Đông Xuân": a crop season). */
  headBlockers: PhraseSet;
  /** A head's last word and the next word that make a verb ("ủy quyền"): "last next". */
  headVerbs: Set<string>;
  /** Lower-case words between a school's head and its name ("Trường THPT chuyên Lê Hồng Phong"). */
  nameModifiers: PhraseSet;
}

const LEVELS = new Set<string>(['trung ương', 'tỉnh', 'huyện', 'xã']);
/** A lexicon phrase as the tokenizer splits it: punctuation apart ("hóa," -> "hóa" ","). */
function tokenSplit(phrase: string): string {
  return foldKey(phrase)
    .replace(/([,;:()–-])/gu, ' $1 ')
    .split(/\s+/u)
    .filter(Boolean)
    .join(' ');
}

let lexiconCache: Lexicon | undefined;

export function lexicon(): Lexicon {
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
        unit: flagSet.has('unit'),
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
      unit: false,
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
  lexiconCache = {
    heads,
    info,
    spelling,
    spellings: new PhraseSet(spelling.keys()),
    titles: new PhraseSet(titleList),
    titleSkip,
    describedStops: phrases('organization-stops.tsv'),
    verbs: phrases('task-verbs.tsv'),
    openers: phrases('organization-openers.tsv'),
    nameModifiers: phrases('organization-name-modifiers.tsv'),
    headBlockers: phrases('organization-head-blockers.tsv'),
    headVerbs: new Set(table('organization-head-verbs.tsv').map(([last = '', next = '']) => `${foldKey(last)} ${foldKey(next)}`)),
  };
  return lexiconCache;
}

/** The extractor's word classes (organization-words.tsv says what each is for). */
export const organizationWords = wordClasses('organization-words.tsv');

/** Words of building and investing, which may sit inside a descriptive name ("Ban Quản lý dự án đầu tư xây dựng ... tỉnh"). */
export function constructionWords(): PhraseSet {
  return phrases('construction-words.tsv'); // cached by the lexicon
}

/**
 * The kind of the unit of that (folded) unit word and folded name in the administrative-unit
 * tables, either era: province when any such row is one ("thành phố Hà Nội"), else district or
 * commune; undefined when the tables have no such unit.
 */
export function adminKind(unit: string, folded: string): AdminKind | undefined {
  let found: AdminKind | undefined;
  for (const era of ['new', 'old'] as const) {
    const t = adminTable(era);
    for (const i of t.byKey(placeKey(folded))) {
      const row = t.row(i);
      if (row.unit !== unit) continue;
      const kind = unitKind(row);
      if (kind === 'province') return kind;
      found = kind;
    }
  }
  return found;
}

/** Whether a folded name is a province or district of either era ("hà nội", "gia lâm"). */
export function isAdminUnitName(folded: string): boolean {
  for (const era of ['new', 'old'] as const) {
    const t = adminTable(era);
    for (const i of t.byKey(placeKey(folded))) {
      const row = t.row(i);
      if (unitKind(row) !== 'commune') return true;
    }
  }
  return false;
}

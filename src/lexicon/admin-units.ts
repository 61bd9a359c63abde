/**
 * The administrative-unit tables (./data/admin-units, built by scripts/build-admin-units.mjs; see
 * SOURCE.md there), and the indexes every lookup in them goes through.
 *
 * Three modules look names up in these tables: the gazetteer, the place-name checks and the
 * organisations' place qualifiers. Building maps of 15,000 folded names was most of a cold start's
 * work, so the tables are not read into maps at all. Each era has two sorted indexes (by
 * `placeKey` and by code), looked up by binary search over their lines, and a row is
 * read from its line when asked for. `npm run build` writes the indexes next to the compiled tables
 * (scripts/build-admin-index.mjs calls `buildIndex` below); without them, as when the tests run the
 * sources, they are built here on first use. Either way they are the same text, which
 * test/lexicon/admin-units.test.ts checks on the built files.
 *
 * Row numbers: 0-based over the table's data rows (the header is not a row).
 */
import { readFileSync } from 'node:fs';
import { foldKey } from '../normalize/fold.js';
import { recentResults } from '../memo.js';
import { dataUrl } from './index.js';

export type AdminEra = 'old' | 'new';

export interface AdminRow {
  /** The statistics office's code, or a build-local id starting with `~`. */
  code: string;
  /** Lower case as written: tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn, đặc khu. */
  unit: string;
  /** Without the unit word: "Vĩnh Thuận", "12". */
  name: string;
  /** The parent's code, or '' for a province. */
  parent: string;
}

export type UnitKind = 'province' | 'district' | 'commune';

const COMMUNE_UNITS = new Set(['xã', 'phường', 'thị trấn', 'đặc khu']);

/** A row's level: a province has no parent; a xã, phường, thị trấn or đặc khu is a commune; the rest are districts. */
export function unitKind(row: AdminRow): UnitKind {
  return !row.parent ? 'province' : COMMUNE_UNITS.has(row.unit) ? 'commune' : 'district';
}

const QUOTES = /[’‘`]/gu;
const APOSTROPHE_SPACES = /\s*'\s*/gu;
const HYPHENS = /[-–—]/gu;
const SPACES = /\s+/gu;
const LEADING_ZEROS = /(^| )0+(?=\d)/gu;

// What placeKey has to rewrite besides folding: a quote, apostrophe or hyphen, a space that is not
// one plain space between words, or a number with a leading zero. Most names have none.
const NEEDS_REWRITE = /[’‘`'\-–—]|[^\S ]|\s\s|^\s|\s$|(?:^| )0/u;

/** Matching key of a place name: folded, hyphens and apostrophes unified, spaces collapsed, no leading zeros. */
export function placeKey(name: string): string {
  const folded = foldKey(name.normalize('NFC'));
  if (!NEEDS_REWRITE.test(folded)) return folded;
  return folded
    .replace(QUOTES, "'")
    .replace(APOSTROPHE_SPACES, "'")
    .replace(HYPHENS, ' ')
    .replace(SPACES, ' ')
    .trim()
    .replace(LEADING_ZEROS, '$1');
}

export type IndexKind = 'key' | 'code';

const KEY_OF: Record<IndexKind, (row: AdminRow) => string> = {
  key: (row) => placeKey(row.name),
  code: (row) => row.code,
};

const HEADER = 'code\tunit\tname\tparentCode';
const INDEX_HEADER = '# vanban admin-unit index 1';

/** The file of an era's index, written at build time next to the table. */
export const indexFile = (era: AdminEra, kind: IndexKind) => `admin-units/${era}.by-${kind}.tsv`;

function parseRow(line: string): AdminRow {
  const [code = '', unit = '', name = '', parent = ''] = line.split('\t');
  return { code, unit, name, parent };
}

/**
 * An index's text: a header with the table's row count, then one line per distinct key, sorted by
 * code unit (as `<` compares strings): `key TAB row,row,...` with rows in table order.
 */
export function buildIndex(rowLines: readonly string[], kind: IndexKind): string {
  const rows = new Map<string, number[]>();
  rowLines.forEach((line, i) => {
    const key = KEY_OF[kind](parseRow(line));
    const list = rows.get(key);
    if (list) list.push(i);
    else rows.set(key, [i]);
  });
  const keys = [...rows.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [`${INDEX_HEADER}\t${rowLines.length}`, ...keys.map((k) => `${k}\t${(rows.get(k) as number[]).join(',')}`)].join('\n') + '\n';
}

const NONE: readonly number[] = Object.freeze([]);

/** Sorted `key TAB rows` lines, searched by bisection; the keys asked about recently are remembered. */
class SortedIndex {
  /** The rows under a key, in table order (empty when none). */
  readonly rows = recentResults(4096, (key: string) => this.search(key));

  constructor(private readonly lines: readonly string[]) {}

  private search(key: string): readonly number[] {
    const { lines } = this;
    let lo = 0;
    let hi = lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const line = lines[mid] as string;
      const k = line.slice(0, line.indexOf('\t'));
      if (k === key) return Object.freeze(line.slice(k.length + 1).split(',').map(Number));
      if (k < key) lo = mid + 1;
      else hi = mid;
    }
    return NONE;
  }
}

export class AdminTable {
  private readonly parsed: (AdminRow | undefined)[] = [];
  private readonly indexes: Partial<Record<IndexKind, SortedIndex>> = {};

  constructor(
    readonly era: AdminEra,
    private readonly lines: readonly string[],
  ) {}

  get size(): number {
    return this.lines.length;
  }

  row(i: number): AdminRow {
    let row = this.parsed[i];
    if (!row) {
      const line = this.lines[i];
      if (line === undefined) throw new RangeError(`admin-units/${this.era}.tsv has no row ${i}`);
      row = parseRow(line);
      this.parsed[i] = row;
    }
    return row;
  }

  /** Rows whose name has this `placeKey`. */
  byKey(key: string): readonly number[] {
    return this.index('key').rows(key);
  }

  /** Rows whose name folds (spaces collapsed) to this. */

  /** Rows of a code (a unit renamed or moved has several). */
  byCode(code: string): readonly number[] {
    return this.index('code').rows(code);
  }

  private index(kind: IndexKind): SortedIndex {
    let ix = this.indexes[kind];
    if (!ix) {
      let text: string | undefined;
      try {
        text = readFileSync(dataUrl(indexFile(this.era, kind)), 'utf8');
      } catch {
        text = undefined;
      }
      // A missing or stale index (another row count) is rebuilt from the table.
      if (!text?.startsWith(`${INDEX_HEADER}\t${this.size}\n`)) text = buildIndex(this.lines, kind);
      const lines = text.split('\n');
      ix = new SortedIndex(lines.slice(1, lines[lines.length - 1] === '' ? -1 : undefined));
      this.indexes[kind] = ix;
    }
    return ix;
  }
}

const memo: Partial<Record<AdminEra, AdminTable>> = {};

/** An era's table, read on first use. The file is generated NFC and clean, so it is split as it is. */
export function adminTable(era: AdminEra): AdminTable {
  const done = memo[era];
  if (done) return done;
  const table = new AdminTable(era, tableLines(era));
  memo[era] = table;
  return table;
}

/** The data lines of an era's table, without the header. */
export function tableLines(era: AdminEra): string[] {
  const lines = readFileSync(dataUrl(`admin-units/${era}.tsv`), 'utf8').split('\n');
  if (lines[0] !== HEADER) throw new Error(`admin-units/${era}.tsv: unexpected header`);
  return lines.slice(1).filter((line) => line !== '');
}

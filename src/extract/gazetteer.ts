/**
 * Gazetteer: resolves the places a document names to Vietnamese administrative units, using the
 * tables in ../lexicon/data/admin-units (built by scripts/build-admin-units.mjs; see SOURCE.md there).
 *
 * Two eras: `old`, the units before 2025-07-01 (provinces, districts, communes), and `new`, the
 * units from that date (provinces and communes). A document's places are resolved together: the
 * date picks the era, and the other places it names pick between same-named units ("xã Tân Thuận"
 * is the one under the "huyện Vĩnh Thuận" also named). Precision first: a name that stays ambiguous,
 * an unknown name and a unit that is not administrative ("vườn tràm") resolve to null.
 *
 * Pure: the only state is what it has read of the tables (rows, their ancestors, the successors
 * file), filled in on first need and never changed; a result never depends on what was read before.
 */
import { readFileSync } from 'node:fs';
import { dataUrl } from '../lexicon/index.js';
import { foldKey } from '../normalize/fold.js';
import { adminTable, placeKey, unitKind, type AdminEra, type AdminTable, type UnitKind } from '../lexicon/admin-units.js';

export type Era = AdminEra;
export type { UnitKind };

/** One row of a table: a unit under one name (a unit renamed before 2025 has a row per name). */
export interface AdminUnit {
  /** The statistics office's code, or null when the table knows the unit but not its code. */
  code: string | null;
  /** The table's id: the code, or a build-local id starting with `~`. */
  id: string;
  /** Lower case as written: tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn, đặc khu. */
  unit: string;
  /** Without the unit word: "Vĩnh Thuận", "12". */
  name: string;
  era: Era;
  kind: UnitKind;
  parent: AdminUnit | null;
}

export interface PlaceQuery {
  name: string;
  /** The unit word as written ("huyện", "TP.", "Thành phố"), or null. */
  unit: string | null;
}

export interface PlaceRef {
  code: string | null;
  unit: string;
  name: string;
}

export interface Resolution extends PlaceRef {
  era: Era;
  /** The units above it, nearest first: district, province. */
  parents: PlaceRef[];
  /** For an old unit, the current unit(s) it became, when the table knows them. */
  successors: (PlaceRef & { parents: PlaceRef[] })[];
}

// ---------------------------------------------------------------------------------------------
// Keys

// Names are matched by `placeKey` (src/lexicon/admin-units.ts): folded case and tone placement,
// spaces, hyphens, apostrophes and leading zeros unified.

const ADMIN_UNITS = ['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn', 'đặc khu'];
const UNIT_ALIASES: Record<string, string> = { tp: 'thành phố', 't.p': 'thành phố', tx: 'thị xã', 't.x': 'thị xã' };

interface UnitFilter {
  unit: string;
  /** "thủ đô": a province-level thành phố only. */
  provinceOnly: boolean;
}

/** The unit as the tables write it, `null` for no unit, `undefined` for a unit that is not administrative. */
const SPACES = /\s+/gu;
const FINAL_DOT = /\.$/u;

function unitFilter(unit: string | null): UnitFilter | null | undefined {
  if (unit === null) return null;
  const u = foldKey(unit.normalize('NFC')).replace(SPACES, ' ').trim().replace(FINAL_DOT, '');
  if (u === '') return null;
  if (u === 'thủ đô') return { unit: 'thành phố', provinceOnly: true };
  const canonical = UNIT_ALIASES[u] ?? u;
  return ADMIN_UNITS.includes(canonical) ? { unit: canonical, provinceOnly: false } : undefined;
}

// A unit word written inside the name ("Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh", "Phường 12").
const UNIT_PREFIX = /^(thành phố|thủ đô|thị xã|thị trấn|đặc khu|tỉnh|huyện|quận|phường|xã|t\.?p\.|t\.?p(?= )|t\.?x\.|t\.?x(?= ))\s*(?=\S)/iu;

interface Reading {
  name: string;
  /** `undefined`: a unit that is not administrative. */
  unit: UnitFilter | null | undefined;
}

/** The ways to read a query: as given, then with a unit word in the name taken as its unit
 * ("Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh"; but "phường Phường Đúc" is a real name). */
function readings(q: PlaceQuery): Reading[] {
  const name = q.name.normalize('NFC').trim();
  const given = q.unit === null || q.unit.trim() === '' ? null : unitFilter(q.unit);
  const out: Reading[] = [{ name, unit: given }];
  const m = UNIT_PREFIX.exec(name);
  if (m?.[1] && given !== undefined) {
    const written = unitFilter(m[1]);
    if (written && (!given || (given.unit === written.unit && given.provinceOnly === written.provinceOnly))) {
      out.push({ name: name.slice(m[0].length), unit: written });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Index

/** An era's table as units: rows read on first need, each once, with their parent rows linked. */
class EraIndex {
  private readonly units: (AdminUnit | undefined)[] = [];
  /** Ids of every unit above an id, over all its rows: filled on first need by `ancestorsOf`. */
  readonly ancestors = new Map<string, ReadonlySet<string>>();

  constructor(
    readonly era: Era,
    private readonly table: AdminTable,
  ) {}

  unit(i: number): AdminUnit {
    let u = this.units[i];
    if (u) return u;
    const row = this.table.row(i);
    const kind = unitKind(row);
    const made: AdminUnit = { code: row.code.startsWith('~') ? null : row.code, id: row.code, unit: row.unit, name: row.name, era: this.era, kind, parent: null };
    this.units[i] = made;
    if (row.parent) {
      const parents = this.table.byCode(row.parent);
      if (parents.length === 0) throw new Error(`${this.era}.tsv: ${row.code} has an unknown parent ${row.parent}`);
      // A row the source list gives (the first of a code) hangs under its parent's first row; a
      // later name (the state just before 2025-07-01) under the parent's latest row.
      const first = !row.code.startsWith('~') && this.table.byCode(row.code)[0] === i;
      made.parent = this.unit((first ? parents[0] : parents[parents.length - 1]) as number);
    }
    return made;
  }

  /** Rows of an id, in table order (the first is the one the statistics office's list gives). */
  rows(id: string): AdminUnit[] {
    return this.table.byCode(id).map((i) => this.unit(i));
  }

  byName(key: string): AdminUnit[] {
    return this.table.byKey(key).map((i) => this.unit(i));
  }
}

interface Index {
  readonly old: EraIndex;
  readonly new: EraIndex;
}

/** Ids of every unit above an id, over all its rows; computed on first need. */
function ancestorsOf(ix: EraIndex, id: string): ReadonlySet<string> {
  let set = ix.ancestors.get(id);
  if (set) return set;
  const made = new Set<string>();
  ix.ancestors.set(id, made);
  for (const row of ix.rows(id)) {
    if (!row.parent) continue;
    made.add(row.parent.id);
    for (const a of ancestorsOf(ix, row.parent.id)) made.add(a);
  }
  return made;
}

let memo: Index | undefined;

/** The index of the bundled tables, built on first use. */
function index(): Index {
  if (memo) return memo;
  memo = { old: new EraIndex('old', adminTable('old')), new: new EraIndex('new', adminTable('new')) };
  return memo;
}

let successorsText: string | undefined;

/** The new codes an old id became (successors.tsv, `oldCode TAB newCodes`, one line per old unit).
 * Few lookups a document, so the file is searched as text rather than read into a map. */
function successorsOf(id: string): string[] {
  if (successorsText === undefined) {
    const text = readFileSync(dataUrl('admin-units/successors.tsv'), 'utf8');
    if (!text.startsWith('oldCode\tnewCodes\n')) throw new Error('successors.tsv: unexpected header');
    successorsText = text;
  }
  const at = successorsText.indexOf(`\n${id}\t`);
  if (at < 0) return [];
  const from = at + id.length + 2;
  const end = successorsText.indexOf('\n', from);
  return successorsText.slice(from, end < 0 ? undefined : end).trim().split(',').filter(Boolean);
}

// ---------------------------------------------------------------------------------------------
// Resolution

const CUTOVER = '2025-07-01';

function matches(row: AdminUnit, unit: UnitFilter | null): boolean {
  if (!unit) return true;
  if (row.unit !== unit.unit) return false;
  return !unit.provinceOnly || row.kind === 'province';
}

/** The ids a query can name in an era. */
function candidates(ix: EraIndex, name: string, unit: UnitFilter | null): Set<string> {
  const ids = new Set<string>();
  for (const row of ix.byName(placeKey(name))) if (matches(row, unit)) ids.add(row.id);
  // Without a unit word, a province's name means the province, not a same-named unit inside it
  // (Vĩnh Long: the province, not thành phố Vĩnh Long).
  if (!unit && ids.size > 1) {
    const provinces = [...ids].filter((id) => ix.rows(id).some((r) => r.kind === 'province'));
    const [p] = provinces;
    if (provinces.length === 1 && p && [...ids].every((id) => id === p || ancestorsOf(ix, id).has(p))) {
      return new Set([p]);
    }
  }
  return ids;
}

interface Item {
  key: string;
  unit: UnitFilter | null;
  ids: Set<string>;
}

/**
 * Narrows each ambiguous place to the candidates that lie under (or above) other places named: the
 * candidates with the most such places ("xã Bình Xuyên, huyện Bình Giang, tỉnh Hải Dương": the one
 * in that district, not another in that province). A name does not support itself; "xã Vĩnh Thuận,
 * huyện Vĩnh Thuận" (two units) does.
 */
function disambiguate(ix: EraIndex, items: Item[]): void {
  for (let round = 0; round < 4; round++) {
    // Every unit above each place's candidates.
    const above = items.map((o) => {
      const set = new Set<string>();
      for (const id of o.ids) for (const a of ancestorsOf(ix, id)) set.add(a);
      return set;
    });
    let changed = false;
    items.forEach((item, i) => {
      if (item.ids.size < 2) return;
      const others = items
        .map((o, j) => ({ o, j }))
        .filter(({ o, j }) => j !== i && (o.key !== item.key || (item.unit && o.unit && item.unit.unit !== o.unit.unit)));
      let best = 0;
      let kept = new Set<string>();
      for (const id of item.ids) {
        const mine = ancestorsOf(ix, id);
        let support = 0;
        for (const { o, j } of others) {
          let yes = above[j]?.has(id) ?? false;
          if (!yes) for (const a of mine) if (o.ids.has(a)) yes = true;
          if (yes) support++;
        }
        if (support > best) {
          best = support;
          kept = new Set([id]);
        } else if (support === best && support > 0) kept.add(id);
      }
      if (best > 0 && kept.size < item.ids.size) {
        item.ids = kept;
        changed = true;
      }
    });
    if (!changed) break;
  }
}

const ref = (u: AdminUnit): PlaceRef => ({ code: u.code, unit: u.unit, name: u.name });
function parentsOf(u: AdminUnit): PlaceRef[] {
  const out: PlaceRef[] = [];
  for (let p = u.parent; p; p = p.parent) out.push(ref(p));
  return out;
}

function resolution(ix: Index, era: Era, item: Item, context: Set<string>): Resolution | null {
  const [id] = item.ids;
  if (item.ids.size !== 1 || id === undefined) return null;
  const eraIx = ix[era];
  const all = eraIx.rows(id).filter((r) => matches(r, item.unit));
  // The row under the name written (Huế: thành phố Huế, not tỉnh Thừa Thiên Huế), and among those
  // the one whose parents the document also names, else the first.
  const named = all.filter((r) => placeKey(r.name) === item.key);
  const rows = named.length > 0 ? named : all;
  const row =
    rows.find((r) => {
      for (let p = r.parent; p; p = p.parent) if (context.has(p.id)) return true;
      return false;
    }) ?? rows[0];
  if (!row) return null;
  const became: Resolution['successors'] = [];
  if (era === 'old') {
    for (const code of successorsOf(id)) {
      const next = ix.new.rows(code)[0];
      if (next) became.push({ ...ref(next), parents: parentsOf(next) });
    }
  }
  return { ...ref(row), era, parents: parentsOf(row), successors: became };
}

function resolveIn(ix: Index, era: Era, queries: Reading[][]): Item[] {
  const items = queries.map((alternatives) => {
    for (const { name, unit } of alternatives) {
      if (unit === undefined) continue;
      const ids = candidates(ix[era], name, unit);
      if (ids.size > 0) return { key: placeKey(name), unit, ids };
    }
    const [first] = alternatives;
    return { key: placeKey(first?.name ?? ''), unit: first?.unit ?? null, ids: new Set<string>() };
  });
  disambiguate(ix[era], items);
  return items;
}

/**
 * Resolve a document's places together. `date` (ISO yyyy-mm-dd; null or another form: no date)
 * picks the era: before 2025-07-01 the old units, from then the new ones; with no date the new
 * units, or the old ones when the document names a district (huyện, quận, thị xã: there are none
 * since). Only a place that names no unit of that era is looked up in the other (a 2026 text's
 * "tỉnh Kiên Giang" is the old province; the result says which era). Among same-named units, the
 * other places of the document decide: a candidate is kept when a unit above or below it is also
 * named, and the place resolves only when exactly one remains. An ambiguous or unknown name, or a
 * unit that is not administrative, returns null.
 */
export function resolvePlaces(places: readonly PlaceQuery[], date: string | null): (Resolution | null)[] {
  const ix = index();
  const queries = places.map(readings);
  let eras: Era[];
  if (date && /^\d{4}-\d{2}-\d{2}/u.test(date)) eras = date < CUTOVER ? ['old', 'new'] : ['new', 'old'];
  else {
    const namesDistrict = queries.some((alternatives) =>
      alternatives.some((r) => r.unit && ['huyện', 'quận', 'thị xã'].includes(r.unit.unit)),
    );
    eras = namesDistrict ? ['old', 'new'] : ['new', 'old'];
  }
  const out: (Resolution | null)[] = places.map(() => null);
  const done = places.map(() => false);
  for (const era of eras) {
    if (done.every(Boolean)) break; // the other era is looked in only for places this one lacks
    const items = resolveIn(ix, era, queries);
    const context = new Set<string>();
    for (const item of items) if (item.ids.size === 1) for (const id of item.ids) context.add(id);
    items.forEach((item, i) => {
      if (done[i] || item.ids.size === 0) return;
      done[i] = true;
      out[i] = resolution(ix, era, item, context);
    });
  }
  return out;
}

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
 * Pure: the only state is the index of the tables, built once on first use and never changed.
 */
import { table } from '../lexicon/index.js';
import { foldKey } from '../normalize/fold.js';
import { placeKey } from './place-names.js';

export type Era = 'old' | 'new';
export type UnitKind = 'province' | 'district' | 'commune';

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

// Names are matched by `placeKey` (src/extract/place-names.ts): folded case and tone placement,
// spaces, hyphens, apostrophes and leading zeros unified.

const ADMIN_UNITS = ['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn', 'đặc khu'];
const UNIT_ALIASES: Record<string, string> = { tp: 'thành phố', 't.p': 'thành phố', tx: 'thị xã', 't.x': 'thị xã' };

interface UnitFilter {
  unit: string;
  /** "thủ đô": a province-level thành phố only. */
  provinceOnly: boolean;
}

/** The unit as the tables write it, `null` for no unit, `undefined` for a unit that is not administrative. */
function unitFilter(unit: string | null): UnitFilter | null | undefined {
  if (unit === null) return null;
  const u = foldKey(unit.normalize('NFC')).replace(/\s+/gu, ' ').trim().replace(/\.$/u, '');
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

interface EraIndex {
  /** Rows of each id, in table order (the first is the one the statistics office's list gives). */
  readonly rows: ReadonlyMap<string, readonly AdminUnit[]>;
  readonly byName: ReadonlyMap<string, readonly AdminUnit[]>;
  /** Ids of every unit above an id, over all its rows. */
  readonly ancestors: ReadonlyMap<string, ReadonlySet<string>>;
}

interface Index {
  readonly old: EraIndex;
  readonly new: EraIndex;
  /** Old id -> new codes. */
  readonly successors: ReadonlyMap<string, readonly string[]>;
}

const DIR = 'admin-units/';
const HEADER = ['code', 'unit', 'name', 'parentCode'];

function rowsOf(file: string, header: string[]): string[][] {
  const [head, ...rows] = table(DIR + file);
  if (!head || head.join('\t') !== header.join('\t')) throw new Error(`${file}: unexpected header`);
  return rows;
}

function buildEra(era: Era): EraIndex {
  const raw = rowsOf(`${era}.tsv`, HEADER);
  const rows = new Map<string, AdminUnit[]>();
  const parentOf: [AdminUnit, string, boolean][] = [];
  for (const [id = '', unit = '', name = '', parent = ''] of raw) {
    const list = rows.get(id) ?? [];
    const kind: UnitKind = !parent
      ? 'province'
      : ['xã', 'phường', 'thị trấn', 'đặc khu'].includes(unit)
        ? 'commune'
        : 'district';
    const row: AdminUnit = { code: id.startsWith('~') ? null : id, id, unit, name, era, kind, parent: null };
    // A row the source list gives (the first of a code) hangs under its parent's first row; a
    // later name (the state just before 2025-07-01) under the parent's latest row.
    parentOf.push([row, parent, list.length === 0 && !id.startsWith('~')]);
    list.push(row);
    rows.set(id, list);
  }
  for (const [row, parent, first] of parentOf) {
    if (!parent) continue;
    const list = rows.get(parent);
    if (!list) throw new Error(`${era}.tsv: ${row.id} has an unknown parent ${parent}`);
    row.parent = (first ? list[0] : list[list.length - 1]) as AdminUnit;
  }
  const byName = new Map<string, AdminUnit[]>();
  for (const list of rows.values()) {
    for (const row of list) {
      const k = placeKey(row.name);
      const named = byName.get(k) ?? [];
      named.push(row);
      byName.set(k, named);
    }
  }
  const ancestors = new Map<string, Set<string>>();
  const ancestorsOf = (id: string): Set<string> => {
    let set = ancestors.get(id);
    if (set) return set;
    set = new Set();
    ancestors.set(id, set);
    for (const row of rows.get(id) ?? []) {
      if (!row.parent) continue;
      set.add(row.parent.id);
      for (const a of ancestorsOf(row.parent.id)) set.add(a);
    }
    return set;
  };
  for (const id of rows.keys()) ancestorsOf(id);
  for (const list of rows.values()) for (const row of list) Object.freeze(row);
  return { rows, byName, ancestors };
}

let memo: Index | undefined;

/** The index of the bundled tables, built on first use. */
function index(): Index {
  if (memo) return memo;
  const successors = new Map<string, string[]>();
  for (const [oldId = '', codes = ''] of rowsOf('successors.tsv', ['oldCode', 'newCodes'])) {
    successors.set(oldId, codes.split(',').filter(Boolean));
  }
  memo = { old: buildEra('old'), new: buildEra('new'), successors };
  return memo;
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
  for (const row of ix.byName.get(placeKey(name)) ?? []) if (matches(row, unit)) ids.add(row.id);
  // Without a unit word, a province's name means the province, not a same-named unit inside it
  // (Vĩnh Long: the province, not thành phố Vĩnh Long).
  if (!unit && ids.size > 1) {
    const provinces = [...ids].filter((id) => ix.rows.get(id)?.some((r) => r.kind === 'province'));
    const [p] = provinces;
    if (provinces.length === 1 && p && [...ids].every((id) => id === p || ix.ancestors.get(id)?.has(p))) {
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
      for (const id of o.ids) for (const a of ix.ancestors.get(id) ?? []) set.add(a);
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
        const mine = ix.ancestors.get(id) ?? new Set<string>();
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
  const all = (eraIx.rows.get(id) ?? []).filter((r) => matches(r, item.unit));
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
  const successors: Resolution['successors'] = [];
  if (era === 'old') {
    for (const code of ix.successors.get(id) ?? []) {
      const next = ix.new.rows.get(code)?.[0];
      if (next) successors.push({ ...ref(next), parents: parentsOf(next) });
    }
  }
  return { ...ref(row), era, parents: parentsOf(row), successors };
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

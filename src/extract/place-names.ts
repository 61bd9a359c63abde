/**
 * The place names the extractor checks a candidate against: the names of the administrative-unit
 * tables (src/lexicon/data/admin-units, both eras) and the countries. Used to
 * tell where a name ends ("TỈNH QUẢNG TRỊ CHỦ TỊCH ..." -> Quảng Trị) and whether a name written
 * without a unit word is a place ("tại Hà Nội"). Resolution proper is src/extract/gazetteer.ts.
 */
import { adminTable, placeKey } from '../lexicon/admin-units.js';
import { table } from '../lexicon/index.js';
import { recentResults } from '../memo.js';

const HYPHEN = /[-–—]/u;

let small: { countries: Set<string>; aliases: Map<string, string> } | undefined;

/** The small tables: countries, and short forms ("HCM") -> full names (place-aliases.tsv). */
function smallTables() {
  if (small) return small;
  const aliases = new Map<string, string>();
  for (const [short = '', full = ''] of table('place-aliases.tsv')) aliases.set(placeKey(short), full);
  small = { countries: new Set(table('place-countries.tsv').map((row) => placeKey(row[0] as string))), aliases };
  return small;
}

interface KeyFacts {
  /** The unit words the name is known under (tỉnh, xã ...), both eras; undefined when unknown. */
  units: Set<string> | undefined;
  /** The unit of the province of that name (tỉnh, thành phố), '' when its rows disagree, undefined when none. */
  province: string | undefined;
  /** The tables write the name with a hyphen ("Cam Ly - Đà Lạt"). */
  hyphenated: boolean;
}

/**
 * What the tables say of a name, remembered by the name as written (so a name asked again is not
 * folded again): the extractors ask about the same few names many times a document. A short form
 * ("HCM") is known, and a province, as its full name is.
 */
const facts = recentResults(20_000, (name: string): NameFacts => {
  const key = placeKey(name);
  const { countries, aliases } = smallTables();
  return { ...lookUp(key), country: countries.has(key), full: aliases.get(key) };
});

interface NameFacts extends KeyFacts {
  /** A country's name (place-countries.tsv). */
  country: boolean;
  /** The full name a short form stands for (place-aliases.tsv). */
  full: string | undefined;
}

function lookUp(key: string, alias = true): KeyFacts {
  let units: Set<string> | undefined;
  let province: string | undefined;
  let hyphenated = false;
  for (const era of ['old', 'new'] as const) {
    const t = adminTable(era);
    for (const i of t.byKey(key)) {
      const row = t.row(i);
      (units ??= new Set()).add(row.unit);
      if (HYPHEN.test(row.name)) hyphenated = true;
      if (!row.parent) province = province !== undefined && province !== row.unit ? '' : row.unit;
    }
  }
  const full = alias ? smallTables().aliases.get(key) : undefined;
  if (full !== undefined) {
    const of = lookUp(placeKey(full), false);
    if (of.units) units = of.units;
    if (of.province !== undefined) province = of.province;
  }
  return { units, province, hyphenated };
}

/** The unit words the tables know a name under (any era), or undefined for a name they do not know. */
export function knownUnits(name: string): ReadonlySet<string> | undefined {
  return facts(name).units;
}

/** A name the tables write with a hyphen: "Cam Ly - Đà Lạt", "Văn Miếu - Quốc Tử Giám". */
export function isHyphenatedName(name: string): boolean {
  return facts(name).hyphenated;
}

/** A province (or a city at province level) before or after 2025-07-01: Hà Nội, Kiên Giang, Huế. */
export function isProvinceName(name: string): boolean {
  return facts(name).province !== undefined;
}

/** The unit of the province of that name: tỉnh or thành phố (undefined when not one, or both). */
export function provinceUnit(name: string): string | undefined {
  return facts(name).province || undefined;
}

export function isCountryName(name: string): boolean {
  return facts(name).country;
}

/** The full name a short form stands for ("HCM" -> "Hồ Chí Minh"), or the name itself. */
export function fullName(name: string): string {
  return facts(name).full ?? name;
}

/**
 * The place names the extractor checks a candidate against: the names of the administrative-unit
 * tables (src/lexicon/data/admin-units, both eras) and the countries. Used to
 * tell where a name ends ("TỈNH QUẢNG TRỊ CHỦ TỊCH ..." -> Quảng Trị) and whether a name written
 * without a unit word is a place ("tại Hà Nội"). Resolution proper is src/extract/gazetteer.ts.
 */
import { table } from '../lexicon/index.js';
import { foldKey } from '../normalize/fold.js';

const QUOTES = /[’‘`]/gu;
const APOSTROPHE_SPACES = /\s*'\s*/gu;
const HYPHENS = /[-–—]/gu;
const HYPHEN = /[-–—]/u;
const SPACES = /\s+/gu;
const LEADING_ZEROS = /(^| )0+(?=\d)/gu;

/** Matching key of a name: folded, hyphens and apostrophes unified, spaces collapsed, no leading zeros. */
export function placeKey(name: string): string {
  return foldKey(name.normalize('NFC'))
    .replace(QUOTES, "'")
    .replace(APOSTROPHE_SPACES, "'")
    .replace(HYPHENS, ' ')
    .replace(SPACES, ' ')
    .trim()
    .replace(LEADING_ZEROS, '$1');
}

interface Names {
  /** Name key -> the unit words it is known under (tỉnh, xã ...), both eras. */
  units: Map<string, Set<string>>;
  /** Province name key -> its unit (tỉnh, thành phố), or '' when its rows disagree. */
  provinces: Map<string, string>;
  /** Keys of the names written with a hyphen ("Cam Ly - Đà Lạt"). */
  hyphenated: Set<string>;
  countries: Set<string>;
  /** Short form key -> the full name (place-aliases.tsv). */
  aliases: Map<string, string>;
}

let memo: Names | undefined;

function names(): Names {
  if (memo) return memo;
  const units = new Map<string, Set<string>>();
  const provinces = new Map<string, string>();
  const hyphenated = new Set<string>();
  const aliases = new Map<string, string>();
  for (const file of ['admin-units/old.tsv', 'admin-units/new.tsv']) {
    for (const [code = '', unit = '', name = '', parent] of table(file)) {
      if (code === 'code') continue; // the header row
      const key = placeKey(name);
      const set = units.get(key) ?? new Set<string>();
      set.add(unit);
      units.set(key, set);
      if (HYPHEN.test(name)) hyphenated.add(key);
      if (!parent) provinces.set(key, provinces.has(key) && provinces.get(key) !== unit ? '' : unit);
    }
  }
  // Short forms ("HCM"): known, and a province, as the full name is.
  for (const [short = '', full = ''] of table('place-aliases.tsv')) {
    const units0 = units.get(placeKey(full));
    if (units0) units.set(placeKey(short), units0);
    const unit = provinces.get(placeKey(full));
    if (unit !== undefined) provinces.set(placeKey(short), unit);
    aliases.set(placeKey(short), full);
  }
  const keys = (file: string) => new Set(table(file).map((row) => placeKey(row[0] as string)));
  memo = { units, provinces, hyphenated, aliases, countries: keys('place-countries.tsv') };
  return memo;
}

/** The unit words the tables know a name under (any era), or undefined for a name they do not know. */
export function knownUnits(name: string): ReadonlySet<string> | undefined {
  return names().units.get(placeKey(name));
}

/** A name the tables write with a hyphen: "Cam Ly - Đà Lạt", "Văn Miếu - Quốc Tử Giám". */
export function isHyphenatedName(name: string): boolean {
  return names().hyphenated.has(placeKey(name));
}

/** A province (or a city at province level) before or after 2025-07-01: Hà Nội, Kiên Giang, Huế. */
export function isProvinceName(name: string): boolean {
  return names().provinces.has(placeKey(name));
}

/** The unit of the province of that name: tỉnh or thành phố (undefined when not one, or both). */
export function provinceUnit(name: string): string | undefined {
  return names().provinces.get(placeKey(name)) || undefined;
}

export function isCountryName(name: string): boolean {
  return names().countries.has(placeKey(name));
}

/** The full name a short form stands for ("HCM" -> "Hồ Chí Minh"), or the name itself. */
export function fullName(name: string): string {
  return names().aliases.get(placeKey(name)) ?? name;
}

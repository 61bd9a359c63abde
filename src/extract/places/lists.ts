/**
 * Lists of places: names listed after a place (", Vĩnh Bình Nam", "và Lâm Đồng"), after a list head
 * ("các tỉnh: Hưng Yên, Ninh Bình"), and provinces alone in brackets ("(Lạng Sơn, Cao Bằng)").
 */
import { isCountryName, isProvinceName, knownUnits, provinceUnit } from '../place-names.js';
import { adjacent, textOf } from '../words.js';
import { committeeAt } from './committees.js';
import type { Found, Scan } from './found.js';
import { lex, REGION_UNITS, SUB_PROVINCE } from './lexicon.js';
import { adminEnd, known, nameEnds, nameText, otherEnd, withHyphen } from './names.js';
import { capitalised, gap, isLowerWord, isUpperWord, runsOn } from './tokens.js';
import { unitAt, type Unit } from './units.js';

/**
 * Names listed after a place: ", Vĩnh Bình Nam", "và Lâm Đồng", " - Đồng Hới". A listed name
 * takes the unit when the tables know it under that unit (or, not knowing it, when it reads as a
 * name); a known unit of another level (the province of an address) or a country takes none.
 */
export function continueList(s: Scan, end: number, unit: Unit | null, provincesOnly: boolean, addressEnd: number, route = false): number {
  const { w, emit } = s;
  const L = lex();
  // "Vùng Thủ đô và Khánh Hòa - Buôn Ma Thuột": a region heads no list.
  if (unit && REGION_UNITS.has(unit.unit)) return end;
  // "phường Nam Lý - Đồng Hới - Quảng Bình": a hyphen goes up an address, after a unit only.
  const afterAdmin = unit?.cls === 'admin' && !route;
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
}

/** "các tỉnh: A, B và C" (unit tỉnh), "các tỉnh, thành phố ...: A, B" (unit null). */
export function listAfterHead(s: Scan, i: number): number {
  const { w, emit } = s;
  const L = lex();
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

/** "(Lạng Sơn, Cao Bằng)": provinces or countries alone in brackets. */
export function bracketedProvinces(s: Scan, i: number): number {
  const { w, emit } = s;
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

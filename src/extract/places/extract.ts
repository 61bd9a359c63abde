/** extractPlaces: the one pass over the tokens that finds places (see ../places.ts for the rules). */
import type { Located, PlaceValue, Token } from '../../types.js';
import type { ExtractInput } from '../context.js';
import { isCountryName, isProvinceName, knownUnits, provinceUnit } from '../place-names.js';
import { adjacent, spanOf, textOf, words, type Words } from '../words.js';
import { endOfAddress, hasUpperWord, houseNumberBefore, partEnds, segmentStartInAddress } from './address.js';
import { committeeAt } from './committees.js';
import type { Found, Scan } from './found.js';
import { lex, RESERVOIRS, ROAD_CODES, ROUTE_UNITS, STREET, SUB_PROVINCE } from './lexicon.js';
import { bracketedProvinces, continueList, listAfterHead } from './lists.js';
import { adminEnd, known, nameEnds, nameText, withHyphen } from './names.js';
import { capitalised, gap, isLetter, isUpperWord, isWord, segmentStart } from './tokens.js';
import { unitAt } from './units.js';
import { placeAfterUnit } from './unit-place.js';
import { builtRoad, inSiteBodyName, inWorkList } from './works.js';

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
  const s: Scan = { w, emit };
  const n = w.tokens.length;
  let addressEnd = -1;
  /** The token after a road unit that names a work ("dự án nâng cấp đường tỉnh ĐT.864"): not a place. */
  let workUntil = -1;

  for (let i = 0; i < n; i++) {
    const t = w.tokens[i] as Token;
    // Most tokens are words in lower case at which no rule below starts.
    if (t.kind !== 'newline' && !capitalised(t) && !L.lowerStarts.has(w.keys[i] as string)) continue;
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
      const end = listAfterHead(s, i);
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
      if ((u.cls === 'site' || u.cls === 'natural') && inSiteBodyName(w, i)) {
        i += u.len - 1;
        continue;
      }
      const found = placeAfterUnit(w, i, u);
      if (found) {
        emit(found);
        // "cao tốc TP.HCM - Thủ Dầu Một - Chơn Thành", "đoạn TP.HCM - Trung Lương": after a route
        // word the hyphens join a route's ends, not an address's levels.
        const route = w.keys[i - 1] === 'đoạn' || ROUTE_UNITS.has(w.keys.slice(i - 2, i).join(' '));
        const end = continueList(s, found.to, u, false, addressEnd, route);
        i = end - 1;
      } else i += u.len - 1;
      continue;
    }

    // A province's body followed by the province's name: "Công an Hà Nội", "Sở Tư pháp Quảng Ninh".
    const body = L.bodies.matchAt(w.keys, i);
    // ("Thuế tỉnh Bắc Ninh": the unit word is there, read below.)
    if (body && capitalised(t) && !hasAdminWord(w, i, i + body)) {
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
          i = continueList(s, e, null, true, addressEnd) - 1;
          continue;
        }
      }
    }

    // "(Lạng Sơn, Cao Bằng)": provinces in brackets, alone.
    if (w.keys[i] === '(') {
      const end = bracketedProvinces(s, i);
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
    // Where a name starting here can end: asked by both rules below, read once.
    let ends: number[] | undefined;

    // The place-date line: "Hà Nội, ngày 19 tháng 11 năm 2025".
    if (start) {
      ends = nameEnds(w, i, isUpperWord(t));
      const e = ends.at(-1);
      // A headline's dateline in capitals: "HÀ TĨNH: KHỞI CÔNG ...", a province the tables know.
      const headline = e !== undefined && w.keys[e] === ':' && t.case === 'upper' && (i === 0 || w.tokens[i - 1]?.kind === 'newline') && isProvinceName(textOf(w, i, e));
      if (e !== undefined && ((w.keys[e] === ',' && w.keys[e + 1] === 'ngày' && known(w, i, e)) || headline)) {
        emit({ from: i, to: e, name: nameText(w, i, e), unit: null });
        i = e - 1;
        continue;
      }
    }

    // An address part: "Địa chỉ: Hồ Chí Minh;", "(Địa chỉ 193 P. Bà Triệu, Lê Đại Hành, ...)".
    if (address && (start || segmentStartInAddress(w, i))) {
      ends ??= nameEnds(w, i, isUpperWord(t));
      const e = ends.at(-1);
      if (e !== undefined && partEnds(w, e, addressEnd)) {
        const name = textOf(w, i, e);
        const street = w.tokens[i - 1]?.kind === 'number' && !hasUpperWord(w, i, e);
        if (street || knownUnits(name) || isCountryName(name)) {
          emit({ from: i, to: e, name: nameText(w, i, e), unit: null, impliedUnit: street ? STREET : undefined });
          i = continueList(s, e, null, false, addressEnd) - 1;
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
      if (e !== undefined && w.keys[e] === ',' && next?.cls === 'admin' && SUB_PROVINCE.has(next.unit) && !hasUpperWord(w, i, e)) {
        emit({ from: i, to: e, name: nameText(w, i, e), unit: null, impliedUnit: STREET });
        i = e - 1;
        continue;
      }
    }
  }
  return out;
}

/** Whether an administrative unit word starts at one of the tokens [from, to). */
function hasAdminWord(w: Words, from: number, to: number): boolean {
  const L = lex();
  for (let k = from; k < to; k++) {
    const unit = L.units.entryAt(w.keys, k);
    if (unit && L.info.get(unit.key)?.cls === 'admin') return true;
  }
  return false;
}

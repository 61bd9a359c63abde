/**
 * projects[]: a phrase headed by a work noun (khu di tích, phòng truyền thống, đường, cầu, dự án,
 * công trình ...) that ends in a proper name: "Khu di tích tập kết 200 ngày đêm Vàm Chắc Băng",
 * "đường ven sông Cái Lớn". `name` is the proper name, `text` the phrase, `kind` the head noun.
 *
 * From the head, words are scanned up to the first punctuation: a name after an administrative
 * unit (huyện Vĩnh Thuận) only locates the work, and "tại"/"ở" carries the phrase on to the
 * site; a capitalised common noun (Nghị quyết ...) or another clause ends the search. No name,
 * no project: "các dự án, công trình trọng điểm" yields nothing.
 */
import { foldKey } from '../normalize/fold.js';
import { knownUnits } from './place-names.js';
import { keySet, phrases, table } from '../lexicon/index.js';
import type { Located, ProjectValue, Token } from '../types.js';
import type { ExtractInput } from './context.js';
import { adjacent, commonCapitalised, isCapitalised, nameRun, placeUnitClass, placeUnits, spanOf, textOf, unitAt, words, type Words } from './words.js';

const MAX_SCAN = 20;
const CARRY_ON = new Set(['tại', 'ở', 'thuộc']);

let blockers: { before: Set<string>; after: Set<string> } | undefined;

function blocked(w: Words, i: number, len: number): boolean {
  if (!blockers) {
    blockers = { before: new Set(), after: new Set() };
    for (const [a, b] of table('work-noun-blockers.tsv')) {
      if (a?.startsWith('+')) blockers.after.add(`${foldKey(b as string)} ${foldKey(a.slice(1))}`);
      else blockers.before.add(`${foldKey(a as string)} ${foldKey(b as string)}`);
    }
  }
  const head = w.keys.slice(i, i + len).join(' ');
  const last = w.keys[i + len - 1] as string;
  const first = w.keys[i] as string;
  if (i > 0 && adjacent(w, i) && blockers.before.has(`${w.keys[i - 1]} ${first}`)) return true;
  return blockers.after.has(`${last} ${w.keys[i + len] ?? ''}`) || (len === 1 && blockers.after.has(`${head} ${w.keys[i + 1] ?? ''}`));
}

const DASHES = new Set(['-', '–', '—']);
const ROADS = new Set(['đường', 'phố', 'đại lộ']);
// Works that are also places (roads, canals) or institutions (schools, hospitals): a work only
// when the sentence builds or repairs them.
const ROUTES = new Set([
  'đường', 'phố', 'đại lộ', 'kênh', 'quốc lộ', 'tỉnh lộ', 'đường cao tốc', 'cao tốc',
  'trường', 'trường học', 'bệnh viện', 'trạm y tế', 'trung tâm y tế', 'hồ chứa', 'hồ thủy lợi', 'đập',
]);
let construction: ReturnType<typeof phrases> | undefined;

/** A construction word ("xây dựng", "nâng cấp", "dự án" ...) earlier in the same sentence. */
function constructionBefore(w: Words, i: number): boolean {
  construction ??= phrases('construction-words.tsv');
  for (let k = i - 1; k >= 0 && k >= i - 60; k--) {
    const key = w.keys[k] ?? '';
    if (key === '.' || key === ';' || w.tokens[k]?.kind === 'newline') return false;
    // Lower case only: "Sở Xây dựng" names a body, it does not build.
    if (construction.matchAt(w.keys, k) && w.tokens[k]?.case === 'lower') return true;
  }
  return false;
}
const ADDRESS_UNITS = new Set(['phường', 'xã', 'quận', 'huyện', 'thị trấn', 'thị xã', 'tỉnh', 'thành phố', 'tp', 'đặc khu']);

/**
 * A work's name can run on: over dashes between names ("Bến Lức - Long Thành", "Sơn La - Điện
 * Biên - Cửa khẩu Tây Trang"), and into a Roman numeral or a number glued to it ("Bá Thiện II",
 * "Nghĩa trang A1").
 */
function extendName(w: Words, end: number): number {
  let j = end;
  for (;;) {
    const t = w.tokens[j];
    if (t?.kind === 'roman' && adjacent(w, j)) {
      j++;
      continue;
    }
    if (w.keys[j] === '/' && w.tokens[j - 1]?.kind === 'number' && w.tokens[j + 1]?.kind === 'number' && (w.tokens[j - 1] as Token).end === (t as Token).start && (t as Token).end === (w.tokens[j + 1] as Token).start) {
      j += 2; // "Quảng trường 30/10"
      continue;
    }
    // "Công viên 23 Tháng 9": a date in words after a number.
    if (w.keys[j] === 'tháng' && w.tokens[j]?.case === 'title' && w.tokens[j - 1]?.kind === 'number' && adjacent(w, j) && w.tokens[j + 1]?.kind === 'number' && adjacent(w, j + 1)) {
      j += 2;
      continue;
    }
    // "Quốc lộ 14E", "934B": a capital glued to a number.
    if (t?.kind === 'word' && t.case !== 'lower' && t.end - t.start === 1 && w.tokens[j - 1]?.kind === 'number' && (w.tokens[j - 1] as Token).end === t.start) {
      j++;
      continue;
    }
    if (t?.kind === 'number' && (w.tokens[j - 1] as { end: number }).end === t.start) {
      j++;
      continue;
    }
    // "cầu Mỹ Thuận 2": a one- or two-digit number after the name, unless a measure follows.
    if (t?.kind === 'number' && adjacent(w, j) && /^\d{1,2}$/u.test(w.keys[j] ?? '') && !MEASURES.has(w.keys[j + 1] ?? '')) {
      j++;
      continue;
    }
    // "Vùng Thủ đô": "đô" is written in lower case in the capital's name.
    if (w.keys[j] === 'đô' && w.keys[j - 1] === 'thủ' && adjacent(w, j)) {
      j++;
      continue;
    }
    // "Bắc - Nam phía Đông": a direction completes the name.
    if (w.keys[j] === 'phía' && adjacent(w, j) && DIRECTIONS.has(w.keys[j + 1] ?? '') && w.tokens[j + 1]?.case === 'title') {
      j += 2;
      continue;
    }
    const unit = GATES.has(`${w.keys[j + 1]} ${w.keys[j + 2]}`) ? 2 : unitAt(w, j + 1);
    if (t && DASHES.has(w.keys[j] ?? '') && w.tokens[j + 1]?.case === 'title' && unit > 1) {
      // "... - Cửa khẩu Tây Trang": a place noun and its name.
      const after = j + 1 + unit;
      const more = nameRun(w, after, 4, false);
      if (more > after) {
        j = more;
        continue;
      }
    }
    if (t && DASHES.has(w.keys[j] ?? '') && w.tokens[j + 1]?.case === 'title' && !/\n/u.test(w.text.slice((w.tokens[j - 1] as { end: number }).end, (w.tokens[j + 1] as { start: number }).start))) {
      const more = nameRun(w, j + 1, 5, false);
      if (more > j + 1) {
        j = more;
        continue;
      }
    }
    return j;
  }
}

/** "Số 31, đường Kinh Dương Vương, phường Kinh Bắc": a road in an address is a place, not a work. */
function inAddress(w: Words, head: number, end: number): boolean {
  if (w.keys[end] === ',') {
    const next = w.keys[end + 1] ?? '';
    const two = `${next} ${w.keys[end + 2] ?? ''}`;
    if (ADDRESS_UNITS.has(next) || ADDRESS_UNITS.has(two)) return true;
  }
  const before = w.tokens[head - 1];
  return before?.kind === 'number' || (w.keys[head - 1] === ',' && w.tokens[head - 2]?.kind === 'number');
}

export function extractProjects(input: ExtractInput): Located<ProjectValue>[] {
  const w = words(input);
  const heads = phrases('work-nouns.tsv');
  const units = placeUnits();
  const out: Located<ProjectValue>[] = [];
  let consumed = 0;
  for (let i = 0; i < w.tokens.length; i++) {
    const len = heads.matchAt(w.keys, i);
    if (!len || w.tokens[i]?.kind !== 'word' || blocked(w, i, len)) continue;
    // Inside a place's or a body's name: "Phường Cầu Giấy", "Ban Quản lý Khu kinh tế ...".
    // After a place or road unit the head is part of that place's name ("phường Cầu Giấy",
    // "đường Chùa Chuông"); in title case after a capitalised word, part of a person's or a
    // place's name ("Phan Đình Giót", "Đồng Tháp").
    if (i > 0 && adjacent(w, i)) {
      const cls = placeUnitClass(w.keys[i - 1] ?? '');
      if (cls === 'admin' || cls === 'road' || ROADS.has(w.keys[i - 1] ?? '')) continue;
      if (w.tokens[i]?.case === 'title' && isCapitalised(w.tokens[i - 1])) continue;
    }
    if (insideBodyName(w, i)) continue;
    // Inside a name already read ("Sân vận động Cầu Vồng" read, "Cầu" is not a new head).
    if (i < consumed) continue;
    let name: [number, number] | null = null;
    let qualifier: [number, number] | null = null;
    let coded: [number, number] | null = null;
    let carried: [number, number] | null = null;
    let numbered = false;
    let endPoint = false;
    let j = i + len;
    let scanned = 0;
    // A numbered work keeps its head: "Vành đai 3", "tuyến metro số 1", "đê biển số 8".
    const numberAt = w.keys[j] === 'số' && adjacent(w, j) ? j + 1 : j;
    if (w.tokens[numberAt]?.kind === 'number' && adjacent(w, numberAt) && /^\d{1,3}$/u.test(w.keys[numberAt] ?? '') && !MEASURES.has(w.keys[numberAt + 1] ?? '')) {
      let end = numberAt + 1;
      if (w.tokens[end]?.kind === 'word' && w.tokens[end]?.case !== 'lower' && (w.tokens[end - 1] as Token).end === (w.tokens[end] as Token).start) end++;
      coded = [i, extendName(w, end)];
      numbered = true;
    }
    while (j < w.tokens.length && scanned < MAX_SCAN) {
      const t = w.tokens[j];
      // "(Quảng Bình)" after a name: a gloss, skipped.
      if (w.keys[j] === '(' && name) {
        let close = j + 1;
        while (close < j + 8 && close < w.tokens.length && w.keys[close] !== ')' && w.tokens[close]?.kind !== 'newline') close++;
        if (w.keys[close] === ')') {
          j = close + 1;
          if (w.keys[j] === 'đến') {
            carried ??= name;
            name = null;
            j++;
          }
          continue;
        }
      }
      // "dự án nâng cấp, mở rộng Quốc lộ 26": a comma between two building verbs goes on.
      if (w.keys[j] === ',' && !name && !carried && !heads.matchAt(w.keys, j + 1) && (construction ??= phrases('construction-words.tsv')).matchAt(w.keys, j + 1) && w.tokens[j + 1]?.case === 'lower') {
        j++;
        continue;
      }
      if (!t || t.kind === 'punct' || t.kind === 'newline' || t.kind === 'code') break;
      if (!adjacent(w, j)) break;
      // "dự án đường tỉnh 934B": a numbered work inside the phrase, before its words read as units.
      const numberedInner = j > i + len ? heads.matchAt(w.keys, j) : 0;
      if (numberedInner > 1 && w.tokens[j + numberedInner]?.kind === 'number' && adjacent(w, j + numberedInner) && /^\d{1,3}$/u.test(w.keys[j + numberedInner] ?? '')) {
        let from = j;
        while (from < j + numberedInner && !isCapitalised(w.tokens[from])) from++;
        name = [from < j + numberedInner ? from : j, extendName(w, j + numberedInner + 1)];
        break;
      }
      const unit = unitAt(w, j);
      if (unit && j > i + len && w.tokens[j + unit]?.kind === 'number' && adjacent(w, j + unit) && placeUnitClass(w.keys.slice(j, j + unit).join(' ')) === 'road' && isCapitalised(w.tokens[j])) {
        const end = extendName(w, j + unit + 1);
        // "từ Quốc lộ 12 đến cửa khẩu A Pa Chải": a start point; the end point names the work.
        if (w.keys[j - 1] === 'từ' && w.keys[end] === 'đến') {
          endPoint = true;
          j = end + 1;
          continue;
        }
        name = [j, end];
        break;
      }
      if (unit) {
        const after = j + unit;
        const run = adjacent(w, after) ? nameRun(w, after, 4, false) : after;
        const end = run > after ? extendName(w, run) : after;
        if (end > after) {
          const admin = placeUnitClass(w.keys.slice(j, after).join(' ')) === 'admin';
          // Right after the head, or after only type words ("Bệnh viện Đa khoa huyện Quỳnh Lưu",
          // "chợ trung tâm xã Mậu Duệ"), an administrative place names the work.
          if (admin && !(j === i + len) && !onlyTypeWords(w, i + len, j) && !endPoint) qualifier = [after, end];
          else name = [after, end];
          j = end;
          // "từ đặc khu Vân Đồn đến xã Tiên Yên": the end point names the work.
          if (w.keys[j] === 'đến' && w.keys.slice(i, j).includes('từ')) {
            name = null;
            qualifier = null;
            endPoint = true;
            j++;
            continue;
          }
          if (name && !CARRY_ON.has(w.keys[j] ?? '')) break;
          if (CARRY_ON.has(w.keys[j] ?? '')) {
            carried ??= name;
            name = null;
          }
          continue;
        }
        j = after;
        scanned += unit;
        continue;
      }
      if (isCapitalised(t)) {
        // A new phrase ("... thuộc Dự án ...") ends the search; a capitalised head word inside a
        // name ("Bến Lức", "Cầu Vồng") does not.
        if (commonCapitalised().matchAt(w.keys, j) || GENERIC.has(w.keys.slice(j, j + 2).join(' '))) break;
        const end = extendName(w, nameRun(w, j, 5));
        // A code ("T2", "A1") names the work only when no proper name follows in the phrase.
        if (CODE_NAME.test(textOf(w, j, end))) {
          coded ??= [j, end];
          j = end;
          continue;
        }
        // A work noun in title case inside the phrase ("dự án mở rộng Cảng hàng không quốc tế Phú
        // Quốc") is read whole; the name comes after it.
        const innerHead = heads.matchAt(w.keys, j);
        // A one-word head in title case after a lower-case word starts a work's own type ("dự án
        // xây dựng Trường Tiểu học ..."), unless it starts a known place name ("cao tốc Bến Lức").
        const typeRun = innerHead === 1 ? nameRun(w, j, 4) : j;
        const typeWord =
          innerHead === 1 && j > i + len && w.tokens[j - 1]?.case === 'lower' && !knownUnits(textOf(w, j, typeRun)) && w.tokens[typeRun]?.case === 'lower' && adjacent(w, typeRun);
        // "dự án đường Vành đai 3": a numbered work inside the phrase names it, head and number.
        const numberAfter = j + innerHead;
        if (innerHead > 0 && w.tokens[numberAfter]?.kind === 'number' && adjacent(w, numberAfter) && /^\d{1,3}$/u.test(w.keys[numberAfter] ?? '')) {
          name = [j, extendName(w, numberAfter + 1)];
          break;
        }
        // "Khu di tích lịch sử Thành cổ Quảng Trị": a work in title case right before its name is
        // named with it.
        if (innerHead > 1 && isCapitalised(w.tokens[j + innerHead]) && adjacent(w, j + innerHead) && w.tokens[j + 1]?.case !== 'lower') {
          const end = extendName(w, nameRun(w, j + innerHead, 5));
          if (end > j + innerHead) {
            name = [j, end];
            break;
          }
        }
        if (innerHead > 1 || typeWord) {
          j += innerHead;
          scanned += innerHead;
          continue;
        }
        // One capitalised word before a lower-case one is a descriptor in title style ("Trường
        // Phổ thông ...", "Đền thờ Liệt sỹ tại ..."): a later name in the phrase is the work's.
        if (end === j + 1 && w.tokens[end]?.case === 'lower' && adjacent(w, end)) {
          j = end;
          continue;
        }
        name = [j, end];
        j = end;
        // "từ Quảng Trạch đến Phố Nối", "nối Hạ Long với Cẩm Phả": the end point names the work.
        if ((w.keys[j] === 'đến' && w.keys.slice(i, j).includes('từ')) || (w.keys[j] === 'với' && w.keys.slice(i, j).includes('nối'))) {
          carried = null;
          name = null;
          j++;
          continue;
        }
        if (w.keys[j] === '(') continue;
        if (!CARRY_ON.has(w.keys[j] ?? '')) break;
        // "... Mù Cả tại xã Mù Cả": the name stands unless a site's name follows "tại".
        carried ??= name;
        name = null;
        continue;
      }
      // Another work noun inside the phrase is read whole ("... T2 cảng hàng không quốc tế Nội Bài").
      const inner = t.case === 'lower' ? heads.matchAt(w.keys, j) : 0;
      const numberNext = j + inner;
      if (inner > 1 && w.tokens[numberNext]?.kind === 'number' && adjacent(w, numberNext) && /^\d{1,3}$/u.test(w.keys[numberNext] ?? '') && !MEASURES.has(w.keys[numberNext + 1] ?? '')) {
        // From its first capitalised word: "đường Vành đai 3" is named "Vành đai 3".
        let from = j;
        while (from < numberNext && !isCapitalised(w.tokens[from])) from++;
        name = [from < numberNext ? from : j, extendName(w, numberNext + 1)];
        break;
      }
      if (inner > 1) {
        j += inner;
        scanned += inner;
        continue;
      }
      // A clause word ("thì", "của", "được" ...) ends the phrase before any name.
      if (CLAUSE_WORDS.has(w.keys[j] ?? '')) break;
      j++;
      scanned++;
    }
    // With no name of its own, a work is named by the place it is of ("chợ trung tâm xã Mậu Duệ");
    // clause words have already ended the phrase before a place that only locates it.
    // A numbered work right after its head is named by its number, whatever follows.
    let found = numbered ? null : (name ?? carried ?? (qualifier && qualifier[0] === i + len + 1 ? qualifier : null));
    let wholeName = false;
    if (!found && coded) {
      found = coded;
      wholeName = true; // "Nghĩa trang A1": the code is only a name with its head
    }
    if (!found) continue;
    // A single letter is a class or a grade ("hạng A", "tòa nhà A"), not a name.
    if (!wholeName && found[1] - found[0] === 1 && /^\p{Lu}$/u.test(textOf(w, found[0], found[1]))) continue;
    // An acronym after a lower-case head ("đường dẫn của từng DVC") is not a work's name.
    const allUpper = w.tokens.slice(found[0], found[1]).every((t) => t.case === 'upper' || t.kind !== 'word');
    // ... nor is a heading in capitals ("DỰ ÁN QUAN TRỌNG QUỐC GIA").
    if (allUpper && (w.tokens[i]?.case !== 'upper' || found[1] - found[0] > 1)) continue;
    const kindKey = w.keys.slice(i, i + len).join(' ');
    if (ROADS.has(kindKey) && inAddress(w, i, found[1])) continue;
    // A road or a canal is a work when the sentence builds or repairs it; otherwise it only says
    // where something happens ("chỉnh trang đô thị trên đường Trần Phú", "dọc kênh Xà No").
    if (ROUTES.has(kindKey) && !constructionBefore(w, i)) continue;
    // "LNG Cà Ná", "THCS Sen Thượng": an acronym for the work's type before its Vietnamese name.
    while (found[1] - found[0] > 1 && w.tokens[found[0]]?.case === 'upper' && ACRONYM.test(w.keys[found[0]] ?? '') && vietnameseName(w, found[0] + 1, found[1])) found = [found[0] + 1, found[1]];
    // "nối TP Hạ Long với TP Cẩm Phả": the name without the abbreviated unit before it.
    if (found[1] - found[0] > 1 && UNIT_ABBREVIATIONS.has(w.keys[found[0]] ?? '') && w.tokens[found[0]]?.case === 'upper') found = [found[0] + 1, found[1]];
    const span = spanOf(w, i, found[1]);
    out.push({
      value: { name: textOf(w, wholeName ? i : found[0], found[1]), text: textOf(w, i, found[1]), kind: kindOf(textOf(w, i, i + len)) },
      span,
    });
    consumed = found[1];
    // "các dự án cao tốc Vạn Ninh - Cam Lộ, Quảng Ngãi - Hoài Nhơn ... và Vân Phong - Nha Trang":
    // after a plural head, the next names in the list are works of the same kind.
    // "Nhà máy điện Nhơn Trạch 3 và Nhơn Trạch 4": a numbered series under one head.
    if (w.tokens[found[1] - 1]?.kind === 'number' && w.keys[found[1]] === 'và' && isCapitalised(w.tokens[found[1] + 1])) {
      const from = found[1] + 1;
      const to = extendName(w, nameRun(w, from, 4));
      if (to > from && w.tokens[to - 1]?.kind === 'number') {
        out.push({ value: { name: textOf(w, from, to), text: textOf(w, from, to), kind: kindOf(textOf(w, i, i + len)) }, span: spanOf(w, from, to) });
        consumed = to;
      }
    }
    if (PLURAL.has(w.keys[i - 1] ?? '')) {
      const kind = kindOf(textOf(w, i, i + len));
      const more = listContinuation(w, heads, found[1]);
      for (const [from, to] of more) out.push({ value: { name: textOf(w, from, to), text: textOf(w, from, to), kind }, span: spanOf(w, from, to) });
      if (more.length) consumed = (more[more.length - 1] as [number, number])[1];
    }
    i = Math.max(found[1], consumed) - 1;
  }
  return [...out, ...listedProjects(w, heads, out)].sort((a, b) => a.span.start - b.span.start);
}

const LIST_INTRO = /^(?:các|những)$/u;
const PLURAL = new Set(['các', 'những']);

/**
 * The further items of a list that follows a work: each after "," or "và", a proper name (dashes
 * allowed) or a numbered work ("Vành đai 3"), any descriptor after it ("giai đoạn 2", "TP.HCM")
 * skipped up to the next separator. Stops at the end of the sentence or at anything else.
 */
function listContinuation(w: Words, heads: ReturnType<typeof phrases>, from: number): [number, number][] {
  const out: [number, number][] = [];
  let k = from;
  for (let items = 0; items < 12; items++) {
    // Skip a short descriptor up to the separator.
    let skipped = 0;
    while (k < w.tokens.length && w.keys[k] !== ',' && w.keys[k] !== 'và' && skipped < 6) {
      if (w.tokens[k]?.kind === 'newline' || /^[.;:!?()]$/u.test(w.keys[k] ?? '')) return out;
      k++;
      skipped++;
    }
    if (w.keys[k] !== ',' && w.keys[k] !== 'và') return out;
    const start = k + 1;
    if (!isCapitalised(w.tokens[start]) || commonCapitalised().matchAt(w.keys, start)) return out;
    const head = heads.matchAt(w.keys, start);
    let end: number;
    if (head && w.tokens[start + head]?.kind === 'number') end = extendName(w, start + head + 1);
    else if (head) return out;
    else end = extendName(w, nameRun(w, start, 5));
    if (end <= start) return out;
    // "THCS Tân Thanh": the acronym of the work's type is not part of its name.
    let from = start;
    while (end - from > 1 && w.tokens[from]?.case === 'upper' && ACRONYM.test(w.keys[from] ?? '') && vietnameseName(w, from + 1, end)) from++;
    out.push([from, end]);
    k = end;
  }
  return out;
}

/**
 * Items of a list introduced by a plural work noun and a colon ("Các dự án có kế hoạch thông xe
 * kỹ thuật: Đồng Đăng - Trà Lĩnh (Lạng Sơn, Cao Bằng); Hữu Nghị - Chi Lăng (Lạng Sơn)"): each
 * item that is a proper name (dashes allowed) is a work of that kind. Items are separated by ";"
 * (or "," when the list has no ";"); an item with a head of its own was already read.
 */
function listedProjects(w: Words, heads: ReturnType<typeof phrases>, found: Located<ProjectValue>[]): Located<ProjectValue>[] {
  const out: Located<ProjectValue>[] = [];
  const taken = new Set(found.map((p) => p.span.start));
  for (let i = 1; i < w.tokens.length; i++) {
    // "các dự án ...:", "4 khu công nghiệp ... như:", "các đoạn cao tốc ... gồm:".
    const before = w.keys[i - 1] ?? '';
    if (!LIST_INTRO.test(before) && w.tokens[i - 1]?.kind !== 'number' && !(before === 'đoạn' && LIST_INTRO.test(w.keys[i - 2] ?? ''))) continue;
    const len = heads.matchAt(w.keys, i);
    if (!len) continue;
    const kind = w.keys.slice(i, i + len).join(' ');
    // The colon must close the introduction, within the same sentence.
    let colon = -1;
    for (let j = i + len; j < w.tokens.length && j < i + len + 15; j++) {
      const k = w.keys[j];
      if (k === ':') {
        colon = j;
        break;
      }
      if (k === '.' || k === ';' || w.tokens[j]?.kind === 'newline') break;
    }
    if (colon < 0) continue;
    let end = colon + 1;
    while (end < w.tokens.length && w.keys[end] !== '.' && w.tokens[end]?.kind !== 'newline') end++;
    const semicolons = w.keys.slice(colon + 1, end).includes(';');
    let item = colon + 1;
    while (item < end) {
      if (isCapitalised(w.tokens[item]) && !heads.matchAt(w.keys, item) && !commonCapitalised().matchAt(w.keys, item)) {
        const stop = extendName(w, nameRun(w, item, 5));
        const next = w.keys[stop] ?? '.';
        const closes = next === ';' || next === '(' || next === '.' || (!semicolons && (next === ',' || next === 'và'));
        if (stop > item && closes && !taken.has((w.tokens[item] as { start: number }).start)) {
          out.push({ value: { name: textOf(w, item, stop), text: textOf(w, item, stop), kind }, span: spanOf(w, item, stop) });
        }
      }
      // On to the next item.
      let k = item;
      while (k < end && !(semicolons ? w.keys[k] === ';' : w.keys[k] === ',' || w.keys[k] === 'và')) k++;
      item = k + 1;
    }
    i = end;
  }
  return out;
}

const GENERIC = new Set(['dự án', 'công trình']);
const CLAUSE_WORDS = new Set(['thì', 'phía', 'nhất', 'chào', 'nằm', 'bắc', 'gắn', 'chạy', 'dọc', 'của', 'để', 'khi', 'nếu', 'trên', 'đã', 'được', 'không', 'phải', 'là', 'cho', 'với', 'về', 'theo', 'hoặc', 'bằng', 'nộp', 'sau', 'trước', 'tham', 'đề', 'bị', 'lập', 'gửi']);
let spelledOut: Map<string, string> | undefined;

/** The head noun as the kind, lower case, an abbreviation written out ("KCN" -> "khu công nghiệp"). */
function kindOf(head: string): string {
  spelledOut ??= new Map(table('abbreviations.tsv').map((r) => [r[0] as string, (r[1] as string | undefined) ?? '']));
  return (spelledOut.get(head) || head).toLowerCase();
}

const MEASURES = new Set(['kv', 'mw', 'kw', 'gw', 'mva', 'm3', 'km2', 'năm', 'tháng', 'ngày', 'km', 'm', 'ha', 'tỷ', 'triệu', 'nghìn', 'giờ', 'tầng', 'làn', 'người', 'hộ', '%']);
/** A Vietnamese proper name (with its diacritics, or one the place tables know), not "Tower". */
function vietnameseName(w: Words, from: number, to: number): boolean {
  if (w.tokens[from]?.case !== 'title') return false;
  const text = textOf(w, from, to).replace(/\s*\d+\p{Lu}?$/u, '');
  return /[\u00c0-\u1ef9]/u.test(text) || knownUnits(text) !== undefined;
}

const ACRONYM = /^[bcdđfghjklmnpqrstvwxz]{2,6}$/u; // no vowel: not a Vietnamese syllable
const UNIT_ABBREVIATIONS = new Set(['tp', 'tx', 'tt']);
const DIRECTIONS = new Set(['đông', 'tây', 'nam', 'bắc']);
let typeWords: Set<string> | undefined;

/** Whether tokens [from, to) are only words that say what kind of work it is (Đa khoa, Tiểu học). */
function onlyTypeWords(w: Words, from: number, to: number): boolean {
  typeWords ??= keySet('work-type-words.tsv');
  if (to - from > 6) return false;
  for (let k = from; k < to; k++) if (!typeWords.has(w.keys[k] ?? '')) return false;
  return to > from;
}

const GATES = new Set(['cửa khẩu', 'cảng biển', 'sân bay']);
const CODE_NAME = /^\p{Lu}{1,3}\.?\d+\p{Lu}?$/u;

/** A work noun inside a body's name: "Ban Quản lý các Khu kinh tế và Khu công nghiệp tỉnh Quảng Nam". */
function insideBodyName(w: Words, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const key = w.keys[k] ?? '';
    if (w.tokens[k]?.kind === 'punct' || w.tokens[k]?.kind === 'newline') return false;
    if (key === 'lý' && w.keys[k - 1] === 'quản' && w.keys[k - 2] === 'ban') return true;
    // An enterprise named after its work: "Công ty Thủy điện Sơn La", "Tập đoàn ...".
    if (k >= i - 4 && ((key === 'ty' && w.keys[k - 1] === 'công') || (key === 'đoàn' && w.keys[k - 1] === 'tập'))) return true;
  }
  return false;
}

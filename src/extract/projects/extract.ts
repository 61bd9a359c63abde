/** extractProjects: the one scan from each work noun to its name (see ../projects.ts for the rules). */
import { nameCase } from '../casing.js';
import { knownUnits } from '../place-names.js';
import { phrases } from '../../lexicon/index.js';
import type { Located, ProjectValue, Token } from '../../types.js';
import type { ExtractInput } from '../context.js';
import { adjacent, commonCapitalised, institutionActs, isCapitalised, nameRun, placeUnitClass, spanOf, textOf, unitAt, words } from '../words.js';
import { blocked, constructionAfter, constructionBefore, endsAt, inAddress, insideBodyName, onlyTypeWords, sentenceStart } from './context.js';
import { ASPECT, CARRY_ON, CLAUSE_WORDS, DASH_IN, DASHES, GENERIC, INSTITUTIONS, kindOf, LIST_OPENERS, LOWER_ONLY, MAX_SCAN, OPENERS, pluralAt, ROADS, ROUTES, SIDES, UNIT_ABBREVIATIONS } from './lexicon.js';
import { listContinuation, listedProjects } from './lists.js';
import { CODE_NAME, extendName, shortNumberAt, withoutTypeAcronym } from './names.js';
import { capsNameEnd } from './caps.js';
import { distinct } from './distinct.js';
import { phraseName } from './whole.js';

export function extractProjects(input: ExtractInput): Located<ProjectValue>[] {
  const w = words(input);
  const heads = phrases('work-nouns.tsv');
  const out: Located<ProjectValue>[] = [];
  let consumed = 0;
  for (let i = 0; i < w.tokens.length; i++) {
    const head = heads.entryAt(w.keys, i);
    if (!head || w.tokens[i]?.kind !== 'word') continue;
    const len = head.words.length;
    const headKey = head.key; // the head's words, as the word classes key them
    if (blocked(w, i, len)) continue;
    // "điện Cần Chánh", "cung Diên Thọ": palace halls only in lower case ("Điện Biên" is a name)
    // and named at once ("đóng điện đường dây ...", "cung đường ..."), never the second half of a
    // compound ("chuỗi dự án khí - điện Lô B": gas and power).
    if (LOWER_ONLY.has(w.keys[i] ?? '') && len === 1 && (w.tokens[i]?.case !== 'lower' || !isCapitalised(w.tokens[i + 1]) || !adjacent(w, i + 1) || DASHES.has(w.keys[i - 1] ?? ''))) continue;
    // Inside a place's or a body's name: "Phường Cầu Giấy", "Ban Quản lý Khu kinh tế ...".
    // After a place or road unit the head is part of that place's name ("phường Cầu Giấy",
    // "đường Chùa Chuông"); in title case after a capitalised word, part of a person's or a
    // place's name ("Phan Đình Giót", "Đồng Tháp").
    if (i > 0 && adjacent(w, i)) {
      const cls = placeUnitClass(w.keys[i - 1] ?? '');
      if (cls === 'admin' || cls === 'road' || ROADS.has(w.keys[i - 1] ?? '')) continue;
      // "sông Bến Hải", "ấp Chợ Mới": in title case after any place unit.
      if (cls && w.tokens[i]?.case === 'title') continue;
      // Not after a capitalised word that only opens the sentence ("Tại Nghĩa trang ...").
      if (w.tokens[i]?.case === 'title' && isCapitalised(w.tokens[i - 1]) && !(OPENERS.has(w.keys[i - 1] ?? '') && sentenceStart(w, i - 1))) continue;
    }
    if (insideBodyName(w, i)) continue;
    // "với Bến Tre", "quận Cầu Giấy": a one-word head in title case that starts a place's name.
    if (len === 1 && w.tokens[i]?.case === 'title' && adjacent(w, i + 1) && knownUnits(textOf(w, i, nameRun(w, i, 4, false))) !== undefined) continue;
    // Inside a name already read ("Sân vận động Cầu Vồng" read, "Cầu" is not a new head).
    if (i < consumed) continue;
    let name: [number, number] | null = null;
    let qualifier: [number, number] | null = null;
    let coded: [number, number] | null = null;
    let carried: [number, number] | null = null;
    let numbered = false;
    let endPoint = false;
    // A work noun inside a project's phrase ("dự án kè ...", "dự án đường tránh ...").
    let nestedWork = false;
    // Named by a place right after the head: "trạm y tế các xã Thu Lũm, Ka Lăng và Pa Ủ".
    let placeList = false;
    let j = i + len;
    let scanned = 0;
    // A numbered work keeps its head: "Vành đai 3", "tuyến metro số 1", "đê biển số 8".
    const numberAt = w.keys[j] === 'số' && adjacent(w, j) ? j + 1 : j;
    if (shortNumberAt(w, numberAt, 3, true)) {
      let end = numberAt + 1;
      if (w.tokens[end]?.kind === 'word' && w.tokens[end]?.case !== 'lower' && (w.tokens[end - 1] as Token).end === (w.tokens[end] as Token).start) end++;
      coded = [i, extendName(w, end)];
      numbered = true;
      // "tuyến Metro số 1 Bến Thành - Suối Tiên": a route after the number names the work.
      const from = coded[1];
      const route = adjacent(w, from) && isCapitalised(w.tokens[from]) ? extendName(w, nameRun(w, from, 5)) : from;
      if (route > from && DASH_IN.test(textOf(w, from, route))) {
        name = [from, route];
        numbered = false;
        j = route;
        scanned = MAX_SCAN;
      }
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
            continue;
          }
          break; // "đập An Trạch (huyện Đại Lộc) và ...": the name stands
        }
      }
      // "dự án nâng cấp, mở rộng Quốc lộ 26": a comma between two building verbs goes on.
      if (w.keys[j] === ',' && !name && !carried && !heads.matchAt(w.keys, j + 1) && phrases('construction-words.tsv').matchAt(w.keys, j + 1) && w.tokens[j + 1]?.case === 'lower') {
        j++;
        continue;
      }
      // "Nhà hát Giao hưởng - Nhạc vũ kịch Thủ Thiêm": a dash between descriptors in title style.
      if (!name && !carried && DASHES.has(w.keys[j] ?? '') && w.tokens[j - 1]?.case === 'lower' && w.tokens[j - 2]?.case === 'title' && j - 2 > i + len - 1 && w.tokens[j + 1]?.case === 'title' && adjacent(w, j + 1)) {
        j++;
        continue;
      }
      // "dự án Trung tâm văn hóa - thể thao đặc khu Cô Tô": a dash between lower-case type words.
      if (!name && !carried && DASHES.has(w.keys[j] ?? '') && w.tokens[j - 1]?.case === 'lower' && w.tokens[j + 1]?.case === 'lower' && adjacent(w, j + 1) && onlyTypeWords(w, j - 1, j) && onlyTypeWords(w, j + 1, j + 2)) {
        j++;
        continue;
      }
      if (!t || t.kind === 'punct' || t.kind === 'newline' || t.kind === 'code') break;
      if (!adjacent(w, j)) break;
      // "ĐT.864 đoạn từ ... đến ...": after the work's name, "đoạn" only says which part; but
      // "ĐT.639 đoạn Cát Tiến - Đề Gi": a section named by a route after a code is the work.
      const codedSection = coded && !name ? sectionAfter(w, j) : null;
      if (codedSection) {
        name = codedSection;
        break;
      }
      if (w.keys[j] === 'đoạn' && (name || coded)) break;
      // "dự án đường tỉnh 934B": a numbered work inside the phrase, before its words read as units.
      const numberedInner = j > i + len ? heads.matchAt(w.keys, j) : 0;
      if (numberedInner > 1 && shortNumberAt(w, j + numberedInner, 3, false)) {
        name = numberedWork(w, j, numberedInner);
        break;
      }
      const unit = unitAt(w, j);
      if (unit && j > i + len && w.tokens[j + unit]?.kind === 'number' && adjacent(w, j + unit) && placeUnitClass(w.keys.slice(j, j + unit).join(' ')) === 'road' && isCapitalised(w.tokens[j])) {
        const end = extendName(w, j + unit + 1);
        // "từ Quốc lộ 12 đến cửa khẩu A Pa Chải": a start point; the end point names the work.
        // "đường kết nối Quốc lộ 3B với hồ Ba Bể": likewise.
        if ((w.keys[j - 1] === 'từ' && w.keys[end] === 'đến') || (w.keys[j - 1] === 'nối' && w.keys[end] === 'với')) {
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
          // Right after the head (or "các": "trạm y tế các xã Thu Lũm, Ka Lăng"), after only type
          // words ("Bệnh viện Đa khoa huyện Quỳnh Lưu", "chợ trung tâm xã Mậu Duệ"), after a side
          // ("đường tránh phía Tây thành phố Đồng Hới") or after a work inside a project ("dự án kè
          // chống sạt lở bờ biển xã Ô Loan"), an administrative place names the work.
          const direct = j === i + len || (j === i + len + 1 && (w.keys[i + len] === 'các' || w.keys[i + len] === 'những'));
          // "dự án hồ chứa nước ngọt tại đặc khu Kiên Hải": a project without a name of its own is
          // named by the place it is at.
          const at = admin && !name && !carried && !coded && w.keys[j - 1] === 'tại' && GENERIC.has(headKey);
          const side = w.keys[j - 2] === 'phía' && SIDES.has(w.keys[j - 1] ?? '');
          if (admin && !direct && !at && !onlyTypeWords(w, i + len, j) && !endPoint && ((!side && !nestedWork) || carried || pluralAt(w, j - 1))) qualifier = [after, end];
          else {
            name = [after, end];
            if ((admin || placeUnitClass(w.keys.slice(j, after).join(' ')) === 'local') && direct) placeList = true;
          }
          j = end;
          // "từ đặc khu Vân Đồn đến xã Tiên Yên", "nối thành phố Hà Nội với tỉnh Hà Nam": the end point names the work.
          if (endsAt(w, i, j)) {
            name = null;
            qualifier = null;
            endPoint = true;
            j++;
            continue;
          }
          // "đường ven biển ĐT.639 đoạn Cát Tiến - Đề Gi": a section named by its own route is the work.
          const section = name ? sectionAfter(w, j) : null;
          if (section) {
            name = section;
            break;
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
      // "Lán Nà Nưa thuộc Khu di tích Tân Trào": after the name, another work is another work.
      if (carried && heads.matchAt(w.keys, j)) break;
      if (isCapitalised(t)) {
        // "Khu lưu niệm Đại thi hào Nguyễn Du", "Khu di tích Chiến thắng Tua Hai": an honorific or
        // an event word before the name is left out of it (work-name-prefixes.tsv).
        const prefix = t.case === 'title' ? phrases('work-name-prefixes.tsv').matchAt(w.keys, j) : 0;
        if (prefix && adjacent(w, j + prefix) && w.tokens[j + prefix]?.case === 'title') {
          j += prefix;
          scanned += prefix;
          continue;
        }
        // A new phrase ("... thuộc Dự án ...") ends the search; a capitalised head word inside a
        // name ("Bến Lức", "Cầu Vồng") does not.
        // A place name that starts with such a word is still a name ("cầu Chương Dương").
        const placeNamed = commonCapitalised().matchAt(w.keys, j) > 0 && knownUnits(textOf(w, j, nameRun(w, j, 4, false))) !== undefined;
        if ((commonCapitalised().matchAt(w.keys, j) && !placeNamed) || GENERIC.has(w.keys.slice(j, j + 2).join(' '))) break;
        const end = extendName(w, placeNamed ? nameRun(w, j, 4, false) : nameRun(w, j, 5));
        // "dự án Trường Phổ thông nội trú liên cấp xã Ba Tơ": a building's type in title style, with
        // its lower-case type words, before an administrative place that names the work.
        {
          const from = j + (heads.matchAt(w.keys, j) === 1 ? 1 : 0);
          let k = from;
          while (k < from + 8 && adjacent(w, k) && (w.tokens[k]?.kind === 'word' || DASHES.has(w.keys[k] ?? '')) && !unitAt(w, k)) k++;
          if (k > from && onlyTypeWords(w, from, k) && adjacent(w, k) && placeUnitClass(w.keys.slice(k, k + unitAt(w, k)).join(' ')) === 'admin') {
            j = k;
            continue;
          }
        }
        // "Bệnh viện Sản Nhi tỉnh Lào Cai": capitalised type words before a place that names the work.
        if (onlyTypeWords(w, j, end) && unitAt(w, end) && adjacent(w, end)) {
          j = end;
          continue;
        }
        // A code ("T2", "A1") names the work only when no proper name follows in the phrase.
        if (CODE_NAME.test(textOf(w, j, end))) {
          coded ??= [j, end];
          j = end;
          continue;
        }
        // A work noun in title case inside the phrase ("dự án mở rộng Cảng hàng không quốc tế Phú
        // Quốc") is read whole; the name comes after it.
        const innerHead = heads.matchAt(w.keys, j);
        // "Khu di tích Nhà tù Côn Đảo", "Bảo tàng Phụ nữ Việt Nam": a site's name with common
        // words in it is kept whole.
        const whole = phraseName(w, j, headKey);
        if (whole > j) {
          name = [j, whole];
          break;
        }
        // A one-word head in title case after a lower-case word starts a work's own type ("dự án
        // xây dựng Trường Tiểu học ..."), unless it starts a known place name ("cao tốc Bến Lức").
        const typeRun = innerHead === 1 ? nameRun(w, j, 4) : j;
        // Not right after a lower-case work noun, whose name it starts ("dự án cảng Bến Đình tại ...").
        const afterHead = [1, 2, 3].some((back) => heads.matchAt(w.keys, j - back) === back && w.tokens[j - back]?.case === 'lower');
        // "dự án bảo tồn Lăng Đồng Khánh với ...": a head before a name of two words or more is its type.
        const namedAfter = typeRun - j >= 3 && !afterHead;
        const typeWord =
          innerHead === 1 && j > i + len && w.tokens[j - 1]?.case === 'lower' && !knownUnits(textOf(w, j, typeRun)) && w.tokens[typeRun]?.case === 'lower' && adjacent(w, typeRun) && ((!CLAUSE_WORDS.has(w.keys[typeRun] ?? '') && !ASPECT.has(w.keys[typeRun] ?? '') && !afterHead) || namedAfter);
        // "dự án đường Vành đai 3": a numbered work inside the phrase names it, head and number.
        const numberAfter = j + innerHead;
        if (innerHead > 0 && shortNumberAt(w, numberAfter, 3, false)) {
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
        // Right after a work noun inside the phrase it is the name ("Thủy điện Ialy mở rộng").
        // Before "và" or a building word it is a name ("đền Và và đình Chu Quyến", "Nhà máy Thủy
        // điện Ialy mở rộng").
        // So is one before a clause word ("Khu đô thị Ecopark đang ...").
        // Right after a head in title case and before "ở"/"tại", it is the name ("Tháp Đôi ở ...").
        const placedAfterHead = j === i + len && w.tokens[i]?.case === 'title' && (w.keys[end] === 'ở' || w.keys[end] === 'tại');
        if (end === j + 1 && !placedAfterHead && w.tokens[end]?.case === 'lower' && adjacent(w, end) && w.keys[end] !== 'và' && !phrases('construction-words.tsv').matchAt(w.keys, end) && !CLAUSE_WORDS.has(w.keys[end] ?? '') && !ASPECT.has(w.keys[end] ?? '')) {
          j = end;
          continue;
        }
        name = [j, end];
        j = end;
        // "từ Quảng Trạch đến Phố Nối", "nối Hạ Long với Cẩm Phả": the end point names the work.
        if (endsAt(w, i, j)) {
          carried = null;
          name = null;
          j++;
          continue;
        }
        if (w.keys[j] === '(') continue;
        // "cao tốc TP.HCM - Trung Lương - Mỹ Thuận đoạn TP.HCM - Trung Lương": a section named by
        // its own route is the work.
        const section = sectionAfter(w, j);
        if (section) {
          name = section;
          j = section[1];
          break;
        }
        // A proper name stands when a location follows ("Khu lưu niệm Chủ tịch Hồ Chí Minh tại Kim
        // Liên", "... Mù Cả tại xã Mù Cả"): "tại X" only names a work that has no name of its own.
        break;
      }
      // Another work noun inside the phrase is read whole ("... T2 cảng hàng không quốc tế Nội Bài").
      const inner = t.case === 'lower' ? heads.matchAt(w.keys, j) : 0;
      if (inner > 0 && GENERIC.has(headKey)) nestedWork = true;
      const numberNext = j + inner;
      if (inner > 1 && shortNumberAt(w, numberNext, 3, true)) {
        name = numberedWork(w, j, inner);
        break;
      }
      if (inner > 1) {
        j += inner;
        scanned += inner;
        continue;
      }
      // "đường trục phía Nam nối ...": a side is part of the phrase (the place after it names the work).
      if (w.keys[j] === 'phía' && SIDES.has(w.keys[j + 1] ?? '') && adjacent(w, j + 1)) {
        j += 2;
        scanned += 2;
        continue;
      }
      // A clause word ("thì", "của", "được" ...) ends the phrase before any name.
      // "có" is a verb ("Nhà ga có lối vào ..."), except in "người có công" (people of merit).
      if (CLAUSE_WORDS.has(w.keys[j] ?? '') && !(w.keys[j] === 'có' && w.keys[j - 1] === 'người')) break;
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
      // "Nghĩa trang A1": a short code is only a name with its head; a road code ("ĐT.830E") is one.
      wholeName = !textOf(w, coded[0], coded[1]).includes('.');
    }
    // "đường Vành đai 3": a road head with a capitalised word in it is named from that word, like
    // "dự án đường Vành đai 3".
    if (found && wholeName && found[0] === i && ROADS.has(w.keys[i] ?? '') && w.tokens[i]?.case === 'lower') {
      let from = i + 1;
      while (from < i + len && !isCapitalised(w.tokens[from])) from++;
      if (from < i + len) {
        found = [from, found[1]];
        wholeName = false;
      }
    }
    if (!found) continue;
    // A single letter is a class or a grade ("hạng A", "tòa nhà A"), not a name.
    if (!wholeName && found[1] - found[0] === 1 && /^\p{Lu}$/u.test(textOf(w, found[0], found[1]))) continue;
    // An acronym after a lower-case head ("đường dẫn của từng DVC") is not a work's name.
    const allUpper = w.tokens.slice(found[0], found[1]).every((t) => t.case === 'upper' || t.kind !== 'word');
    // ... nor is a heading in capitals ("DỰ ÁN QUAN TRỌNG QUỐC GIA").
    // In a headline in capitals, a name the place tables know is still a name ("THÔNG XE CẦU VĨNH
    // TUY"), written in normal case.
    let knownCapsName = false;
    if (allUpper && w.tokens[i]?.case === 'upper') {
      // The longest known name at the start of the run: "VĨNH TUY GIAI ĐOẠN 2" -> Vĩnh Tuy.
      const end = capsNameEnd(w, found[0], found[1]);
      if (end > 0) {
        found = [found[0], end];
        knownCapsName = true;
      }
    }
    // "các khu công nghiệp VSIP II, ...": an acronym with a Roman numeral after a lower-case head is a name.
    const romanNamed = w.tokens[i]?.case === 'lower' && found[1] - found[0] === 2 && w.tokens[found[1] - 1]?.kind === 'roman';
    if (allUpper && !knownCapsName && !romanNamed && !CODE_NAME.test(textOf(w, found[0], found[1])) && (w.tokens[i]?.case !== 'upper' || found[1] - found[0] > 1)) continue;
    if (ROADS.has(headKey) && inAddress(w, i, found[1])) continue;
    if (INSTITUTIONS.has(headKey) && institutionActs(w, found[1])) continue;
    // A road or a canal is a work when the sentence builds or repairs it; otherwise it only says
    // where something happens ("chỉnh trang đô thị trên đường Trần Phú", "dọc kênh Xà No").
    if (ROUTES.has(headKey) && !constructionBefore(w, i) && !constructionAfter(w, found[1])) {
      consumed = found[1]; // a location: what is inside its name ("Pháp Vân - Cầu Giẽ") is not a work
      continue;
    }
    // "LNG Cà Ná", "THCS Sen Thượng": an acronym for the work's type before its Vietnamese name.
    const named = withoutTypeAcronym(w, found[0], found[1]);
    if (named > found[0]) found = [named, found[1]]; // a new pair only then: \`found === name\` is asked below
    // "nối TP Hạ Long với TP Cẩm Phả": the name without the abbreviated unit before it.
    if (found[1] - found[0] > 1 && UNIT_ABBREVIATIONS.has(w.keys[found[0]] ?? '') && w.tokens[found[0]]?.case === 'upper' && w.keys[found[0] + 1] !== '.') found = [found[0] + 1, found[1]];
    // "các cầu vượt sông Hồng gồm: cầu Tứ Liên, ...": a group that introduces a list is not a work.
    if (pluralAt(w, i - 1) && LIST_OPENERS.has(w.keys[found[1]] ?? '')) {
      consumed = found[1];
      continue;
    }
    const span = spanOf(w, i, found[1]);
    const kind = kindOf(textOf(w, i, i + len));
    out.push({
      value: knownCapsName
        ? { name: nameCase(textOf(w, found[0], found[1])), text: `${textOf(w, i, found[0]).toLowerCase()} ${nameCase(textOf(w, found[0], found[1]))}`, kind }
        : { name: textOf(w, wholeName ? i : found[0], found[1]), text: textOf(w, i, found[1]), kind },
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
        out.push({ value: { name: textOf(w, from, to), text: textOf(w, from, to), kind }, span: spanOf(w, from, to) });
        consumed = to;
      }
    }
    if (pluralAt(w, i - 1) || (placeList && found === name)) {
      const more = listContinuation(w, heads, found[1], placeList && !pluralAt(w, i - 1));
      for (const [from, to] of more) out.push({ value: { name: textOf(w, from, to), text: textOf(w, from, to), kind }, span: spanOf(w, from, to) });
      if (more.length) consumed = (more[more.length - 1] as [number, number])[1];
    }
    i = Math.max(found[1], consumed) - 1;
  }
  return distinct([...out, ...listedProjects(w, heads, out)].sort((a, b) => a.span.start - b.span.start));
}

/**
 * The name of a numbered work whose head of `inner` words starts at j inside the phrase ("dự án
 * đường tỉnh 934B", "đường Vành đai 3"): from its first capitalised word ("Vành đai 3"), or the
 * section after it when a route names that ("đường Vành đai 1 đoạn Hoàng Cầu - Voi Phục").
 */
function numberedWork(w: ReturnType<typeof words>, j: number, inner: number): [number, number] {
  let from = j;
  while (from < j + inner && !isCapitalised(w.tokens[from])) from++;
  const name: [number, number] = [from < j + inner ? from : j, extendName(w, j + inner + 1)];
  return sectionAfter(w, name[1]) ?? name;
}

/** "… đoạn Hoàng Cầu - Voi Phục" right at `j`: the section's route (a dashed name), or null ("đoạn qua xã …" is not one). */
function sectionAfter(w: ReturnType<typeof words>, j: number): [number, number] | null {
  if (w.keys[j] !== 'đoạn' || !adjacent(w, j + 1) || !isCapitalised(w.tokens[j + 1])) return null;
  const end = extendName(w, nameRun(w, j + 1, 5));
  return end > j + 1 && DASH_IN.test(textOf(w, j + 1, end)) ? [j + 1, end] : null;
}

/**
 * people[]: personal names, only where the text says a person is meant:
 *
 * - after a cue: "đồng chí Lê Ngọc Hoa", "Bà Huỳnh Thị Mỹ Hằng", "Đ/c PCTr Mai Sơn" (title null,
 *   or the post written after the name: "đồng chí Lê Ngọc Hoa, Ủy viên Ban Thường vụ Huyện ủy");
 * - after a post, with its body if any: "Phó Thủ tướng Chính phủ Hồ Đức Phớc", "Chủ tịch UBND
 *   tỉnh Lê Trí Thanh", "PCT. Nguyễn Thành Hưng", "Thượng tướng Võ Minh Lương"; in a signature
 *   block, a post in capitals takes the rest of its line and the name may stand on a later line
 *   ("TRƯỞNG BAN NGHIỆP VỤ THUẾ" / "Nguyễn Thị Thu");
 * - before ", <post>": "Lê Ngọc Hoa, Phó Chủ tịch UBND huyện".
 *
 * A name is 2 to 5 capitalised words (all in title case, or all in capitals) whose first is a
 * family name (surnames.tsv), outside any organisation's name, not a province's or a district's
 * name ("Đoàn Đại biểu Quốc hội Hà Nội"), and never right after a place unit or a work noun
 * ("đường Nguyễn Huệ", "Quảng trường Lương Văn Nắm"). The title is kept as written, in normal
 * case when written in capitals.
 */
import { keySet, phrases } from '../lexicon/index.js';
import type { Located, PersonValue, Token } from '../types.js';
import { isSurname } from '../sections/person.js';
import type { ExtractInput } from './context.js';
import { nameCase, normalCase } from './casing.js';
import { headAt, mentionsOf, titleAt, type OrganizationMention } from './organizations.js';
import { adjacent, commonCapitalised, isCapitalised, placeUnits, spanOf, textOf, type Words } from './words.js';

const MAX_NAME = 5;
/** Lines a signature block may leave between the post and the name. */
const MAX_SIGNATURE_GAP = 8;
const BEFORE_NAME = new Set([',', ';', ':', '(', '-', '–', '+', '*', '|', 'và']);
/** What separates a name from the post written after it. */
const SEPARATORS = new Set([',', '-', '–']);

let stops: Set<string> | undefined;

/** Function words that end a name written in capitals ("LÊ THÀNH LONG TẠI BUỔI LÀM VIỆC"). */
function isStopword(key: string): boolean {
  stops ??= new Set([...keySet('name-stopwords.tsv'), ...keySet('organization-stops.tsv')]);
  return stops.has(key);
}

/** A post at token i: titles.tsv, person-titles.tsv, or a rank. */
function postAt(w: Words, i: number): number {
  if (!isCapitalised(w.tokens[i])) return 0;
  return Math.max(titleAt(w, i)?.len ?? 0, phrases('ranks.tsv').matchAt(w.keys, i));
}

/** An abbreviated post after a cue: "CTr", "PCTr" (capitals inside a short word). */
function abbreviationAt(w: Words, i: number): boolean {
  const t = w.tokens[i];
  if (!t || t.kind !== 'word' || (t.case !== 'mixed' && t.case !== 'upper') || t.end - t.start > 6) return false;
  return !isSurname(w.text.slice(t.start, t.end));
}

/** Whether a place unit or a work noun ends right before token i ("đường Nguyễn Huệ"). */
function afterPlaceWord(w: Words, i: number): boolean {
  if (i === 0 || !adjacent(w, i)) return false;
  for (let len = 1; len <= 3 && len <= i; len++) {
    if (placeUnits().matchAt(w.keys, i - len) === len || phrases('work-nouns.tsv').matchAt(w.keys, i - len) === len) return true;
  }
  return false;
}

function sameCase(first: Token, t: Token): boolean {
  if (first.case === 'upper') return t.case === 'upper';
  return t.case === 'title';
}

export function extractPeople(input: ExtractInput): Located<PersonValue>[] {
  const { w, mentions } = mentionsOf(input);
  const n = w.tokens.length;
  /** For each token inside an organisation's name, the end of that name (0 outside). */
  const orgEnd = new Uint32Array(n);
  const orgFrom = new Map<number, OrganizationMention>();
  for (const m of mentions) {
    orgFrom.set(m.from, m);
    for (let k = m.from; k < m.to; k++) orgEnd[k] = m.to;
  }
  const inOrg = (k: number): boolean => (orgEnd[k] ?? 0) > 0;

  /** The end of a personal name starting at token s, or s; `lines`: its words may stand on two lines. */
  const nameAt = (s: number, lines = false): number => {
    const first = w.tokens[s];
    if (!first || first.kind !== 'word' || !isCapitalised(first) || inOrg(s) || !isSurname(w.text.slice(first.start, first.end))) return s;
    let e = s + 1;
    let words = 1;
    while (e < n && words < MAX_NAME) {
      let k = e;
      if (!adjacent(w, k)) {
        if (!lines || w.tokens[k]?.kind !== 'newline') break;
        k++;
      }
      const t = w.tokens[k] as Token | undefined;
      if (!t || t.kind !== 'word' || inOrg(k) || !sameCase(first, t)) break;
      if (first.case === 'upper' && isStopword(w.keys[k] as string)) break;
      // A body, a post or a capitalised phrase ("Nghị quyết") ends it; a word like "Năm" does not.
      if (headAt(w, k) || postAt(w, k) || commonCapitalised().matchAt(w.keys, k) > 1) break;
      e = k + 1;
      words++;
    }
    if (words < 2) return s;
    // A name in capitals ends its line, or stands before punctuation or, three words long at least,
    // before a function word ("LÊ THÀNH LONG TẠI BUỔI LÀM VIỆC"); "QUẢN LÝ VỀ HQ" is not one.
    const after = w.tokens[e];
    const ends = !after || after.kind === 'newline' || (after.kind === 'punct' && adjacent(w, e));
    if (first.case === 'upper' && !ends && !(words >= 3 && isStopword(w.keys[e] as string))) return s;
    return e;
  };

  /** Extends a post over further posts and the bodies it names: "Phó TTg | Thường trực | Chính phủ". */
  const withBodies = (t: number): number => {
    let end = t;
    if ((orgEnd[end - 1] ?? 0) > end) end = orgEnd[end - 1] as number;
    for (let guard = 0; guard < 6 && adjacent(w, end); guard++) {
      const m = orgFrom.get(end);
      const post = m ? 0 : postAt(w, end);
      if (m) end = m.to;
      else if (post) end += post;
      else break;
    }
    return end;
  };

  /** The post written after a name: ", Ủy viên Ban Thường vụ Huyện ủy, Phó Chủ tịch UBND huyện", " - Bí thư Huyện ủy". */
  const postAfter = (e: number): string | null => {
    let end = e;
    let k = e;
    while (SEPARATORS.has(w.keys[k] as string) && adjacent(w, k + 1)) {
      const post = titleAt(w, k + 1, true)?.len ?? 0;
      if (!post) break;
      end = withBodies(k + 1 + post);
      k = end;
    }
    return end > e + 1 ? normalCase(textOf(w, e + 1, end)) : null;
  };

  const out: Located<PersonValue>[] = [];
  const seen = new Set<number>();
  const add = (s: number, e: number, title: string | null) => {
    if (seen.has(s)) return;
    seen.add(s);
    out.push({ value: { name: nameCase(textOf(w, s, e)), title }, span: spanOf(w, s, e) });
  };

  const cues = phrases('person-cues.tsv');
  for (let i = 0; i < n; i++) {
    const t = w.tokens[i] as Token;
    if (t.kind !== 'word') continue;
    // A post and a name are capitalised: a word in lower case can only start a cue ("ông", "đồng chí").
    if (!isCapitalised(t) && !cues.startsWith(w.keys[i] as string)) continue;
    // A post, its body, then the name. A post inside a body's name is not one ("Đoàn Đại biểu Quốc hội").
    const post = inOrg(i) && !orgFrom.has(i) ? 0 : postAt(w, i);
    if (post) {
      let end = withBodies(i + post);
      const signature = t.case === 'upper';
      // A signature block: the post's line goes on with its body ("TRƯỞNG BAN NGHIỆP VỤ THUẾ").
      if (signature) {
        while (end < n && adjacent(w, end) && w.tokens[end]?.case === 'upper' && nameAt(end) === end && !postAt(w, end)) end++;
      }
      let s = end;
      if (w.keys[s] === '.' && adjacent(w, s)) s++; // "PCT. Nguyễn Thành Hưng"
      if (signature) while (s < n && s - end < MAX_SIGNATURE_GAP && w.tokens[s]?.kind === 'newline') s++;
      if (s > end || adjacent(w, s)) {
        const e = nameAt(s, signature);
        if (e > s) {
          add(s, e, normalCase(textOf(w, i, end)));
          i = e - 1;
        }
      }
      continue;
    }
    // A cue: "đồng chí", "ông", "bà", "Đ/c" (and an abbreviated post: "Đ/c PCTr Mai Sơn").
    const cue = cues.matchAt(w.keys, i);
    if (cue && !afterPlaceWord(w, i)) {
      let s = i + cue;
      let title: string | null = null;
      if (adjacent(w, s) && abbreviationAt(w, s)) {
        title = textOf(w, s, s + 1);
        s++;
      }
      const e = adjacent(w, s) ? nameAt(s) : s;
      if (e > s) {
        add(s, e, title ?? postAfter(e));
        i = e - 1;
      }
      continue;
    }
    // A name followed by its post: "Lê Ngọc Hoa, Phó Chủ tịch UBND huyện".
    const prev = w.tokens[i - 1];
    const start = !prev || prev.kind === 'newline' || BEFORE_NAME.has(w.keys[i - 1] as string);
    if (start && !afterPlaceWord(w, i)) {
      const e = nameAt(i);
      const title = e > i ? postAfter(e) : null;
      if (title) {
        add(i, e, title);
        i = e - 1;
      }
    }
  }
  return out;
}

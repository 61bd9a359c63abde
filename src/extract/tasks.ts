/**
 * tasks[]: directives, each its own task, with who must act and by when.
 *
 * Where: a news write-up's directives follow the sentence that asks for them ("Ban Thường vụ
 * Huyện ủy yêu cầu <addressees> tập trung thực hiện một số nhiệm vụ sau:"); an official
 * document's are in its body. Outside these zones nothing is a task.
 *
 * What: a clause (a sentence, or a part after ";") that opens with a directive verb (tăng cường,
 * tập trung, rà soát ...) or whose subject names an actor (Ủy ban nhân dân huyện, Các cơ quan
 * ...) followed by a directive verb or "có trách nhiệm". A clause opening with "Nhằm"/"Để" is a
 * task only when a directive verb follows its purpose. Context sentences ("Năm 2023, là năm thứ
 * ba ...") are not tasks.
 *
 * Who: the clause's own subject; else the subject of the previous task in the same paragraph;
 * else the addressees of the request.
 */
import { alternation, phrases, table } from '../lexicon/index.js';
import { CASE_LIMIT, cases, foldKey } from '../normalize/fold.js';
import type { Located, Section, Span, TaskValue } from '../types.js';
import type { ExtractInput } from './context.js';
import { findDeadline } from './deadlines.js';

// A request names its addressees: "yêu cầu"/"đề nghị" first, "giao"/"chỉ đạo" otherwise.
const TRIGGERS = [/(?:yêu cầu|đề nghị)\s+/gu, /(?:giao cho|giao|chỉ đạo)\s+/gu];

/** The last request word in an introduction, preferring the stronger ones. */
function lastTrigger(intro: string): { index: number; 0: string } | null {
  for (const re of TRIGGERS) {
    let last: RegExpExecArray | null = null;
    re.lastIndex = 0;
    for (let m = re.exec(intro); m !== null; m = re.exec(intro)) last = m;
    if (last) return last;
  }
  return null;
}
const WORD = /[\p{L}\p{M}]+|\d+|[^\s\p{L}\p{M}\d]/gu;
const PURPOSE = /^(?:nhằm|để)(?!\p{L})/u;
const MAX_SUBJECT_WORDS = 14;
const MAX_LISTED_SUBJECT_WORDS = 40;

interface Unit {
  span: Span;
  paragraph: number;
}

/** A clause's words and where each starts in it (two arrays: no object per word). */
interface ClauseWords {
  word: string[];
  start: number[];
}

const startOf = (list: ClauseWords, i: number): number => list.start[i] as number;
const UPPER_START = /^\p{Lu}/u;

/**
 * The words of a folded clause, as `WORD` splits it (runs of letters and marks, runs of digits, any
 * other character but white space alone), by one pass over the code units with the case table;
 * the regex only for the rare characters beyond the table. At most `limit` words: the rules look
 * only at a clause's first words.
 */
function wordsOf(key: string, limit = Infinity): ClauseWords {
  const out: ClauseWords = { word: [], start: [] };
  const push = (word: string, start: number) => {
    out.word.push(word);
    out.start.push(start);
  };
  const table = cases();
  const n = key.length;
  const kindAt = (i: number): number => {
    const c = key.charCodeAt(i);
    if (c >= 48 && c <= 57) return 2; // digit
    if (c === 32 || c === 10 || c === 9 || c === 13) return 0; // space
    if (c < CASE_LIMIT) return (table[c] as number) !== 0 ? 1 : c === 0xa0 || (c >= 0x2000 && c <= 0x200a) ? 0 : 3;
    return -1; // beyond the table
  };
  let i = 0;
  while (i < n && out.word.length < limit) {
    const k = kindAt(i);
    if (k === -1) {
      WORD.lastIndex = i;
      const m = WORD.exec(key);
      if (!m) break;
      push(m[0], m.index);
      i = m.index + m[0].length;
      continue;
    }
    if (k === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    if (k === 1 || k === 2) while (j < n && kindAt(j) === k) j++;
    push(key.slice(i, j), i);
    i = j;
  }
  return out;
}

/**
 * The first directive verb in a folded clause, as a word index, or -1. With the clause as written,
 * a verb inside a name ("Sở Xây dựng", "Sở Tổ chức") is not one, nor is a verb used as a noun after
 * a quantifier ("các tổ chức", "những đánh giá").
 */
function firstVerb(list: ClauseWords, from = 0, window = MAX_SUBJECT_WORDS, written?: string): number {
  const verbs = phrases('task-verbs.tsv');
  const keys = list.word;
  for (let i = from; i < keys.length && i < from + window + 1; i++) {
    if (!verbs.matchAt(keys, i)) continue;
    if (i > 0 && NOUN_BEFORE.has(keys[i - 1] as string)) continue;
    if (i > 0 && written && UPPER_START.test(written.slice(startOf(list, i), startOf(list, i) + 2))) continue;
    return i;
  }
  return -1;
}

let enactingPattern: RegExp | undefined;
function enacting(): RegExp {
  enactingPattern ??= new RegExp(
    `^ban hành\\s+(?:${alternation(table('doc-types.tsv'))})(?!\\p{L})`,
    'u',
  );
  return enactingPattern;
}

const NOUN_BEFORE = new Set(['các', 'những', 'mọi', 'từng', 'của', 'cho', 'việc', 'công tác', 'sự']);

function isActor(folded: string): boolean {
  const heads = phrases('actor-heads.tsv');
  const list = wordsOf(folded, heads.longest).word;
  return heads.matchAt(list, 0) > 0;
}

/**
 * "A; B và C" -> [A, B, C], each trimmed of list punctuation. A comma or "và" separates actors
 * only before another actor ("Chánh Văn phòng UBND tỉnh, Giám đốc Sở ..."), so a name with a
 * comma inside ("Bộ Văn hóa, Thể thao và Du lịch") stays whole.
 */
function splitActors(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  const cut = (at: number, width: number) => {
    out.push(text.slice(from, at));
    from = at + width;
  };
  const SEP = /;|,\s*|\s+và\s+/gu;
  for (let m = SEP.exec(text); m !== null; m = SEP.exec(text)) {
    if (m[0] === ';') cut(m.index, 1);
    else if (isActor(foldKey(text.slice(m.index + m[0].length, m.index + m[0].length + 60)))) cut(m.index, m[0].length);
  }
  out.push(text.slice(from));
  return out.map((s) => s.replace(/^[\s,]+|[\s,.;:]+$/gu, '')).filter((s) => s.length > 0);
}

const REQUEST = /^(?:giao cho|giao|đề nghị|yêu cầu)\s+/u;
const RESPONSIBLE = /(?:chịu|có) trách nhiệm(?!\p{L})/u;
const MAX_LIST_SUBJECT_WORDS = 90;

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,;:.]/u.test(text[start] as string)) start++;
  while (end > start && /[\s,;.…]/u.test(text[end - 1] as string)) end--;
  // The closing mark of an official text: "./."
  if (text.slice(end - 2, end) === './') end -= 2;
  return { start, end };
}

/** The sections that hold sentences, in document order (into `out`: no spread of long arrays). */
function paragraphsOf(sections: Section[], out: Section[] = []): Section[] {
  for (const s of sections) {
    if (s.kind === 'lead' || s.kind === 'paragraph' || s.kind === 'article' || s.kind === 'clause' || s.kind === 'point' || s.kind === 'item') {
      if (s.children.some((c) => c.kind === 'sentence')) out.push(s);
    }
    paragraphsOf(s.children, out);
  }
  return out;
}

export function extractTasks(input: ExtractInput): Located<TaskValue>[] {
  const { key, text } = input.normalized;
  const official = input.sections.kind === 'official';
  const paragraphs = paragraphsOf(input.sections.root.children.filter((c) => c.kind !== 'preamble' && c.kind !== 'header'));

  // The zone: for news, after the request that introduces the directives.
  let zoneStart = official ? 0 : -1;
  let addressees: string[] = [];
  if (!official) {
    // The first sentence that makes a request and ends its introduction with a colon.
    for (const sentence of input.sections.sentences) {
      const k = key.slice(sentence.span.start, sentence.span.end);
      const colon = k.search(/:(?!\d)/u);
      if (colon < 0) continue;
      const trigger = lastTrigger(k.slice(0, colon));
      if (!trigger) continue;
      zoneStart = sentence.span.start + colon + 1;
      // The list of addressees ends at the first directive verb after its last ";" (a verb
      // before it, as in "lãnh đạo Ủy ban nhân dân huyện", is a noun there).
      const from = sentence.span.start + trigger.index + trigger[0].length;
      const segment = key.slice(from, zoneStart - 1);
      const lastSemicolon = segment.lastIndexOf(';') + 1;
      const list = wordsOf(segment.slice(lastSemicolon));
      const v = firstVerb(list, 1, 60, text.slice(from + lastSemicolon, zoneStart - 1));
      const until = v > 0 ? from + lastSemicolon + startOf(list, v) : zoneStart - 1;
      addressees = splitActors(text.slice(from, until));
      break;
    }
    if (zoneStart < 0) return [];
  }

  // Units: sentences (or their part after the zone's colon), split at ";" before a directive.
  const units: Unit[] = [];
  paragraphs.forEach((p, index) => {
    for (const s of p.children) {
      if (s.kind !== 'sentence' || s.span.end <= zoneStart) continue;
      const start = Math.max(s.span.start, zoneStart);
      let from = start;
      for (let k = text.indexOf(';', start); k >= 0 && k < s.span.end; k = text.indexOf(';', k + 1)) {
        const rest = wordsOf(key.slice(k + 1, s.span.end), MAX_SUBJECT_WORDS + 2);
        if (firstVerb(rest, 0, MAX_SUBJECT_WORDS, text.slice(k + 1, s.span.end)) === 0) {
          units.push({ span: trim(text, { start: from, end: k }), paragraph: index });
          from = k + 1;
        }
      }
      units.push({ span: trim(text, { start: from, end: s.span.end }), paragraph: index });
    }
  });

  const out: Located<TaskValue>[] = [];
  // The words `firstVerb` reads for a subject's verb, and the three after it.
  const firstWords = MAX_SUBJECT_WORDS + 1 + Math.max(phrases('task-verbs.tsv').longest, 3);
  let lastActors: string[] | null = null;
  let lastParagraph = -1;
  for (const unit of units) {
    if (unit.span.start >= unit.span.end) continue;
    if (unit.paragraph !== lastParagraph) {
      lastActors = null;
      lastParagraph = unit.paragraph;
    }
    const folded = key.slice(unit.span.start, unit.span.end);
    // The rules below look at most MAX_LIST_SUBJECT_WORDS words in, and need to know that three
    // more follow the verb. Most clauses are decided by their first words, so those are read
    // first, and the rest only when a rule looks further (`allWords`).
    let list = wordsOf(folded, firstWords);
    let complete = list.word.length < firstWords;
    const allWords = (): ClauseWords => {
      if (!complete) {
        list = wordsOf(folded, MAX_LIST_SUBJECT_WORDS + 4);
        complete = true;
      }
      return list;
    };
    const written = text.slice(unit.span.start, unit.span.end);
    let verb = firstVerb(list, 0, MAX_SUBJECT_WORDS, written);
    // "Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng chỉ đạo ...": a
    // subject that lists its members after a colon is longer.
    if (verb < 0) {
      const colon = list.word.indexOf(':');
      if (colon >= 0 && colon < MAX_SUBJECT_WORDS) verb = firstVerb(allWords(), 0, MAX_LISTED_SUBJECT_WORDS, written);
    }
    // "Chánh Văn phòng ..., Giám đốc Sở ... và các tổ chức, cá nhân có liên quan chịu trách
    // nhiệm thi hành": a list of actors can be longer than a subject usually is.
    if (verb < 0 || (verb > 0 && !isActor(key.slice(unit.span.start, unit.span.start + startOf(list, verb))))) {
      const r = RESPONSIBLE.exec(folded);
      if (r && isActor(folded)) {
        const at = allWords().start.indexOf(r.index);
        if (at > 0 && at <= MAX_LIST_SUBJECT_WORDS) verb = at;
      }
    }
    if (verb < 0) continue;
    let actors: string[] | null = null;
    // "Giao Ban Thường vụ Huyện ủy chỉ đạo ...", "Đề nghị Sở Y tế phối hợp ...": the actor is the
    // object of the request word, before the next directive verb.
    const request = verb === 0 ? REQUEST.exec(folded) : null;
    if (request) {
      allWords();
      let after = 0;
      while (after < list.start.length && startOf(list, after) < request[0].length) after++;
      if (after === list.start.length) after = -1;
      const next = after > 0 ? firstVerb(list, after + 1, MAX_SUBJECT_WORDS, written) : -1;
      if (next > after) {
        const from = unit.span.start + startOf(list, after);
        const to = unit.span.start + startOf(list, next);
        if (isActor(key.slice(from, to))) actors = splitActors(text.slice(from, to));
      }
    }
    if (verb > 0 && !actors) {
      const subjectEnd = unit.span.start + startOf(list, verb);
      const subjectKey = key.slice(unit.span.start, subjectEnd);
      if (PURPOSE.test(subjectKey)) {
        if (!/,\s*$/u.test(subjectKey)) continue; // "Nhằm ... " without a directive after it
      } else if (isActor(subjectKey)) {
        actors = splitActors(text.slice(unit.span.start, subjectEnd));
      } else continue;
    }
    // A verb with nothing after it is a table heading ("Cơ quan thực hiện"), not a directive; the
    // enacting formula ("Bộ trưởng Bộ Y tế ban hành Thông tư ...") is not one either.
    if (verb > 0 && list.word.length - verb < 3) continue;
    if (official && enacting().test(folded.slice(startOf(list, verb)))) continue;
    if (actors) lastActors = actors;
    else if (official && !lastActors) continue; // official bodies: only tasks with a named actor
    const deadline = findDeadline(folded);
    out.push({
      value: {
        text: text.slice(unit.span.start, unit.span.end).replace(/\s+/gu, ' '),
        actors: [...(actors ?? lastActors ?? addressees)],
        deadline: deadline?.iso ?? null,
        deadlineText: deadline ? text.slice(unit.span.start + deadline.start, unit.span.start + deadline.end) : null,
      },
      span: unit.span,
    });
  }
  if (official) deadlinesFromArticle(input, out);
  return out;
}

function articles(sections: Section[], out: Section[] = []): Section[] {
  for (const s of sections) {
    if (s.kind === 'article') out.push(s);
    else articles(s.children, out);
  }
  return out;
}

/**
 * In an official text a task's deadline may close its article in a later sentence that has no
 * actor of its own ("Điều 2. Sở Công Thương có trách nhiệm ... Trường hợp ... thì ..., hoàn
 * thành trước ngày 18/11/2025."): when the article holds exactly one task, that deadline is its.
 */
function deadlinesFromArticle(input: ExtractInput, tasks: Located<TaskValue>[]): void {
  const { key, text } = input.normalized;
  for (const article of articles(input.sections.root.children)) {
    const inside = tasks.filter((t) => t.span.start >= article.span.start && t.span.end <= article.span.end);
    if (inside.length !== 1) continue;
    const task = inside[0] as Located<TaskValue>;
    if (task.value.deadline) continue;
    const from = task.span.end;
    const found = findDeadline(key.slice(from, article.span.end));
    if (!found) continue;
    task.value.deadline = found.iso;
    task.value.deadlineText = text.slice(from + found.start, from + found.end);
  }
}

/**
 * Sentence splitting inside a paragraph. A sentence ends at `.`, `!`, `?`, `…` or `...` followed by
 * an upper-case letter, a digit or a quote (after optional spaces: news copy writes "tài sản...Một"),
 * or at the end of the span. A dot after a known abbreviation (TP., KT., ThS.) or inside a number
 * does not end a sentence.
 */
import { table } from '../lexicon/index.js';
import { CASE_LIMIT, cases } from '../normalize/fold.js';
import type { Section, Span } from '../types.js';

const BOUNDARY = /(?:\.{3}|[.!?…])(?=[ \t]*["“”'(]?[\p{Lu}\d])/gu;
const LETTER_OR_DOT = /[\p{L}.]/u;
let abbreviations: Set<string> | undefined;

function isAbbreviation(text: string, dot: number): boolean {
  abbreviations ??= new Set(table('sentence-abbreviations.tsv').map((row) => row[0] as string));
  const letters = cases();
  let s = dot;
  for (; s > 0; s--) {
    const c = text.charCodeAt(s - 1);
    // A letter or a dot (the case table for most letters, the regex beyond it).
    const part = c === 46 || (c < CASE_LIMIT ? letters[c] === 1 || letters[c] === 2 : LETTER_OR_DOT.test(text[s - 1] as string));
    if (!part) break;
  }
  const word = text.slice(s, dot);
  if (abbreviations.has(word)) return true;
  // A single capital letter (an initial) or "V/v"-like fragments.
  return /^\p{Lu}$/u.test(word);
}

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/u.test(text[start] as string)) start++;
  while (end > start && /\s/u.test(text[end - 1] as string)) end--;
  return start < end ? { start, end } : null;
}

export function splitSentences(text: string, span: Span): Section[] {
  const out: Section[] = [];
  const part = text.slice(span.start, span.end);
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(part); m !== null; m = BOUNDARY.exec(part)) {
    const dot = m.index;
    if (m[0] === '.' && (isAbbreviation(part, dot) || /\d/u.test(part[dot - 1] ?? '') && /\d/u.test(part[dot + 1] ?? ''))) continue;
    const s = trimSpan(text, span.start + from, span.start + dot + m[0].length);
    if (s) out.push({ kind: 'sentence', span: s, children: [] });
    from = dot + m[0].length;
  }
  const last = trimSpan(text, span.start + from, span.end);
  if (last) out.push({ kind: 'sentence', span: last, children: [] });
  return out;
}

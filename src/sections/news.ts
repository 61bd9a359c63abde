/**
 * The layout of a news write-up: a title line, a lead paragraph, then paragraphs of sentences.
 * An enumeration is what follows a colon that introduces a list ("một số nhiệm vụ sau:",
 * "như:", "gồm:"): up to the end of the paragraph for "sau:" and "sau đây:", otherwise up to the
 * end of the sentence; its items are separated by ";" or by sentence ends.
 */
import type { Line, Section, Span } from '../types.js';
import { isBlank } from './lines.js';
import { splitSentences } from './sentences.js';

const TITLE_MAX = 300;
const INTRO_TO_PARAGRAPH_END = /(?:sau|sau đây|như sau|dưới đây)\s*$/u;
const COLON = /:(?!\d)/gu;

function section(kind: Section['kind'], span: Span, children: Section[] = []): Section {
  return { kind, span: { ...span }, children };
}

function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && /[\s;,.]/u.test(text[start] as string)) start++;
  while (end > start && /[\s;]/u.test(text[end - 1] as string)) end--;
  return start < end ? { start, end } : null;
}

function enumerations(text: string, key: string, paragraph: Section): Section[] {
  const out: Section[] = [];
  const { start, end } = paragraph.span;
  const part = text.slice(start, end);
  COLON.lastIndex = 0;
  for (let m = COLON.exec(part); m !== null; m = COLON.exec(part)) {
    const colon = start + m.index;
    const intro = key.slice(start, colon);
    const sentence = paragraph.children.find((s) => s.span.start <= colon && colon < s.span.end);
    const stop = INTRO_TO_PARAGRAPH_END.test(intro) ? end : (sentence?.span.end ?? end);
    const items: Section[] = [];
    // Items: split at ";" and at sentence ends between the colon and `stop`.
    const cuts = [colon + 1];
    for (let p = colon + 1; p < stop; p++) if (text[p] === ';') cuts.push(p + 1);
    for (const s of paragraph.children) if (s.span.end > colon + 1 && s.span.end < stop) cuts.push(s.span.end);
    cuts.push(stop);
    cuts.sort((a, b) => a - b);
    for (let c = 0; c + 1 < cuts.length; c++) {
      const span = trimmed(text, cuts[c] as number, cuts[c + 1] as number);
      if (span) items.push(section('item', span));
    }
    if (items.length >= 1 && stop - colon > 3) out.push(section('enumeration', { start: colon + 1, end: stop }, items));
    COLON.lastIndex = stop - start;
  }
  return out;
}

export function buildNews(text: string, key: string, lines: Line[]): { root: Section; sentences: Section[] } {
  const root = section('root', { start: 0, end: text.length });
  const sentences: Section[] = [];
  const paragraphs = lines.filter((l) => !isBlank(l));
  paragraphs.forEach((line, index) => {
    const content = line.content;
    const body = text.slice(content.start, content.end);
    if (index === 0 && body.length <= TITLE_MAX && !/[.!?;:]$/u.test(body) && paragraphs.length > 1) {
      root.children.push(section('title', content));
      return;
    }
    const isLead = root.children.length === 1 && root.children[0]?.kind === 'title';
    const p = section(isLead ? 'lead' : 'paragraph', content, splitSentences(text, content));
    sentences.push(...p.children);
    p.children.push(...enumerations(text, key, p));
    root.children.push(p);
  });
  return { root, sentences };
}

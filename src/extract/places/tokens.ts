/** Token tests for the places extractor: word shapes, gaps, segment starts, lower-case run-ons. */
import type { Token } from '../../types.js';
import { adjacent, type Words } from '../words.js';
import { lex } from './lexicon.js';

const SEGMENT_PUNCT = /^[.!?:;…|([\-–+*•“"/]$/u;
export const APOSTROPHE = /^['’]$/u;
/** A number that can be (the end of) a name: "Phường 12", "Đam Rông 1"; not 2025, not 1.000. */
export const SHORT_NUMBER = /^\d{1,3}$/u;
export const PHRASE_END = /^[,;.)]$/u;
export const SPACES = /\s+/gu;

export function gap(w: Words, i: number): string {
  const prev = w.tokens[i - 1];
  const cur = w.tokens[i];
  return prev && cur ? w.text.slice(prev.end, cur.start) : ' ';
}

export const isWord = (t: Token | undefined): t is Token => t?.kind === 'word';
export const isLetter = (t: Token | undefined) => isWord(t) && t.end - t.start === 1;
export const isUpperWord = (t: Token | undefined) => isWord(t) && t.case === 'upper' && t.end - t.start > 1;
export const isLowerWord = (t: Token | undefined) => isWord(t) && t.case === 'lower';
export const capitalised = (t: Token | undefined) => isWord(t) && (t.case === 'title' || t.case === 'upper' || t.case === 'mixed');

/** At the start of a sentence, a line, a table cell, a bracket or a list item. */
export function segmentStart(w: Words, i: number): boolean {
  const prev = w.tokens[i - 1];
  return !prev || prev.kind === 'newline' || (prev.kind === 'punct' && SEGMENT_PUNCT.test(w.keys[i - 1] ?? ''));
}

/** A lower-case word right after token `end - 1` that is not one a place name is followed by. */
export function runsOn(w: Words, end: number): boolean {
  const t = w.tokens[end];
  return isLowerWord(t) && adjacent(w, end) && !lex().followers.has(w.keys[end] ?? '');
}

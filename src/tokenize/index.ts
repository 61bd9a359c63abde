/**
 * Stage 3, tokenize: the normalized text -> tokens with their offsets, in one pass of one sticky
 * regex. Kinds: word (with its case), number, roman, code, date, punct, newline. Spaces are not
 * tokens. Matching code reads token text from `normalized.text`/`key` by offsets; tokens hold no
 * copies of it.
 */
import type { LetterCase, Normalized, Token, TokenKind } from '../types.js';
import { GROUP, TOKEN } from './patterns.js';

export function letterCase(word: string): LetterCase {
  const lower = word.toLowerCase();
  if (word === lower) return 'lower';
  const upper = word.toUpperCase();
  if (word === upper) return word.length === 1 ? 'title' : 'upper';
  const first = word.charAt(0);
  if (first !== first.toLowerCase() && word.slice(1) === lower.slice(1)) return 'title';
  return 'mixed';
}

const KINDS: [number, TokenKind][] = [
  [GROUP.code, 'code'],
  [GROUP.date, 'date'],
  [GROUP.number, 'number'],
  [GROUP.roman, 'roman'],
  [GROUP.word, 'word'],
  [GROUP.newline, 'newline'],
];

export function tokenizeText(text: string): Token[] {
  const tokens: Token[] = [];
  const re = new RegExp(TOKEN); // own lastIndex: safe to run concurrently on other texts
  let pos = 0;
  while (pos < text.length) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (m === null) break; // unreachable: the last alternative matches any character
    const end = pos + m[0].length;
    if (m[GROUP.space] === undefined) {
      let kind: TokenKind = 'punct';
      for (const [group, k] of KINDS) {
        if (m[group] !== undefined) {
          kind = k;
          break;
        }
      }
      const token: Token = { kind, start: pos, end };
      if (kind === 'word' || kind === 'code') token.case = letterCase(m[0]);
      tokens.push(token);
    }
    pos = end;
  }
  return tokens;
}

export function tokenize(normalized: Normalized): Token[] {
  return tokenizeText(normalized.text);
}

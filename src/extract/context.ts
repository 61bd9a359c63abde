/** What every extractor receives, and helpers to quote and locate text. */
import type { Normalized, Sections, Span, Token } from '../types.js';

export interface ExtractInput {
  normalized: Normalized;
  tokens: Token[];
  sections: Sections;
}

export function quote(input: ExtractInput, span: Span): string {
  return input.normalized.text.slice(span.start, span.end).replace(/\s+/gu, ' ').trim();
}

/** Index of the first token that starts at or after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Folded text of each token (its slice of `key`), computed once per input. */
export function tokenKeys(input: ExtractInput): string[] {
  const { key } = input.normalized;
  return input.tokens.map((t) => key.slice(t.start, t.end));
}

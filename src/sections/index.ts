import type { Normalized, Sections, Token } from '../types.js';
export function buildSections(n: Normalized, _t: Token[]): Sections {
  return { kind: 'news', root: { kind: 'root', span: { start: 0, end: n.text.length }, children: [] }, lines: [], sentences: [] };
}

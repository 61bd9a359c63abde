/**
 * Web copy-paste and Markdown noise: `**` bold and `*` italic markers (also inside words), table
 * pipes on lines of their own, and Markdown backslash escapes (`\-`, `\.`). A marker pair that
 * spans a line break marks one phrase broken across lines: those line breaks become spaces.
 * A line holding only `*` (the end of a Party issuer block) is kept.
 */
import type { Edit } from '../edits.js';

const MARKERS = /\*\*|\*|\\[-.*_()[\]#+!`]|^[ \t]*\|[ \t|]*$/gm;
const LETTER = /[\p{L}\p{M}\d]/u;
const BLANK_LINE = /\n[ \t]*\n/;
const MAX_PAIR_SPAN = 800;

function isLoneStarLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) lineEnd = text.length;
  return text.slice(lineStart, lineEnd).trim() === '*';
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\n' || ch === '\t';
}

export function markupNoise(text: string): Edit[] {
  if (!text.includes('*') && !text.includes('|') && !text.includes('\\')) return [];
  const edits: Edit[] = [];
  const bold: number[] = [];
  const italic: number[] = [];
  MARKERS.lastIndex = 0;
  for (let m = MARKERS.exec(text); m !== null; m = MARKERS.exec(text)) {
    const s = m[0];
    const at = m.index;
    if (s === '**') {
      // Between two letters (`ng**ày`) a marker is noise: deleted, never paired.
      if (!(LETTER.test(text[at - 1] ?? '') && LETTER.test(text[at + 2] ?? ''))) bold.push(at);
      edits.push({ start: at, end: at + 2, text: '' });
    } else if (s === '*') {
      if (isLoneStarLine(text, at)) continue;
      // An italic marker touches text on one side; a star between spaces is left alone.
      if (isSpace(text[at - 1]) && isSpace(text[at + 1])) continue;
      italic.push(at);
      edits.push({ start: at, end: at + 1, text: '' });
    } else if (s.startsWith('\\')) {
      edits.push({ start: at, end: at + 1, text: '' });
    } else if (s.length > 0) {
      edits.push({ start: at, end: at + s.length, text: '' }); // a lone pipe line: keep its line break
    }
  }
  for (const markers of [bold, italic]) {
    for (let i = 0; i + 1 < markers.length; i += 2) {
      const open = markers[i] as number;
      const close = markers[i + 1] as number;
      if (close - open > MAX_PAIR_SPAN) continue;
      const inner = text.slice(open, close);
      if (!inner.includes('\n') || BLANK_LINE.test(inner)) continue;
      for (let p = inner.indexOf('\n'); p >= 0; p = inner.indexOf('\n', p + 1)) {
        edits.push({ start: open + p, end: open + p + 1, text: ' ' });
      }
    }
  }
  edits.sort((a, b) => a.start - b.start);
  // A line break inside both a bold and an italic pair is replaced once.
  return edits.filter((e, i) => i === 0 || e.start !== (edits[i - 1] as Edit).start);
}

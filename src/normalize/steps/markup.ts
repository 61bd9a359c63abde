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
const ITEM_START = /^[ \t]*(?:\*{0,2}[-+•–][ \t]|\d+[.)][ \t]|[a-zđ]\)[ \t])/u;

function isLoneStarLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) lineEnd = text.length;
  return text.slice(lineStart, lineEnd).trim() === '*';
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\n' || ch === '\t';
}

interface Pairing {
  open: number; // offset of the pending opener, or -1
  pairs: [number, number][];
}

/**
 * Pairs markers the way CommonMark's flanking rules do, simplified: a marker followed by text can
 * open; one preceded by text can close, and so can one after a space when an opener is pending on
 * the same line (`**Điều 2. **`) or when it ends the line (`DÂN **`). An opener that finds no
 * closer is replaced by the next opener, so one stray marker never shifts every later pair.
 */
function pair(state: Pairing, text: string, at: number, width: number): boolean {
  const before = text[at - 1];
  const after = text[at + width];
  const canOpen = !isSpace(after);
  const sameLine = state.open >= 0 && !text.slice(state.open, at).includes('\n');
  const canClose = state.open >= 0 && (!isSpace(before) || sameLine || after === '\n' || after === undefined);
  if (canClose) {
    state.pairs.push([state.open, at]);
    state.open = -1;
    return true;
  }
  if (canOpen) {
    state.open = at;
    return true;
  }
  return false;
}

export function markupNoise(text: string): Edit[] {
  if (!text.includes('*') && !text.includes('|') && !text.includes('\\')) return [];
  const edits: Edit[] = [];
  const bold: Pairing = { open: -1, pairs: [] };
  const italic: Pairing = { open: -1, pairs: [] };
  MARKERS.lastIndex = 0;
  for (let m = MARKERS.exec(text); m !== null; m = MARKERS.exec(text)) {
    const s = m[0];
    const at = m.index;
    if (s === '**') {
      // Between two letters (`ng**ày`) a marker is noise: deleted, never paired.
      if (!(LETTER.test(text[at - 1] ?? '') && LETTER.test(text[at + 2] ?? ''))) pair(bold, text, at, 2);
      edits.push({ start: at, end: at + 2, text: '' });
    } else if (s === '*') {
      if (isLoneStarLine(text, at)) continue;
      // An italic marker touches text on one side, or closes a pending pair; a star between
      // spaces is otherwise left alone.
      if (pair(italic, text, at, 1) || !(isSpace(text[at - 1]) && isSpace(text[at + 1]))) {
        edits.push({ start: at, end: at + 1, text: '' });
      }
    } else if (s.startsWith('\\')) {
      edits.push({ start: at, end: at + 1, text: '' });
    } else if (s.length > 0) {
      edits.push({ start: at, end: at + s.length, text: '' }); // a lone pipe line: keep its line break
    }
  }
  for (const { pairs } of [bold, italic]) {
    for (const [open, close] of pairs) {
      if (close - open > MAX_PAIR_SPAN) continue;
      const inner = text.slice(open, close);
      if (!inner.includes('\n') || BLANK_LINE.test(inner)) continue;
      for (let p = inner.indexOf('\n'); p >= 0; p = inner.indexOf('\n', p + 1)) {
        // A list item or a numbered line inside the pair (a whole "Nơi nhận" block in italics)
        // keeps its line break.
        if (ITEM_START.test(inner.slice(p + 1, p + 12))) continue;
        edits.push({ start: open + p, end: open + p + 1, text: ' ' });
      }
    }
  }
  edits.sort((a, b) => a.start - b.start);
  // A line break inside both a bold and an italic pair is replaced once.
  return edits.filter((e, i) => i === 0 || e.start !== (edits[i - 1] as Edit).start);
}

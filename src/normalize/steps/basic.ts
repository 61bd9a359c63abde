/** Character-level cleaning steps: line ends, Unicode composition, invisible characters. */
import type { Edit } from '../edits.js';

function replaceAll(text: string, pattern: RegExp, replacement: (match: string) => string): Edit[] {
  const edits: Edit[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const out = replacement(m[0]);
    if (out !== m[0]) edits.push({ start: m.index, end: m.index + m[0].length, text: out });
  }
  return edits;
}

const LINE_END = /\r\n?/g;
/** CRLF and CR become LF. */
export function lineEndings(text: string): Edit[] {
  return text.includes('\r') ? replaceAll(text, LINE_END, () => '\n') : [];
}

const BASE_AND_MARKS = /[^\p{M}]?\p{M}+/gu;
/** NFD (or mixed) input becomes NFC, one character cluster at a time so offsets stay mapped. */
export function composeNfc(text: string): Edit[] {
  if (text.normalize('NFC') === text) return [];
  return replaceAll(text, BASE_AND_MARKS, (cluster) => cluster.normalize('NFC'));
}

// Zero-width characters, soft hyphens and stray BOMs are deleted; other controls too (not TAB/LF).
// Non-breaking and typographic spaces and tabs become a plain space (same length). One pass finds
// both kinds.
const INVISIBLE =
  /[\u200B-\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g;

function isSpaceLike(c: number): boolean {
  return c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

export function invisibles(text: string): Edit[] {
  const edits: Edit[] = [];
  INVISIBLE.lastIndex = 0;
  while (INVISIBLE.test(text)) {
    const at = INVISIBLE.lastIndex - 1; // every character the class matches is one code unit
    edits.push({ start: at, end: at + 1, text: isSpaceLike(text.charCodeAt(at)) ? ' ' : '' });
  }
  return edits;
}

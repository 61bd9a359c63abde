/** Logical lines of the normalized text and small predicates on them. */
import type { Line, Span } from '../types.js';

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let cs = start;
    let ce = end;
    while (cs < ce && /\s/u.test(text[cs] as string)) cs++;
    while (ce > cs && /\s/u.test(text[ce - 1] as string)) ce--;
    lines.push({ span: { start, end }, content: { start: cs, end: ce } });
    if (end === text.length) break;
    start = end + 1;
  }
  return lines;
}

export function isBlank(line: Line): boolean {
  return line.content.start === line.content.end;
}

/** A line written in capitals (a header line): at least 3 letters, under 10% lower case. */
export { isCapsText as isCaps } from '../normalize/fold.js';

export function slice(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/**
 * Structural labels at the start of a line in an official document's body, from the outermost
 * (Phần) to the innermost (+ item). `level` orders them for nesting.
 */
import type { SectionKind } from '../types.js';

export interface Label {
  kind: SectionKind;
  level: number;
  label: string;
  /** Length of the label text in the line, including its trailing punctuation and spaces. */
  length: number;
}

const RULES: [RegExp, SectionKind, number][] = [
  [/^(Phần|PHẦN)\s+(thứ\s+\p{L}+|[IVXL]+|\d+)\s*[.:-]?\s*/u, 'part', 1],
  [/^(Chương|CHƯƠNG)\s+([IVXL]+|\d+)\s*[.:-]?\s*/u, 'chapter', 2],
  [/^(Mục|MỤC)\s+(\d+|[IVXL]+)\s*[.:-]?\s*/u, 'section', 3],
  [/^([IVXL]+)\s*[.)]\s*/u, 'section', 4],
  [/^(Điều|ĐIỀU)\s+(\d+[a-zđ]?)\s*[.:]?\s*/u, 'article', 5],
  [/^(\d+)\s*[.)]\s+/u, 'clause', 6],
  [/^(\d+\.\d+)\s*\.?\s+/u, 'clause', 7],
  [/^(\d+\.\d+\.\d+)\s*\.?\s+/u, 'clause', 8],
  [/^([a-zđ])\s?\)\s*/u, 'point', 9],
  [/^([-–—•])\s*/u, 'item', 10],
  [/^(\+)\s*/u, 'item', 11],
];

export function labelOf(line: string): Label | null {
  for (const [re, kind, level] of RULES) {
    const m = re.exec(line);
    if (!m) continue;
    const label = m[2] !== undefined ? `${m[1]} ${m[2]}` : (m[1] as string);
    return { kind, level, label, length: m[0].length };
  }
  return null;
}

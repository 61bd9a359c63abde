/**
 * document.urgency: the urgency mark in the header, in the words of the rules (Nghị định
 * 30/2020/NĐ-CP, Điều 15): "Khẩn", "Thượng khẩn", "Hỏa tốc"; several marks joined with ", ".
 */
import type { Located } from '../../types.js';
import type { ExtractInput } from '../context.js';
import type { HeaderParts } from './header.js';

const MARKS: [RegExp, string][] = [
  [/hỏa tốc/u, 'Hỏa tốc'],
  [/thượng khẩn/u, 'Thượng khẩn'],
  [/(?<!thượng )khẩn/u, 'Khẩn'],
];

export function extractUrgency(input: ExtractInput, parts: HeaderParts): Located<string> | null {
  if (!parts.urgency) return null;
  const k = input.normalized.key.slice(parts.urgency.start, parts.urgency.end);
  const marks = MARKS.filter(([re]) => re.test(k)).map(([, name]) => name);
  return marks.length ? { value: marks.join(', '), span: parts.urgency } : null;
}

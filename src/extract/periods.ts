/**
 * periods[]: year ranges ("nhiệm kỳ 2020-2025", "5 năm 2021-2025", "giai đoạn 2021-2030"), with
 * the word that says what kind of period it is. A range must run forward and span at most 30
 * years; "2021-2025" inside a document code or a date is not a period.
 */
import type { Located, PeriodValue } from '../types.js';
import { quote, type ExtractInput } from './context.js';

const RANGE = /(?<![\d/.\p{L}-])(?:(nhiệm kỳ|giai đoạn|thời kỳ|niên độ|năm học|\d+\s+năm)\s+)?((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})(?![\d/\p{L}-])/gu;

export function extractPeriods(input: ExtractInput): Located<PeriodValue>[] {
  const { key } = input.normalized;
  const out: Located<PeriodValue>[] = [];
  RANGE.lastIndex = 0;
  for (let m = RANGE.exec(key); m !== null; m = RANGE.exec(key)) {
    const start = Number(m[2]);
    const end = Number(m[3]);
    if (end <= start || end - start > 30) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    const kind = m[1] ? (/^\d/u.test(m[1]) ? 'kế hoạch ' + m[1] : m[1]) : null;
    out.push({ value: { text: quote(input, span), start: String(start), end: String(end), kind }, span });
  }
  return out;
}

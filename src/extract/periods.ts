/**
 * periods[]: year ranges ("nhiệm kỳ 2020-2025", "5 năm 2021-2025", "giai đoạn 2021-2030"), with
 * the word that says what kind of period it is. A range must run forward and span at most 30
 * years; "2021-2025" inside a document code or a date is not a period.
 */
import type { Located, PeriodValue } from '../types.js';
import { quote, type ExtractInput } from './context.js';

// A year range, and what may not touch it: the scan starts at a year, which most positions of a
// text cannot be, instead of trying the kind words at every position.
const YEARS = /((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})(?![\d/\p{L}-])/gu;
/** What may not come right before a period (a code, a date, a word). */
const GLUED = /[\d/.\p{L}-]/u;
const KINDS = ['nhiệm kỳ', 'giai đoạn', 'thời kỳ', 'niên độ', 'năm học'];
const SPACE = /\s/u;
const DIGIT = /\d/u;

const free = (key: string, at: number) => at === 0 || !GLUED.test(key[at - 1] as string);

/**
 * The kind words right before a range that starts at `at` ("giai đoạn ", "5 năm "), not before
 * `floor`: their start and text, or null. They count only when nothing is glued before them.
 */
function kindBefore(key: string, at: number, floor: number): { start: number; kind: string } | null {
  let j = at;
  while (j > floor && SPACE.test(key[j - 1] as string)) j--;
  if (j === at) return null;
  for (const kind of KINDS) {
    const start = j - kind.length;
    if (start >= floor && key.startsWith(kind, start)) return free(key, start) ? { start, kind } : null;
  }
  // "<n> năm": digits, spaces, "năm".
  if (j - 3 < floor || !key.startsWith('năm', j - 3)) return null;
  let k = j - 3;
  const spaces = k;
  while (k > floor && SPACE.test(key[k - 1] as string)) k--;
  if (k === spaces) return null;
  const digits = k;
  while (k > floor && DIGIT.test(key[k - 1] as string)) k--;
  if (k === digits || !free(key, k)) return null;
  return { start: k, kind: key.slice(k, j) };
}

export function extractPeriods(input: ExtractInput): Located<PeriodValue>[] {
  const { key } = input.normalized;
  const out: Located<PeriodValue>[] = [];
  let floor = 0; // the end of the last period: the next one starts after it
  YEARS.lastIndex = 0;
  for (let m = YEARS.exec(key); m !== null; m = YEARS.exec(key)) {
    const before = kindBefore(key, m.index, floor);
    if (!before && !free(key, m.index)) {
      YEARS.lastIndex = m.index + 1;
      continue;
    }
    const end = m.index + m[0].length;
    floor = end;
    const first = Number(m[1]);
    const last = Number(m[2]);
    if (last <= first || last - first > 30) continue;
    const span = { start: before ? before.start : m.index, end };
    const kind = before ? (DIGIT.test(before.kind[0] as string) ? 'kế hoạch ' + before.kind : before.kind) : null;
    out.push({ value: { text: quote(input, span), start: String(first), end: String(last), kind }, span });
  }
  return out;
}

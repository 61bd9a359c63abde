/**
 * Deadlines inside a task: "trước ngày 18/11/2025", "chậm nhất ngày ...", "đến cuối năm 2023",
 * "trong tháng 12/2025", "trong quý IV/2025". The ISO date is the last day the text allows.
 */
import { parseDate } from './codes.js';

const DAY = /(?:trước|chậm nhất|hạn chót|không quá|đến|hoàn thành trước)\s+(?:ngày\s+)?(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})/u;
// "trong năm 2022" alone also describes the past ("đã được chỉ ra trong năm 2022"): not a deadline.
const YEAR = /(?:đến|trước|hoàn thành trong|hoàn thành)\s+(?:hết\s+|cuối\s+)?năm\s+((?:19|20)\d{2})(?!\d)/u;
const MONTH = /(?:trong|trước|đến hết|hết)\s+tháng\s+(\d{1,2})\s*(?:\/|năm\s+)\s*((?:19|20)\d{2})/u;
const QUARTER = /(?:trong|trước|đến hết|hết)\s+quý\s+(i{1,3}|iv|[1-4])\s*(?:\/|năm\s+)\s*((?:19|20)\d{2})/u;
const QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

function lastDay(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The deadline in a folded text: its ISO date and where it is written (offsets into `key`). */
export function findDeadline(key: string): { iso: string; start: number; end: number } | null {
  const day = DAY.exec(key);
  if (day) {
    const raw = day[1] as string;
    const iso = parseDate(/tháng/u.test(raw) ? `ngày ${raw}` : raw);
    if (iso) return { iso, start: day.index, end: day.index + day[0].length };
  }
  const month = MONTH.exec(key);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) {
    return { iso: lastDay(Number(month[2]), Number(month[1])), start: month.index, end: month.index + month[0].length };
  }
  const quarter = QUARTER.exec(key);
  if (quarter) {
    const q = QUARTERS[quarter[1] as string] as number;
    return { iso: lastDay(Number(quarter[2]), q * 3), start: quarter.index, end: quarter.index + quarter[0].length };
  }
  const year = YEAR.exec(key);
  if (year) return { iso: `${year[1]}-12-31`, start: year.index, end: year.index + year[0].length };
  return null;
}

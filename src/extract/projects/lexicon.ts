/**
 * The projects lexicon: scan limits, the words that carry a phrase on to its site, road and route
 * heads, list openers, generic heads, clause words, and the kind of a head (abbreviations written out).
 */
import { table } from '../../lexicon/index.js';

export const MAX_SCAN = 20;
export const CARRY_ON = new Set(['tại', 'ở', 'thuộc']);

export const ROADS = new Set(['đường', 'phố', 'đại lộ']);
// Works that are also places (roads, canals) or institutions (schools, hospitals): a work only
// when the sentence builds or repairs them.
export const ROUTES = new Set([
  'đường', 'phố', 'đại lộ', 'kênh', 'quốc lộ', 'tỉnh lộ', 'đường cao tốc', 'cao tốc',
  'trường', 'trường học', 'bệnh viện', 'trạm y tế', 'trung tâm y tế', 'hồ chứa', 'hồ thủy lợi', 'đập',
]);

export const LIST_INTRO = /^(?:các|những)$/u;
export const PLURAL = new Set(['các', 'những']);

export const GENERIC = new Set(['dự án', 'công trình']);
export const CLAUSE_WORDS = new Set(['thì', 'phía', 'nhất', 'chào', 'vượt', 'nằm', 'bắc', 'gắn', 'chạy', 'dọc', 'của', 'để', 'khi', 'nếu', 'trên', 'đã', 'được', 'không', 'phải', 'là', 'cho', 'với', 'về', 'theo', 'hoặc', 'bằng', 'nộp', 'sau', 'trước', 'tham', 'đề', 'bị', 'lập', 'gửi']);
let spelledOut: Map<string, string> | undefined;

/** The head noun as the kind, lower case, an abbreviation written out ("KCN" -> "khu công nghiệp"). */
export function kindOf(head: string): string {
  spelledOut ??= new Map(table('abbreviations.tsv').map((r) => [r[0] as string, (r[1] as string | undefined) ?? '']));
  return (spelledOut.get(head) || head).toLowerCase();
}

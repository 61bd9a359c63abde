/**
 * The projects lexicon: scan limits, the words that carry a phrase on to its site, road and route
 * heads, list openers, generic heads, clause words, and the kind of a head (abbreviations written out).
 */
import { table } from '../../lexicon/index.js';
import type { Words } from '../words.js';

export const MAX_SCAN = 20;
export const CARRY_ON = new Set(['tại', 'ở', 'thuộc']);

export const ROADS = new Set(['đường', 'phố', 'đại lộ']);
// Works that are also places (roads, canals) or institutions (schools, hospitals): a work only
// when the sentence builds or repairs them.
export const ROUTES = new Set([
  'đường', 'phố', 'đại lộ', 'kênh', 'quốc lộ', 'tỉnh lộ', 'đường cao tốc', 'cao tốc',
  'trường', 'trường học', 'bệnh viện', 'trạm y tế', 'trung tâm y tế', 'hồ chứa', 'hồ thủy lợi', 'đập',
  'đường bộ ven biển', 'đường bộ cao tốc', 'đèo', 'điện', 'cung',
]);
// Heads that are works only in lower case: "điện Cần Chánh" (a palace hall), not "Điện Biên".
export const LOWER_ONLY = new Set(['điện', 'cung']);

// Words before a head that make it plural: "các cống", "hai cống Cái Lớn và Cái Bé", "ba đoạn cao tốc:".
export const PLURAL = new Set(['các', 'những', 'hai', 'ba', 'bốn', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'nhiều']);

/** Whether token k makes the head after it plural: a plural word, or a count ("3 công trình"). */
export function pluralAt(w: Words, k: number): boolean {
  return PLURAL.has(w.keys[k] ?? '') || (w.tokens[k]?.kind === 'number' && /^(?:[2-9]|[1-9]\d)$/u.test(w.keys[k] ?? ''));
}

export const GENERIC = new Set(['dự án', 'công trình']);
// Works that are also institutions: an organisation when a verb of acting follows the name
// (institution-verbs.tsv).
export const INSTITUTIONS = new Set(['bảo tàng', 'thư viện', 'nhà văn hóa', 'nhà hát', 'nhà thiếu nhi', 'cung văn hóa', 'trường', 'bệnh viện', 'trạm y tế', 'trung tâm y tế']);
// Heads of sites and museums whose own names are phrases: "Khu di tích Cố đô Hoa Lư", "Bảo tàng
// Phụ nữ Việt Nam".
export const SITES = new Set(['khu di tích', 'di tích', 'di tích lịch sử', 'khu lưu niệm', 'khu tưởng niệm', 'bảo tàng']);
export const CLAUSE_WORDS = new Set(['thì', 'phía', 'nhất', 'chào', 'vượt', 'nằm', 'bắc', 'gắn', 'chạy', 'dọc', 'của', 'để', 'khi', 'nếu', 'trên', 'đã', 'được', 'không', 'phải', 'là', 'cho', 'với', 'về', 'theo', 'hoặc', 'bằng', 'nộp', 'sau', 'trước', 'tham', 'đề', 'bị', 'lập', 'gửi', 'qua', 'có']);
let spelledOut: Map<string, string> | undefined;

/** The head noun as the kind, lower case, an abbreviation written out ("KCN" -> "khu công nghiệp"). */
export function kindOf(head: string): string {
  spelledOut ??= new Map(table('abbreviations.tsv').map((r) => [r[0] as string, (r[1] as string | undefined) ?? '']));
  return (spelledOut.get(head) || head).toLowerCase();
}

export const SIDES = new Set(['đông', 'tây', 'nam', 'bắc']);
export const DASH = /^[-–—]$/u;
export const DASH_IN = /\s[-–—]\s/u;
// Words that open a sentence before a work: "Tại Nghĩa trang ...", "Trong Khu di tích ...".
export const OPENERS = new Set(['tại', 'ở', 'trong', 'từ', 'về', 'theo', 'sau', 'trước', 'khi', 'với', 'cùng', 'qua', 'gần']);
// Words after a name that start the clause's verb: "Khu đô thị Ecopark đang triển khai".
export const ASPECT = new Set(['đang', 'sẽ', 'vừa', 'cũng', 'chính', 'tiếp', 'đều']);
// Words after a plural group that open its list: "các cầu vượt sông Hồng gồm: ...".
export const LIST_OPENERS = new Set([':', 'gồm', 'như', 'bao']);

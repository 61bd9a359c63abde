/**
 * Joins lines broken inside a sentence, a name, a number or a date.
 *
 * A single line break (never a blank line) is joined when the next line cannot start a new unit:
 * - a document code broken after its `-` or `/` (`3783/QĐ-` | `UBND`): glued, no space;
 * - a date broken between its parts (`ngày` | `17 tháng 11`, `17` | `tháng 11`);
 * - the next line starts with a lower-case letter (and is not an item label such as `a)`);
 * - a proper name broken between its syllables (`huyện Vĩnh` | `Thuận`);
 * - in a hard-wrapped text (most long lines end mid-sentence), any line that does not end a
 *   sentence, unless either side is a header line in capitals or the next starts an item.
 * A line break before an item label, a heading (Điều, Chương ...), a header or signature line,
 * or after a line of capitals (header) is kept.
 */
import type { Edit } from '../edits.js';
import { isCapsText } from '../fold.js';

const STRUCTURAL =
  /^(?:[-+•–—*]\s|\d+(?:\.\d+)*\s*[.)]\s|\d+(?:\.\d+)+\s|[a-zđ]\s?\)|[IVXLC]+\s*[.)]\s|(?:Điều|Chương|Mục|Phần|Khoản|Điểm)\s+[\dIVXLCa-z]|(?:Nơi nhận|Kính gửi|Căn cứ|Theo đề nghị|Xét đề nghị|[Vv]\/[Vv]|Về việc)|Số\s*:?\s*\d|(?:TM|KT|TL|TUQ|Q)\s?[./]\s?\p{Lu}|(?:TM|KT|TL|TUQ)\s\p{Lu}|(?:T\/M|K\/T|T\/L)\s?[./]?\s?\p{Lu})/u;
const SEPARATOR = /^(?:[-_=*.]\s*){3,}$|^\*$/u;
const CODE_BROKEN = /\d[\p{L}\d]*[/-](?:[\p{Lu}\d][\p{L}\d]*[/-])*$/u;
const DATE_WORD_END = /(?:^|\s)(?:ngày|tháng|năm|số)\s*:?$/iu;
const DATE_WORD_START = /^(?:tháng|năm)\s/iu;
const LOWER_START = /^\p{Ll}/u;
const CAPITAL_OR_DIGIT_START = /^[\p{Lu}\d]/u;
const DIGIT_START = /^\d/u;
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;
const UNIT_BEFORE_NAME =
  /^(?:tỉnh|thành|phố|huyện|quận|thị|xã|phường|trấn|ấp|thôn|bản|xóm|sông|kênh|đường|cầu|Sở|Bộ|Cục|Ban|Phòng)$/u;

/** `\s` of a Unicode regex, for one code unit. */
function isWhiteSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The last two words of a trimmed line (`line.split(/\s+/u).slice(-2)`), read from its end. */
function lastTwoWords(line: string): [string | undefined, string] {
  let end = line.length;
  let i = end - 1;
  while (i >= 0 && !isWhiteSpace(line.charCodeAt(i))) i--;
  const last = line.slice(i + 1, end);
  if (i < 0) return [undefined, last];
  while (i >= 0 && isWhiteSpace(line.charCodeAt(i))) i--;
  end = i + 1;
  while (i >= 0 && !isWhiteSpace(line.charCodeAt(i))) i--;
  return [line.slice(i + 1, end), last];
}

type Join = 'none' | 'space' | 'glue';

/**
 * `isCapsText` of the last line asked about, per text: each line is asked about as the next line
 * and then as the previous one (the loop passes the same string object, compared by reference).
 */
interface CapsMemo {
  line: string | undefined;
  caps: boolean;
}

function capsOf(memo: CapsMemo, line: string): boolean {
  if (line !== memo.line) {
    memo.line = line;
    memo.caps = isCapsText(line);
  }
  return memo.caps;
}

// Last characters that the end-anchored patterns above need (V8 tries an end-anchored regex at
// every position of the line, so the line's last character is tested first).
const TERMINAL_END = new Set(['.', ';', ':', '!', '?', '…']);
const DATE_WORD_LAST = new Set(['y', 'Y', 'g', 'G', 'm', 'M', 'ố', 'Ố', ':']);

function decide(prev: string, next: string, hardWrapped: boolean, memo: CapsMemo): Join {
  const last = prev.charAt(prev.length - 1); // prev is trimmed: its last character is no space
  if (prev.length === 1 && (last === '-' || last === '+' || last === '•' || last === '–')) return 'space'; // an item label alone on its line
  if (SEPARATOR.test(prev) || SEPARATOR.test(next)) return 'none';
  if (STRUCTURAL.test(next)) return 'none';
  // The cheap tests on the next line's first and the previous line's last character first: they
  // rule most lines out.
  if ((last === '/' || last === '-') && CAPITAL_OR_DIGIT_START.test(next) && CODE_BROKEN.test(prev)) return 'glue';
  if (DATE_WORD_LAST.has(last) && DIGIT_START.test(next) && DATE_WORD_END.test(prev)) return 'space';
  if (last >= '0' && last <= '9' && DATE_WORD_START.test(next)) return 'space';
  const terminal = TERMINAL_END.has(last);
  const prevCaps = capsOf(memo, prev);
  const nextCaps = capsOf(memo, next);
  if (prevCaps || nextCaps) {
    // A wrapped header (subject in capitals) continues on the next line of capitals.
    return prevCaps && nextCaps && prev.length >= 45 && !terminal ? 'space' : 'none';
  }
  if (terminal) return LOWER_START.test(next) ? 'space' : 'none';
  if (LOWER_START.test(next)) return 'space';
  if (hardWrapped) return 'space';
  const [before, lastWord] = lastTwoWords(prev);
  const first = next.split(/\s/u, 1)[0] ?? '';
  if (lastWord && TITLE_WORD.test(lastWord) && TITLE_WORD.test(first) && before && (TITLE_WORD.test(before) || UNIT_BEFORE_NAME.test(before))) {
    return 'space';
  }
  return 'none';
}

/** A text is hard-wrapped when many of its long lines end mid-sentence before a non-blank line. */
function isHardWrapped(lines: string[]): boolean {
  let nonBlank = 0;
  let wrapped = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (!line) continue;
    nonBlank++;
    const next = lines[i + 1]?.trim();
    if (line.length >= 50 && next && !TERMINAL_END.has(line.charAt(line.length - 1))) wrapped++;
  }
  return wrapped >= 3 && wrapped >= nonBlank * 0.2;
}

export function softBreaks(text: string): Edit[] {
  if (!text.includes('\n')) return [];
  const lines = text.split('\n');
  const hardWrapped = isHardWrapped(lines);
  const edits: Edit[] = [];
  let offset = 0;
  const memo: CapsMemo = { line: undefined, caps: false };
  let next = (lines[0] as string).trim();
  for (let i = 0; i + 1 < lines.length; i++) {
    const raw = lines[i] as string;
    const newline = offset + raw.length;
    offset = newline + 1;
    const prev = next;
    const nextRaw = lines[i + 1] as string;
    next = nextRaw.trim();
    if (!prev || !next) continue;
    const join = decide(prev, next, hardWrapped, memo);
    if (join === 'space') edits.push({ start: newline, end: newline + 1, text: ' ' });
    else if (join === 'glue') {
      const trailing = raw.length - raw.trimEnd().length;
      const leading = nextRaw.length - nextRaw.trimStart().length;
      edits.push({ start: newline - trailing, end: newline + 1 + leading, text: '' });
    }
  }
  return edits;
}

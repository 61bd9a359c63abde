/**
 * The layout of an official document (Nghị định 30/2020/NĐ-CP; Party: Hướng dẫn 36-HD/VPTW):
 * header (issuer block, national or Party title, number line, place-and-date line, type line,
 * subject or V/v, authority), greeting (Kính gửi), preamble (Căn cứ ...), body with its labelled
 * structure, signature block and recipients (Nơi nhận). Real texts reorder the header cells
 * (the issuer block and the national title come side by side), so header parts are found by
 * what they are, within the top of the document, not by their order.
 */
import { foldKey } from '../normalize/fold.js';
import { keySet, table } from '../lexicon/index.js';
import type { Line, Section, Span } from '../types.js';
import { isBlank, isCaps } from './lines.js';
import { labelOf } from './labels.js';
import { splitSentences } from './sentences.js';
import { isPersonName } from './person.js';

const HEADER_LINES = 40;
const NATIONAL = /^(?:cộng hòa xã hội chủ nghĩa việt nam|đảng cộng sản việt nam)/u;
const MOTTO = /^độc lập\s*[-–]\s*tự do\s*[-–]\s*hạnh phúc/u;
const SEPARATOR = /^(?:[-_=*.]\s*)+$/u;
const NUMBER_LINE = /^số\s*:?\s*\d/u;
const NUMBER_LABEL_ONLY = /^số\s*:?$/u;
const PLACE_DATE = /^[^,\d]{2,60},?\s*ngày(?!\p{L})|^ngày\s+[\d.…]*\s*tháng/u;
const SUBJECT_VV = /^(?:v\/v|về việc)(?!\p{L})/u;
const URGENCY = /^(?:hỏa tốc|thượng khẩn|khẩn)(?:\s*[-–,;/]?\s*(?:hỏa tốc|thượng khẩn|khẩn))*[\s.!]*$/u;
const GREETING = /^kính gửi\s*:?/u;
// A công điện's greeting: "THỦ TƯỚNG CHÍNH PHỦ điện:", its addressees listed below.
const CABLE_LINE = /^[^:]{3,80}\sđiện\s*:\s*$/u;
/** "THỦ TƯỚNG CHÍNH PHỦ điện:": the line before a công điện's addressees (the word first: most lines have none). */
const isCableLine = (lk: string): boolean => lk.includes('điện') && CABLE_LINE.test(lk);
const LIST_ITEM = /^[-–•+]\s*\S/u;
const PREAMBLE = /^(?:căn cứ|theo đề nghị|xét đề nghị|xét tờ trình|theo chỉ đạo)(?!\p{L})/u;
const SIGN_START = /^(?:(?:tm|kt|tl|tuq|q)\s?[./]\s?|(?:tm|kt|tl|tuq)\s|(?:t\/m|k\/t|t\/l)\s?[./]?\s?)(?=\p{L})/u;
const SIGNED_MARK = /^[([]?\s*(?:đã ký|đã kí|ký|kí|signed|daky)\s*[)\]]?$/u;
const RECIPIENTS = /^nơi nhận\s*:?/u;
const ENACTING = /^(?:quyết định|quyết nghị|nghị quyết|chỉ thị|kết luận|ban hành|thông báo)\s*:$/u;

let types: Set<string> | undefined;
let titles: string[] | undefined;

function section(kind: Section['kind'], span: Span, children: Section[] = []): Section {
  return { kind, span: { ...span }, children };
}

function join(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

function isTitleLine(key: string): boolean {
  titles ??= table('titles.tsv').map((row) => foldKey(row[0] as string));
  return titles.some((t) => key.startsWith(t + ' ') || key === t);
}

export function buildOfficial(text: string, key: string, lines: Line[]): { root: Section; sentences: Section[] } {
  types ??= keySet('doc-types.tsv');
  const root = section('root', { start: 0, end: text.length });
  const header = section('header', { start: 0, end: 0 });
  const sentences: Section[] = [];
  const k = (line: Line) => key.slice(line.content.start, line.content.end);
  const t = (line: Line) => text.slice(line.content.start, line.content.end);

  // 1. Header: find its parts among the first lines.
  let i = 0;
  let seenType = false;
  let seenNumber = false;
  let headerEnd = 0;
  const issuer = section('issuer-block', { start: 0, end: 0 });
  // The authority line under the subject repeats the issuer ("CHÍNH PHỦ", "ỦY BAN NHÂN DÂN TỈNH
  // QUẢNG TRỊ") or names its head ("GIÁM ĐỐC ...").
  const echoesIssuer = (lk: string): boolean => {
    const bare = lk.replace(/[\s:]+$/u, '');
    const lines = issuer.children.map((c) => key.slice(c.span.start, c.span.end));
    return lines.length > 0 && (lines.includes(bare) || lines.join(' ') === bare || lines.slice(-1).join(' ') === bare);
  };
  for (; i < lines.length && i < HEADER_LINES; i++) {
    const line = lines[i] as Line;
    if (isBlank(line)) continue;
    const lk = k(line);
    const lt = t(line);
    if (SEPARATOR.test(lt) || lt === '*') continue;
    if (NATIONAL.test(lk) || MOTTO.test(lk)) {
      header.children.push(section('national-title', line.content));
    } else if (URGENCY.test(lk)) {
      header.children.push(section('urgency', line.content));
    } else if (!seenNumber && NUMBER_LINE.test(lk)) {
      seenNumber = true;
      header.children.push(section('number-line', line.content));
    } else if (!seenNumber && NUMBER_LABEL_ONLY.test(lk)) {
      // "Số:" alone, the code on the next line.
      const next = lines.slice(i + 1).find((l) => !isBlank(l));
      if (next && /^\d/u.test(t(next))) {
        seenNumber = true;
        header.children.push(section('number-line', join(line.content, next.content)));
        i = lines.indexOf(next);
      }
    } else if (PLACE_DATE.test(lk) && /tháng/u.test(lk)) {
      header.children.push(section('place-date', line.content));
    } else if (SUBJECT_VV.test(lk)) {
      header.children.push(section('subject', line.content));
      seenType = true;
    } else if (GREETING.test(lk) || isCableLine(lk) || PREAMBLE.test(lk) || labelOf(lt)?.kind === 'article') {
      break;
    } else if (isCaps(lt) && !seenType && types.has(lk.replace(/[:.]$/u, '').trim())) {
      seenType = true;
      header.children.push(section('type-line', line.content));
    } else if (isCaps(lt) && seenType) {
      const prev = header.children[header.children.length - 1];
      if (isTitleLine(lk) || ENACTING.test(lk) || echoesIssuer(lk) || (prev?.kind === 'type-line' && /^của\s/u.test(lk))) {
        // "KẾT LUẬN" | "CỦA BAN THƯỜNG VỤ HUYỆN ỦY": who concludes, not the subject.
        header.children.push(section('authority', line.content));
      } else if (prev?.kind === 'subject') prev.span = join(prev.span, line.content);
      else if (prev?.kind === 'type-line') header.children.push(section('subject', line.content));
      else break;
    } else if (isCaps(lt) && !seenType) {
      issuer.span = issuer.children.length ? join(issuer.span, line.content) : { ...line.content };
      issuer.children.push(section('paragraph', line.content));
    } else if (seenType) {
      // A subject in normal case right after the type line.
      const prev = header.children[header.children.length - 1];
      if (prev?.kind === 'type-line') header.children.push(section('subject', line.content));
      else if (prev?.kind === 'subject' && /^\p{Ll}/u.test(lt) && !isCaps(text.slice(prev.span.start, prev.span.end)) && !/[.;:]$/u.test(text.slice(prev.span.start, prev.span.end))) {
        prev.span = join(prev.span, line.content);
      } else break;
    } else if (seenNumber) {
      // Past the number without a type line: a công văn whose body starts here.
      break;
    } else continue;
    headerEnd = line.span.end;
  }
  if (issuer.children.length) header.children.unshift(issuer);
  header.children.sort((a, b) => a.span.start - b.span.start);
  header.span = { start: 0, end: headerEnd };
  root.children.push(header);

  // 2. The rest: greeting, preamble, body, signature, recipients, in one pass.
  const body = section('body', { start: headerEnd, end: headerEnd });
  const preamble = section('preamble', { start: headerEnd, end: headerEnd });
  const stack: { level: number; node: Section }[] = [{ level: 0, node: body }];
  let signature: Section | null = null;
  let signatureNamed = false;
  let recipients: Section | null = null;
  let greeting: Section | null = null;
  let bodyStarted = false;
  for (; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (isBlank(line)) continue;
    const lk = k(line);
    const lt = t(line);
    if (SEPARATOR.test(lt)) continue;
    if (RECIPIENTS.test(lk)) {
      recipients = section('recipients', line.content);
      root.children.push(recipients);
      signature = null;
      stack.length = 1; // what follows the signature part (an appendix) belongs to no article
      continue;
    }
    if (recipients && !SIGN_START.test(lk) && !(isCaps(lt) && isTitleLine(lk)) && lt.length < 200) {
      recipients.span = join(recipients.span, line.content);
      recipients.children.push(section('item', line.content));
      continue;
    }
    const signing = SIGN_START.test(lk) || (bodyStarted && isCaps(lt) && isTitleLine(lk));
    if (signing && signature && !signatureNamed) {
      signature.span = join(signature.span, line.content);
      continue;
    }
    if (signing) {
      signature = section('signature', line.content);
      signatureNamed = false;
      root.children.push(signature);
      recipients = null;
      stack.length = 1;
      continue;
    }
    if (signature && !signatureNamed && (SIGNED_MARK.test(lk) || (isCaps(lt) && lt.length < 80))) {
      // "(Đã ký)", or a title wrapped over several lines ("KT. TRƯỞNG BAN CHÍNH SÁCH," | "THUẾ QUỐC TẾ").
      signature.span = join(signature.span, line.content);
      continue;
    }
    if (signature && !signatureNamed && isPersonName(lt)) {
      // The signer's name closes the block.
      signature.span = join(signature.span, line.content);
      signatureNamed = true;
      continue;
    }
    signature = null;
    recipients = null;
    if ((GREETING.test(lk) || isCableLine(lk)) && !bodyStarted) {
      greeting = section('greeting', line.content);
      root.children.push(greeting);
      continue;
    }
    if (greeting && !bodyStarted && LIST_ITEM.test(lt) && lt.length < 300) {
      // "Kính gửi:" | "- Sở Tài chính;" | "- Sở Xây dựng.": the addressees, one a line.
      greeting.children.push(section('item', line.content));
      greeting.span = join(greeting.span, line.content);
      continue;
    }
    greeting = null;
    if (PREAMBLE.test(lk) && !bodyStarted) {
      preamble.span = preamble.children.length ? join(preamble.span, line.content) : { ...line.content };
      const p = section('paragraph', line.content, splitSentences(text, line.content));
      preamble.children.push(p);
      sentences.push(...p.children);
      continue;
    }
    if (ENACTING.test(lk) && !bodyStarted) continue;
    bodyStarted = true;
    body.span = body.children.length || stack.length > 1 ? join(body.span, line.content) : { ...line.content };
    const label = labelOf(lt);
    if (label) {
      const node = section(label.kind, line.content);
      node.label = label.label;
      const rest = { start: line.content.start + label.length, end: line.content.end };
      if (rest.start < rest.end) node.title = rest;
      else if (label.level <= 3) {
        // "Chương I" | "QUY ĐỊNH CHUNG": a heading's title on the next line, in capitals.
        const next = lines[i + 1];
        if (next && !isBlank(next) && isCaps(t(next)) && !labelOf(t(next)) && !SIGN_START.test(k(next))) {
          node.title = { ...next.content };
          node.span = join(node.span, next.content);
          i++;
        }
      }
      while (stack.length > 1 && (stack[stack.length - 1] as { level: number }).level >= label.level) stack.pop();
      const parent = (stack[stack.length - 1] as { node: Section }).node;
      parent.children.push(node);
      for (let s = stack.length - 1; s >= 1; s--) {
        const n = (stack[s] as { node: Section }).node;
        n.span = join(n.span, line.content);
      }
      stack.push({ level: label.level, node });
      const own = splitSentences(text, rest);
      node.children.push(...own);
      sentences.push(...own);
    } else {
      const parent = (stack[stack.length - 1] as { node: Section }).node;
      const p = section('paragraph', line.content, splitSentences(text, line.content));
      parent.children.push(p);
      for (let s = stack.length - 1; s >= 1; s--) {
        const n = (stack[s] as { node: Section }).node;
        n.span = join(n.span, line.content);
      }
      sentences.push(...p.children);
    }
  }
  if (preamble.children.length) root.children.splice(1, 0, preamble);
  if (body.children.length) root.children.push(body);
  root.children.sort((a, b) => a.span.start - b.span.start);
  return { root, sentences };
}

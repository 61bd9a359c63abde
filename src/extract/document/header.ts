/**
 * Finds where the document's own fields are written. An official document has them in its header
 * sections; a news write-up names the document in its lead: "<issuer> có <type> số <number>,
 * ngày <date> về <subject>".
 */
import { foldKey } from '../../normalize/fold.js';
import { alternation, table } from '../../lexicon/index.js';
import { codePattern } from '../../tokenize/patterns.js';
import { isPersonName } from '../../sections/person.js';
import type { Section, Span } from '../../types.js';
import { dateAhead } from '../codes.js';
import type { ExtractInput } from '../context.js';

export interface HeaderParts {
  number: Span | null;
  type: Span | null;
  date: { span: Span; iso: string } | null;
  place: Span | null;
  issuerLines: Span[];
  issuer: Span | null;
  subject: Span | null;
  /** The subject is a công văn's "V/v" line. */
  vv: boolean;
  signature: Section | null;
  greeting: Section | null;
  recipients: Section | null;
  urgency: Span | null;
}

let typeAlternation: string | undefined;
let leadPattern: RegExp | undefined;
let mentionPattern: RegExp | undefined;
let appendixPattern: RegExp | undefined;
let selfNamePattern: RegExp | undefined;

function patterns(): { lead: RegExp; mention: RegExp; appendix: RegExp; selfName: RegExp } {
  if (!typeAlternation) {
    typeAlternation = alternation(table('doc-types.tsv'));
    // The issuer is a short phrase before the verb; lazy and bounded, so linear.
    leadPattern = new RegExp(
      String.raw`^(?<issuer>[^.;:]{3,120}?)\s+(?:vừa\s+|đã\s+|mới\s+)?(?:có|ban hành|ký|ký ban hành|ra|gửi|phát hành)\s+(?<type>${typeAlternation})\s+(?:số\s+)?(?<code>${codePattern(String.raw`\p{L}`)})`,
      'u',
    );
    mentionPattern = new RegExp(String.raw`(?<type>${typeAlternation})\s+(?:số\s+)?(?<code>${codePattern(String.raw`\p{L}`)})`, 'u');
    appendixPattern = new RegExp(
      String.raw`^\(?\s*(?:ban hành\s+)?kèm theo\s+(?<type>${typeAlternation})\s+số\s*:?\s*(?<code>${codePattern(String.raw`\p{L}`)})`,
      'u',
    );
    const heads = alternation(table('organization-heads.tsv'));
    // A sentence that opens with a body's name and the verb of a reply or an instruction.
    selfNamePattern = new RegExp(
      String.raw`^(?<org>(?:${heads})(?:\s+[^\s.;:]+){0,8}?)\s+(?:có ý kiến|trả lời|thông báo|yêu cầu|đề nghị)(?!\p{L})`,
      'u',
    );
  }
  return { lead: leadPattern as RegExp, mention: mentionPattern as RegExp, appendix: appendixPattern as RegExp, selfName: selfNamePattern as RegExp };
}

const SUBJECT_AFTER = /\s*,?\s*(?:về việc|v\/v|về)\s+/uy;

function find(sections: Section[], kind: Section['kind']): Section | null {
  for (const s of sections) {
    if (s.kind === kind) return s;
    const inner = find(s.children, kind);
    if (inner) return inner;
  }
  return null;
}

function empty(): HeaderParts {
  return { number: null, type: null, date: null, place: null, issuerLines: [], issuer: null, subject: null, vv: false, signature: null, greeting: null, recipients: null, urgency: null };
}

let titleKeys: string[] | undefined;

/**
 * A subject in capitals wrapped over lines can swallow the authority line under it ("... TRONG
 * LĨNH VỰC XÂY DỰNG" | "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "GIÁM ĐỐC TRUNG TÂM ..."): the end of
 * the subject when the rest repeats the issuer, with or without a title before it.
 */
function withoutAuthority(key: string, span: Span, issuerLines: string[]): number {
  if (!issuerLines.length) return span.end;
  titleKeys ??= table('titles.tsv').map((row) => foldKey(row[0] as string));
  const subject = key.slice(span.start, span.end).replace(/[\s:]+$/u, '');
  const whole = issuerLines.join(' ');
  const last = issuerLines[issuerLines.length - 1] as string;
  let cut = -1;
  for (const name of [whole, last]) {
    // The issuer's last line alone ("TỈNH QUẢNG TRỊ") only counts after a title.
    for (const title of name === whole ? ['', ...titleKeys] : titleKeys) {
      const tail = ' ' + (title ? `${title} ` : '') + name;
      const at = subject.lastIndexOf(tail);
      // The echo ends the subject, or is followed by no more than a place ("thành phố Hà Nội").
      if (at > 0 && subject.length - (at + tail.length) <= 40 && (cut < 0 || at < cut)) cut = at;
    }
  }
  return cut > 0 ? span.start + cut : span.end;
}

function officialParts(input: ExtractInput): HeaderParts {
  const { text, key } = input.normalized;
  const root = input.sections.root;
  const parts = empty();
  const numberLine = find(root.children, 'number-line');
  if (numberLine) {
    const token = input.tokens.find((t) => t.kind === 'code' && t.start >= numberLine.span.start && t.end <= numberLine.span.end);
    if (token) parts.number = { start: token.start, end: token.end };
  }
  const typeLine = find(root.children, 'type-line');
  if (typeLine) parts.type = typeLine.span;
  const placeDate = find(root.children, 'place-date');
  if (placeDate) {
    const k = key.slice(placeDate.span.start, placeDate.span.end);
    const ngay = k.indexOf('ngày');
    // "Hà Nội, ngày ..." or, without its comma, "Hà Nội ngày ...".
    const comma = k.indexOf(',');
    const placeEnd = comma > 0 && (ngay < 0 || comma < ngay) ? comma : k.slice(0, Math.max(ngay, 0)).trimEnd().length;
    if (placeEnd > 0) parts.place = { start: placeDate.span.start, end: placeDate.span.start + placeEnd };
    const date = ngay >= 0 ? dateAhead(key, placeDate.span.start + ngay) : null;
    if (date) parts.date = { span: { start: date.start, end: date.end }, iso: date.iso };
  }
  const urgency = find(root.children, 'urgency');
  if (urgency) parts.urgency = urgency.span;
  const issuer = find(root.children, 'issuer-block');
  if (issuer) parts.issuerLines = issuer.children.map((c) => c.span);
  const subject = find(root.children, 'subject');
  if (subject) {
    const s = { ...subject.span };
    const vv = /^(?:v\/v|về\s+việc)[\s.:]*/u.exec(key.slice(s.start, s.end));
    if (vv) {
      s.start += vv[0].length;
      parts.vv = true;
    }
    s.end = withoutAuthority(key, s, issuer ? issuer.children.map((c) => key.slice(c.span.start, c.span.end)) : []);
    while (s.end > s.start && /[\s.;]/u.test(text[s.end - 1] as string)) s.end--;
    if (s.start < s.end) parts.subject = s;
  }
  const signatures = root.children.filter((c) => c.kind === 'signature');
  // The block that names its signer; the first when none does.
  parts.signature =
    signatures.find((c) => text.slice(c.span.start, c.span.end).split('\n').some((l) => isPersonName(l.trim()))) ?? signatures[0] ?? null;
  parts.greeting = root.children.find((c) => c.kind === 'greeting') ?? null;
  parts.recipients = root.children.find((c) => c.kind === 'recipients') ?? null;
  if (!parts.number) selfReference(input, parts);
  if (!parts.issuer && !parts.issuerLines.length) selfNamed(input, parts);
  return parts;
}

/**
 * A header lost in copying (the text starts at "Kính gửi") leaves two other places where a
 * document names itself: an appendix line "(Kèm theo Công văn số 174/CV-BCĐ ngày 02 tháng 12
 * năm 2025 của Ban Chỉ đạo)" gives number, type, date and issuer.
 */
function selfReference(input: ExtractInput, parts: HeaderParts): void {
  const { key } = input.normalized;
  const { appendix } = patterns();
  for (const line of input.sections.lines) {
    const k = key.slice(line.content.start, line.content.end);
    const m = appendix.exec(k);
    if (!m?.groups) continue;
    const g = m.groups;
    const base = line.content.start;
    const typeStart = base + m[0].indexOf(g.type as string);
    const codeStart = base + m[0].length - (g.code as string).length;
    parts.type ??= { start: typeStart, end: typeStart + (g.type as string).length };
    parts.number = { start: codeStart, end: codeStart + (g.code as string).length };
    const date = dateAhead(key, parts.number.end);
    if (date) parts.date ??= { span: { start: date.start, end: date.end }, iso: date.iso };
    const after = date ? date.end : parts.number.end;
    const of = /^\s*(?:của\s+)(?<issuer>[^()\n]{3,120}?)\s*\)?\s*$/u.exec(key.slice(after, line.content.end));
    if (of?.groups && !parts.issuerLines.length) {
      const start = after + of[0].indexOf(of.groups.issuer as string);
      parts.issuer ??= { start, end: start + (of.groups.issuer as string).length };
    }
    return;
  }
}

/** "Cục Hải quan có ý kiến như sau", "Cục Thuế thông báo để ... biết": the body names its issuer. */
function selfNamed(input: ExtractInput, parts: HeaderParts): void {
  const { key } = input.normalized;
  const { selfName } = patterns();
  for (const sentence of input.sections.sentences) {
    const k = key.slice(sentence.span.start, sentence.span.end);
    // Only the opening or closing formula of a reply: "... như sau:", "... để ... biết./.".
    if (!/như sau\s*:?\s*$|biết[\s./]*$|\.\/\.\s*$/u.test(k)) continue;
    const m = selfName.exec(k);
    if (!m?.groups) continue;
    const start = sentence.span.start;
    parts.issuer = { start, end: start + (m.groups.org as string).length };
    return;
  }
}

function newsParts(input: ExtractInput): HeaderParts {
  const { key, text } = input.normalized;
  const parts = empty();
  const { lead, mention } = patterns();
  // The document a write-up is about is named in its first sentences.
  for (const sentence of input.sections.sentences.slice(0, 3)) {
    const k = key.slice(sentence.span.start, sentence.span.end);
    // Either "<issuer> có <type> số <code>", or a sentence that starts with "<type> số <code>";
    // a document cited further into a sentence is a reference, not the document itself.
    const m = lead.exec(k) ?? mention.exec(k);
    if (!m?.groups || (!m.groups.issuer && m.index > 0)) continue;
    const base = sentence.span.start;
    const g = m.groups;
    const codeStart = base + m.index + m[0].length - (g.code as string).length;
    parts.number = { start: codeStart, end: codeStart + (g.code as string).length };
    const typeStart = base + m.index + m[0].indexOf(g.type as string, g.issuer ? (g.issuer as string).length : 0);
    parts.type = { start: typeStart, end: typeStart + (g.type as string).length };
    if (g.issuer) parts.issuer = { start: base + m.index, end: base + m.index + (g.issuer as string).length };
    let at = parts.number.end;
    const date = dateAhead(key, at);
    if (date) {
      parts.date = { span: { start: date.start, end: date.end }, iso: date.iso };
      at = date.end;
    }
    SUBJECT_AFTER.lastIndex = at;
    const about = SUBJECT_AFTER.exec(key);
    if (about) {
      let end = sentence.span.end;
      while (end > at && /[\s.;]/u.test(text[end - 1] as string)) end--;
      const start = at + about[0].length;
      if (start < end) parts.subject = { start, end };
    }
    break;
  }
  return parts;
}

export function headerParts(input: ExtractInput): HeaderParts {
  return input.sections.kind === 'official' ? officialParts(input) : newsParts(input);
}

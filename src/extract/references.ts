/**
 * references[]: every document the text cites, once per number. A cited code takes its type from
 * the words before it ("Nghị quyết số 09-NQ/HU") or from its type code, its date from "ngày ..."
 * right after it, and its issuer from "của <body>" after that. Laws cited without a number in a
 * "Căn cứ" line ("Luật Tổ chức chính quyền địa phương ngày 16/6/2025") are references by title.
 */
import { alternation, table } from '../lexicon/index.js';
import type { Located, ReferenceValue, Span } from '../types.js';
import { dateAhead, parseCode, typeOfNumber } from './codes.js';
import { quote, type ExtractInput } from './context.js';
import { typeName } from './document/type.js';

let typeBefore: RegExp | undefined;
const ISSUER_AFTER = /\s*(?:đã\s+được\s+)?(?:của|do)\s+/uy;
const ISSUER_STOP = /\s(?:về|v\/v|quy định|hướng dẫn|ban hành|phê duyệt|sửa đổi|tại|đã|và|trong|để|nhằm|gắn)(?!\p{L})|[,;.:()]/u;
const UNNUMBERED = /(?:^|căn cứ\s+)((?:bộ\s+)?luật|hiến pháp|pháp lệnh)\s+([^;,.]{2,120}?)\s+(?:ngày|số)\s/gu;

function typeRegex(): RegExp {
  typeBefore ??= new RegExp(
    `(${alternation(table('doc-types.tsv'))})\\s+(?:số\\s+|số:\\s*)?$`,
    'u',
  );
  return typeBefore;
}

export function extractReferences(input: ExtractInput, own: Span | null): Located<ReferenceValue>[] {
  const { key, text } = input.normalized;
  const out: Located<ReferenceValue>[] = [];
  const titles = new Set<string>();
  const ownNumber = own ? parseCode(text.slice(own.start, own.end)).number : null;
  for (const token of input.tokens) {
    if (token.kind !== 'code') continue;
    if (own && token.start === own.start) continue;
    const parsed = parseCode(text.slice(token.start, token.end));
    // The document's own number cited again (an appendix "Kèm theo Quyết định số ...") is not a reference.
    if (ownNumber && parsed.number === ownNumber) continue;
    const before = key.slice(Math.max(0, token.start - 40), token.start);
    const written = typeRegex().exec(before);
    let start = token.start;
    let type: string | null = null;
    if (written) {
      type = typeName(written[1] as string);
      start = token.start - written[0].length;
      // Keep the original capitalisation's start.
    }
    type ??= typeOfNumber(parsed);
    let end = token.end;
    const date = dateAhead(key, end);
    if (date) end = date.end;
    let issuer: string | null = null;
    ISSUER_AFTER.lastIndex = end;
    const of = ISSUER_AFTER.exec(key);
    if (of) {
      const from = end + of[0].length;
      const rest = key.slice(from, from + 120);
      const stop = ISSUER_STOP.exec(rest);
      const len = stop ? stop.index : Math.min(rest.length, 80);
      if (len > 0) {
        issuer = text.slice(from, from + len).trim();
        end = from + len;
      }
    }
    const span = { start, end };
    out.push({
      value: { number: parsed.number, numberParts: parsed.parts, type, date: date?.iso ?? null, issuer, title: null, text: quote(input, span) },
      span,
    });
  }
  // Laws cited by title in the preamble.
  for (const sentence of input.sections.sentences) {
    const k = key.slice(sentence.span.start, sentence.span.end);
    if (!k.startsWith('căn cứ')) continue;
    UNNUMBERED.lastIndex = 0;
    for (let m = UNNUMBERED.exec(k); m !== null; m = UNNUMBERED.exec(k)) {
      const start = sentence.span.start + m.index + (m[0].length - m[0].trimStart().length) + (m[0].startsWith('căn cứ') ? 'căn cứ '.length : 0);
      const titleEnd = start + (m[1] as string).length + 1 + (m[2] as string).length;
      const title = quote(input, { start, end: titleEnd });
      if (titles.has(title)) continue;
      titles.add(title);
      const date = dateAhead(key, titleEnd);
      const span = { start, end: date?.end ?? titleEnd };
      out.push({
        value: { number: null, numberParts: null, type: typeName(m[1] as string), date: date?.iso ?? null, issuer: null, title, text: quote(input, span) },
        span,
      });
    }
  }
  // Every mention is returned; assemble counts repeated numbers once, first mention first.
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** document.recipients: "Kính gửi: ..." and the items of "Nơi nhận:" (without "Lưu: ..."). */
import type { Located } from '../../types.js';
import type { ExtractInput } from '../context.js';
import type { HeaderParts } from './header.js';

const ITEM = /^[-–•+]?\s*(.+?)[;,.\s]*$/u;

export function extractRecipients(input: ExtractInput, parts: HeaderParts): Located<string>[] {
  const { text } = input.normalized;
  const out: Located<string>[] = [];
  if (parts.greeting) {
    // "Kính gửi: A; B." on its line, then any addressees listed one a line below it.
    const g = parts.greeting.span;
    const newline = text.indexOf('\n', g.start);
    const lineEnd = newline < 0 || newline > g.end ? g.end : newline;
    const line = text.slice(g.start, lineEnd);
    const colon = line.indexOf(':');
    const start = g.start + (colon >= 0 ? colon + 1 : 'Kính gửi'.length);
    for (const piece of text.slice(start, lineEnd).split(/[;]/u)) {
      const name = piece.trim().replace(/[.,]$/u, '');
      if (name) out.push({ value: name, span: { start: text.indexOf(name, start), end: text.indexOf(name, start) + name.length } });
    }
    for (const item of parts.greeting.children) {
      const m = ITEM.exec(text.slice(item.span.start, item.span.end));
      const name = m?.[1]?.trim();
      if (name) out.push({ value: name, span: item.span });
    }
  }
  for (const item of parts.recipients?.children ?? []) {
    const m = ITEM.exec(text.slice(item.span.start, item.span.end));
    const name = m?.[1]?.trim();
    if (!name || /^lưu(?!\p{L})/iu.test(name)) continue;
    out.push({ value: name, span: item.span });
  }
  return out;
}

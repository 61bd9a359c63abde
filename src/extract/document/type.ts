/**
 * document.type: the type line ("QUYẾT ĐỊNH" -> "Quyết định"), else what the number's type code
 * stands for, else "Công văn" for a document with a V/v subject or a công văn symbol.
 */
import { foldKey } from '../../normalize/fold.js';
import { table } from '../../lexicon/index.js';
import type { Located } from '../../types.js';
import { parseCode, typeOfNumber } from '../codes.js';
import { quote, type ExtractInput } from '../context.js';
import type { HeaderParts } from './header.js';

let names: Map<string, string> | undefined;

export function typeName(written: string): string | null {
  names ??= new Map(table('doc-types.tsv').map((row) => [foldKey(row[0] as string), row[0] as string]));
  return names.get(foldKey(written).replace(/[:.\s]+$/u, '').replace(/\s+/gu, ' ')) ?? null;
}

export function extractType(input: ExtractInput, parts: HeaderParts): Located<string> | null {
  if (parts.type) {
    const name = typeName(quote(input, parts.type));
    if (name) return { value: name, span: parts.type };
  }
  // A "V/v" subject marks a công văn, whatever its symbol's first segment looks like (CT-CS).
  if (parts.vv) return { value: 'Công văn', span: parts.subject ?? parts.number ?? { start: 0, end: 0 } };
  if (parts.number) {
    const name = typeOfNumber(parseCode(quote(input, parts.number)));
    if (name) return { value: name, span: parts.number };
  }
  // No type line and no code that names a type, but a "Kính gửi" greeting: a công văn.
  if (parts.greeting && !parts.type) return { value: 'Công văn', span: parts.greeting.span };
  return null;
}

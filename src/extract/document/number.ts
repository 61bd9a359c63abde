/** document.number and numberParts: the code in the number line (or the lead's mention). */
import type { DocNumberParts, Located } from '../../types.js';
import { parseCode } from '../codes.js';
import { quote, type ExtractInput } from '../context.js';
import type { HeaderParts } from './header.js';

export function extractNumber(input: ExtractInput, parts: HeaderParts): { number: Located<string>; parts: DocNumberParts; party: boolean } | null {
  if (!parts.number) return null;
  const parsed = parseCode(quote(input, parts.number));
  return { number: { value: parsed.number, span: parts.number }, parts: parsed.parts, party: parsed.party };
}

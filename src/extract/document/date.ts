/** document.date (ISO) and document.place, from the place-and-date line or the lead. */
import type { Located } from '../../types.js';
import { quote, type ExtractInput } from '../context.js';
import type { HeaderParts } from './header.js';

export function extractDate(_input: ExtractInput, parts: HeaderParts): Located<string> | null {
  return parts.date ? { value: parts.date.iso, span: parts.date.span } : null;
}

export function extractPlace(input: ExtractInput, parts: HeaderParts): Located<string> | null {
  return parts.place ? { value: quote(input, parts.place), span: parts.place } : null;
}

/** document.subject: the trích yếu under the type line, the V/v line, or the lead's "về ...". */
import type { Located } from '../../types.js';
import { normalCase } from '../casing.js';
import { quote, type ExtractInput } from '../context.js';
import type { HeaderParts } from './header.js';

export function extractSubject(input: ExtractInput, parts: HeaderParts): Located<string> | null {
  if (!parts.subject) return null;
  const written = quote(input, parts.subject);
  const value = normalCase(written);
  // A subject in capitals reads as a sentence: lower case after its first letter, names kept.
  return { value: value === written ? written : value.charAt(0).toUpperCase() + value.slice(1), span: parts.subject };
}

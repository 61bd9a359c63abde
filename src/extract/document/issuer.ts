/**
 * document.issuer and issuerParent. Official header: the issuer block's lines in capitals,
 * "BỘ TÀI CHÍNH" / "CỤC THUẾ" (parent, issuer) or "ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG TRỊ" (one
 * name on two lines: the second starts with a place unit). News: the subject of the lead.
 */
import { foldKey } from '../../normalize/fold.js';
import { table } from '../../lexicon/index.js';
import type { Located, Span } from '../../types.js';
import { normalCase } from '../casing.js';
import { quote, type ExtractInput } from '../context.js';
import type { HeaderParts } from './header.js';

let unitStart: RegExp | undefined;

function continuesName(line: string): boolean {
  unitStart ??= new RegExp(
    `^(?:${table('place-units.tsv').filter((r) => r[1] === 'admin').map((r) => foldKey(r[0] as string)).join('|')})(?!\\p{L})`,
    'u',
  );
  return unitStart.test(foldKey(line));
}

function join(a: Span, b: Span): Span {
  return { start: a.start, end: b.end };
}

export function extractIssuer(input: ExtractInput, parts: HeaderParts): { issuer: Located<string> | null; parent: Located<string> | null } {
  if (parts.issuer) return { issuer: { value: quote(input, parts.issuer), span: parts.issuer }, parent: null };
  // Group the issuer block's lines into names: a line that starts with a place unit continues
  // the name above it ("ỦY BAN NHÂN DÂN" + "TỈNH QUẢNG TRỊ").
  const names: Span[] = [];
  for (const line of parts.issuerLines) {
    const last = names[names.length - 1];
    if (last && continuesName(quote(input, line))) names[names.length - 1] = join(last, line);
    else names.push({ ...line });
  }
  const located = (span: Span): Located<string> => ({ value: normalCase(quote(input, span)), span });
  const issuer = names[names.length - 1];
  const parent = names.length > 1 ? names[names.length - 2] : undefined;
  return { issuer: issuer ? located(issuer) : null, parent: parent ? located(parent) : null };
}

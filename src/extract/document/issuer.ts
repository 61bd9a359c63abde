/**
 * document.issuer and issuerParent. Official header: the issuer block's lines in capitals,
 * "BỘ TÀI CHÍNH" / "CỤC THUẾ" (parent, issuer) or "ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG TRỊ" (one
 * name on two lines: the second starts with a place unit). News: the subject of the lead.
 */
import { foldKey } from '../../normalize/fold.js';
import { alternation, table } from '../../lexicon/index.js';
import type { Located, Span } from '../../types.js';
import { expandAbbreviations, normalCase } from '../casing.js';
import { quote, type ExtractInput } from '../context.js';
import type { HeaderParts } from './header.js';

let unitStart: RegExp | undefined;

let headStart: RegExp | undefined;
/**
 * Does a header line continue the name above it? When it starts with a place unit ("ỦY BAN NHÂN
 * DÂN" + "TỈNH QUẢNG TRỊ"), or when it is a fragment of one or two words that does not start a
 * body's name ("UBND THÀNH PHỐ HÀ" + "NỘI").
 */
function continuesName(line: string): boolean {
  unitStart ??= new RegExp(`^(?:${alternation(table('place-units.tsv').filter((r) => r[1] === 'admin'))})(?!\\p{L})`, 'u');
  headStart ??= new RegExp(`^(?:${alternation(table('organization-heads.tsv'))})(?!\\p{L})`, 'u');
  const key = foldKey(line);
  // "HUYỆN ỦY VĨNH THUẬN" under "ĐẢNG BỘ TỈNH KIÊN GIANG" is a body of its own.
  if (/^\S+\s+ủy(?!\p{L})/u.test(key)) return false;
  if (unitStart.test(key)) return true;
  return key.split(/\s+/u).length <= 2 && !headStart.test(key) && !/^[*\-_=]/u.test(key);
}

const BARE_UNIT = /(?:^|\s)(?:thành phố|tỉnh|huyện|quận|thị xã|xã|phường)$/u;

/**
 * An issuer named by its unit alone ("Ủy ban nhân dân Thành phố") is completed from the text's
 * first full mention ("Ủy ban nhân dân Thành phố Hồ Chí Minh"), which the result then points to.
 */
function join(a: Span, b: Span): Span {
  return { start: a.start, end: b.end };
}

function complete(input: ExtractInput, issuer: Located<string>): Located<string> {
  const value = foldKey(issuer.value);
  const bare = BARE_UNIT.exec(value);
  if (!bare) return issuer;
  const { key, text } = input.normalized;
  const nameAfter = (at: number) =>
    /^\s+((?:\p{Lu}[\p{Ll}\p{M}]*)(?:\s\p{Lu}[\p{Ll}\p{M}]*){0,3})/u.exec(text.slice(at, at + 60));
  // 1. The full name written elsewhere: that mention is where the result points.
  for (let at = key.indexOf(value); at >= 0; at = key.indexOf(value, at + 1)) {
    const rest = nameAfter(at + value.length);
    if (rest) return { value: `${issuer.value} ${rest[1] as string}`, span: { start: at, end: at + value.length + rest[0].length } };
  }
  // 2. Else the one place of that unit the document names ("trên địa bàn Thành phố Hồ Chí Minh").
  const unit = bare[0].trim();
  const names = new Set<string>();
  for (let at = key.indexOf(unit); at >= 0; at = key.indexOf(unit, at + 1)) {
    const rest = nameAfter(at + unit.length);
    if (rest) names.add(rest[1] as string);
  }
  if (names.size === 1) return { value: `${issuer.value} ${[...names][0] as string}`, span: issuer.span };
  return issuer;
}

export function extractIssuer(input: ExtractInput, parts: HeaderParts): { issuer: Located<string> | null; parent: Located<string> | null } {
  if (parts.issuer) return { issuer: complete(input, { value: quote(input, parts.issuer), span: parts.issuer }), parent: null };
  // Group the issuer block's lines into names: a line that starts with a place unit continues
  // the name above it ("ỦY BAN NHÂN DÂN" + "TỈNH QUẢNG TRỊ").
  const names: Span[] = [];
  for (const line of parts.issuerLines) {
    const last = names[names.length - 1];
    if (last && continuesName(quote(input, line))) names[names.length - 1] = join(last, line);
    else names.push({ ...line });
  }
  const located = (span: Span): Located<string> => ({ value: normalCase(expandAbbreviations(quote(input, span))), span });
  const issuer = names[names.length - 1];
  const parent = names.length > 1 ? names[names.length - 2] : undefined;
  return { issuer: issuer ? located(issuer) : null, parent: parent ? located(parent) : null };
}

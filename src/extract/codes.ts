/** Document codes and dates: parsing what the tokenizer found into values. */
import { table } from '../lexicon/index.js';
import type { DocNumberParts } from '../types.js';

/** The code as output: spaces removed, en dash as hyphen. */
export function cleanCode(code: string): string {
  return code.replace(/\s+/gu, '').replace(/–/gu, '-');
}

const PARTY = /^(\d+)-([\p{L}\d]+)\/([\p{L}\d-]+)$/u;
const STATE = /^(\d+)\/(?:(\d{4})\/)?([\p{L}\d-]+)$/u;

export function parseCode(raw: string): { number: string; parts: DocNumberParts; party: boolean } {
  const number = cleanCode(raw);
  const party = PARTY.exec(number);
  if (party) {
    return { number, party: true, parts: { serial: party[1] as string, year: null, typeCode: party[2] as string, bodyCode: party[3] as string } };
  }
  const state = STATE.exec(number);
  const serial = state?.[1] ?? number;
  const symbol = state?.[3] ?? '';
  const [first, ...rest] = symbol.split('-');
  // State symbols: TYPE-BODY (QĐ-UBND) or, for a công văn, BODY-UNIT (UBND-VP).
  const typeCode = first && typeOfCode(first, false) ? first : null;
  const bodyCode = typeCode ? rest.join('-') || null : symbol || null;
  return { number, party: false, parts: { serial, year: state?.[2] ?? null, typeCode, bodyCode } };
}

let stateCodes: Map<string, string> | undefined;
let partyCodes: Map<string, string> | undefined;

/** The document type a code stands for ("QĐ" -> "Quyết định"), case-insensitively. */
export function typeOfCode(code: string, party: boolean): string | null {
  if (!stateCodes || !partyCodes) {
    stateCodes = new Map();
    partyCodes = new Map();
    for (const [name, state, partyCode] of table('doc-types.tsv')) {
      if (state && state !== '-') stateCodes.set(state.toUpperCase(), name as string);
      if (partyCode && partyCode !== '-') partyCodes.set(partyCode.toUpperCase(), name as string);
    }
  }
  const upper = code.toUpperCase();
  return (party ? partyCodes.get(upper) : stateCodes.get(upper)) ?? null;
}

/** The type a document number implies: its type code, or Công văn for a state symbol without one. */
export function typeOfNumber(parsed: ReturnType<typeof parseCode>): string | null {
  if (parsed.parts.typeCode) return typeOfCode(parsed.parts.typeCode, parsed.party);
  return parsed.party ? null : 'Công văn';
}

function iso(day: number, month: number, year: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2100) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u;
const WORDED = /^ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/u;

/** A date written `17/10/2022`, `20-3-2023` or `ngày 17 tháng 11 năm 2025` (folded) as ISO. */
export function parseDate(folded: string): string | null {
  const m = NUMERIC.exec(folded) ?? WORDED.exec(folded);
  if (!m) return null;
  return iso(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Finds a date at the start of `key.slice(from)`: `ngày 17/10/2022`, `ngày 17 tháng 11 năm 2025`. */
const DATE_AHEAD = /\s*,?\s*(?:ngày\s+)?(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|(?:ngày\s*)?\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4})/uy;
export function dateAhead(key: string, from: number): { iso: string; start: number; end: number } | null {
  DATE_AHEAD.lastIndex = from;
  const m = DATE_AHEAD.exec(key);
  if (!m) return null;
  const raw = m[1] as string;
  const value = parseDate(raw.startsWith('ngày') || /^\d{1,2}[/.-]/u.test(raw) && !/tháng/u.test(raw) ? raw : `ngày ${raw}`);
  if (!value) return null;
  const end = from + m[0].length;
  return { iso: value, start: end - raw.length, end };
}

import type { Extracted, Normalized, Result, Sections } from '../types.js';
export function assemble(n: Normalized, _s: Sections, e: Extracted): Result {
  return { source: { path: n.source.path, format: n.source.format, encoding: n.source.encoding, bytes: n.source.byteLength, language: 'und' }, document: { kind: e.document.kind, type: null, number: null, numberParts: null, date: null, place: null, issuer: null, issuerParent: null, subject: null, urgency: null, signer: null, recipients: [], positions: {} }, references: [], tasks: [], projects: [], places: [], organizations: [], periods: [], warnings: [] };
}

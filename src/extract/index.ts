import type { Extracted, Normalized, Sections, Token } from '../types.js';
export interface ExtractInput { normalized: Normalized; tokens: Token[]; sections: Sections }
export function extract(_i: ExtractInput): Extracted {
  return { document: { kind: 'news', type: null, number: null, numberParts: null, date: null, place: null, issuer: null, issuerParent: null, subject: null, urgency: null, signer: null, recipients: [] }, references: [], tasks: [], projects: [], places: [], organizations: [], periods: [], diagnostics: [] };
}

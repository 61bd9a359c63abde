/** The document's own fields, one small extractor each, over the header parts. */
import type { DocumentFields } from '../../types.js';
import type { ExtractInput } from '../context.js';
import { headerParts } from './header.js';
import { extractNumber } from './number.js';
import { extractType } from './type.js';
import { extractDate, extractPlace } from './date.js';
import { extractIssuer } from './issuer.js';
import { extractSubject } from './subject.js';
import { extractSigner } from './signer.js';
import { extractRecipients } from './recipients.js';
import { extractUrgency } from './urgency.js';

export function extractDocument(input: ExtractInput): DocumentFields {
  const parts = headerParts(input);
  const number = extractNumber(input, parts);
  const { issuer, parent } = extractIssuer(input, parts);
  return {
    kind: input.sections.kind,
    type: extractType(input, parts),
    number: number?.number ?? null,
    numberParts: number?.parts ?? null,
    date: extractDate(input, parts),
    place: extractPlace(input, parts),
    issuer,
    issuerParent: parent,
    subject: extractSubject(input, parts),
    urgency: extractUrgency(input, parts),
    signer: extractSigner(input, parts),
    recipients: extractRecipients(input, parts),
  };
}

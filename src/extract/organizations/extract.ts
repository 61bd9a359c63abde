/**
 * organizations[]: the mentions that are not generic plurals, each with its normalised name, its
 * level and its place (as a name; a short code stays as written).
 */
import type { Located, OrganizationValue } from '../../types.js';
import type { ExtractInput } from '../context.js';
import { nameCase } from '../casing.js';
import { spanOf, textOf } from '../words.js';
import { mentionsOf } from './mentions.js';
import { organizationName } from './naming.js';

export function extractOrganizations(input: ExtractInput): Located<OrganizationValue>[] {
  const { w, mentions } = mentionsOf(input);
  return mentions
    .filter((m) => !m.generic)
    .map((m) => {
      const name = organizationName(w, m.from, m.to);
      const placeText = m.place ? textOf(w, m.place[0], m.place[1]) : null;
      // A short code stays as written ("TP.HCM" -> place "HCM").
      const place = placeText === null ? null : /^\p{Lu}{2,4}$/u.test(placeText) ? placeText : nameCase(placeText);
      return { value: { name, level: m.level, place }, span: spanOf(w, m.from, m.to) };
    });
}

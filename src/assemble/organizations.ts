/**
 * Assemble for organisations and people: one entry per name (folded, so "Uỷ ban" and "Ủy ban"
 * are one), at its first mention. An organisation lists every mention's position; a person takes
 * the first title the text gives it when the first mention has none.
 */
import { foldKey } from '../normalize/fold.js';
import type { Located, OrganizationValue, PersonValue, Position, ResultOrganization, ResultPerson, Span } from '../types.js';

const nameKey = (name: string): string => foldKey(name).replace(/\s+/gu, ' ').trim();

export function assembleOrganizations(items: Located<OrganizationValue>[], at: (span: Span) => Position): ResultOrganization[] {
  const byName = new Map<string, ResultOrganization>();
  for (const item of items) {
    const position = at(item.span);
    const seen = byName.get(nameKey(item.value.name));
    if (seen) {
      seen.count++;
      seen.mentions.push(position);
      seen.level ??= item.value.level;
      seen.place ??= item.value.place;
    } else byName.set(nameKey(item.value.name), { ...item.value, ...position, count: 1, mentions: [position] });
  }
  return [...byName.values()];
}

export function assemblePeople(items: Located<PersonValue>[], at: (span: Span) => Position): ResultPerson[] {
  const byName = new Map<string, ResultPerson>();
  for (const item of items) {
    const seen = byName.get(nameKey(item.value.name));
    if (seen) {
      seen.count++;
      seen.title ??= item.value.title;
    } else byName.set(nameKey(item.value.name), { ...item.value, ...at(item.span), count: 1 });
  }
  return [...byName.values()];
}

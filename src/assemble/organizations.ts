/**
 * Assemble for organisations and people: one entry per name (folded, so "Uỷ ban" and "Ủy ban"
 * are one), at its first mention. An organisation lists every mention's position; a person takes
 * the first title the text gives it when the first mention has none.
 */
import { foldKey } from '../normalize/fold.js';
import type { Located, OrganizationValue, PersonValue, Position, ResultOrganization, ResultPerson, Span } from '../types.js';

const nameKey = (name: string): string => foldKey(name).replace(/\s+/gu, ' ').trim();

/** `mentionSpans`, when given, receives each organisation's mention spans (as `mentions`). */
export function assembleOrganizations(
  items: Located<OrganizationValue>[],
  at: (span: Span) => Position,
  mentionSpans?: Span[][],
): ResultOrganization[] {
  const byName = new Map<string, ResultOrganization>();
  const spans = new Map<string, Span[]>();
  for (const item of items) {
    const position = at(item.span);
    const key = nameKey(item.value.name);
    const seen = byName.get(key);
    if (seen) {
      seen.count++;
      seen.mentions.push(position);
      seen.level ??= item.value.level;
      seen.place ??= item.value.place;
      spans.get(key)?.push(item.span);
    } else {
      byName.set(key, { ...item.value, ...position, count: 1, mentions: [position] });
      spans.set(key, [item.span]);
    }
  }
  mentionSpans?.push(...spans.values());
  return [...byName.values()];
}

/** `mentionSpans`, when given, receives each person's mention spans, the first mention's first. */
export function assemblePeople(items: Located<PersonValue>[], at: (span: Span) => Position, mentionSpans?: Span[][]): ResultPerson[] {
  const byName = new Map<string, ResultPerson>();
  const spans = new Map<string, Span[]>();
  for (const item of items) {
    const key = nameKey(item.value.name);
    const seen = byName.get(key);
    if (seen) {
      seen.count++;
      seen.title ??= item.value.title;
      spans.get(key)?.push(item.span);
    } else {
      byName.set(key, { ...item.value, ...at(item.span), count: 1 });
      spans.set(key, [item.span]);
    }
  }
  mentionSpans?.push(...spans.values());
  return [...byName.values()];
}

/**
 * places[]: the mentions the extractor found, one entry per place, resolved against the
 * administrative-unit table (src/extract/gazetteer.ts) with the whole document as context: its date
 * picks the units before or after 2025-07-01, and the other places it names pick between units of
 * the same name ("xã Tân Thuận" is the one under the "huyện Vĩnh Thuận" also named). A name that
 * stays ambiguous keeps code null.
 *
 * Pure: a function of the extracted places, the document date and the position mapping.
 */
import { resolvePlaces, type PlaceQuery, type Resolution } from '../extract/gazetteer.js';
import { fullName } from '../extract/place-names.js';
import { foldKey, stripDiacritics } from '../normalize/fold.js';
import type { Located, PlaceValue, Position, ResultPlace, Span } from '../types.js';

interface Mention {
  at: Position;
  offset: number;
  span: Span;
}

interface Entry {
  name: string;
  unit: string | null;
  impliedUnit: string | null;
  mentions: Mention[];
}

const SPACES = /\s+/gu;
const nameKey = (name: string) => foldKey(name).replace(SPACES, ' ').trim();

/** `mentionSpans`, when given, receives each place's mention spans (as its `mentions`). */
export function assemblePlaces(
  places: readonly Located<PlaceValue>[],
  date: string | null,
  at: (span: Span) => Position,
  mentionSpans?: Span[][],
): ResultPlace[] {
  // One entry per name and unit, in order of first mention.
  const byKey = new Map<string, Entry>();
  for (const { value, span } of places) {
    const key = `${nameKey(value.name)}|${value.unit ?? ''}`;
    const position = at(span);
    const entry = byKey.get(key);
    if (entry) {
      entry.mentions.push({ at: position, offset: span.start, span });
      entry.impliedUnit ??= value.impliedUnit ?? null;
    } else {
      byKey.set(key, {
        name: value.name,
        unit: value.unit,
        impliedUnit: value.impliedUnit ?? null,
        mentions: [{ at: position, offset: span.start, span }],
      });
    }
  }
  const entries = mergeUnitless([...byKey.values()]);

  const queries: PlaceQuery[] = entries.map((e) => ({ name: fullName(e.name), unit: e.unit ?? e.impliedUnit }));
  const resolved = supported(entries, resolvePlaces(queries, date));
  const kept = mergeMisspelt(entries, resolved);

  const out = kept
    .map(({ entry: e, resolution: r }) => {
      const mentions = e.mentions.slice().sort((a, b) => a.offset - b.offset);
      const first = mentions[0] as Mention;
      const place: ResultPlace = {
        name: e.name,
        unit: e.unit,
        code: r?.code ?? null,
        era: r?.code ? (r.era === 'new' ? '2025' : 'pre-2025') : null,
        parents: r ? r.parents.map(ref) : [],
        successors: r ? r.successors.map((s) => ({ ...ref(s), parents: s.parents.map(ref) })) : [],
        line: first.at.line,
        column: first.at.column,
        count: mentions.length,
        mentions: mentions.map((m) => ({ line: m.at.line, column: m.at.column })),
      };
      return { place, offset: first.offset, spans: mentions.map((m) => m.span) };
    })
    .sort((a, b) => a.offset - b.offset);
  mentionSpans?.push(...out.map((x) => x.spans));
  return out.map((x) => x.place);
}

const ref = (p: { code: string | null; unit: string; name: string }) => ({ code: p.code, unit: p.unit, name: p.name });

/**
 * A name written with no unit word at all ("Lê Đại Hành" in an address) resolves only to a province
 * or to a unit under another place the document names: a unit that is merely the only one of that
 * name in the table, elsewhere in the country, is a guess.
 */
function supported(entries: Entry[], resolved: (Resolution | null)[]): (Resolution | null)[] {
  // Codes are per era: 44 is tỉnh Quảng Bình before 2025-07-01 and tỉnh Quảng Trị since.
  const codes = new Set<string>();
  for (const r of resolved) if (r?.code) codes.add(`${r.era}:${r.code}`);
  return resolved.map((r, i) => {
    const e = entries[i] as Entry;
    if (!r || e.unit || e.impliedUnit || r.parents.length === 0) return r;
    return r.parents.some((p) => p.code !== null && codes.has(`${r.era}:${p.code}`)) ? r : null;
  });
}

/**
 * A name seen without a unit ("Huyện ủy Gia Lâm", "Hà Nội, ngày ...") joins the same name seen
 * with one: the one of the unit its committee implies, else the first.
 */
function mergeUnitless(entries: Entry[]): Entry[] {
  const withUnit = new Map<string, Entry[]>();
  for (const e of entries) {
    if (!e.unit) continue;
    const list = withUnit.get(nameKey(e.name)) ?? [];
    list.push(e);
    withUnit.set(nameKey(e.name), list);
  }
  return entries.filter((e) => {
    if (e.unit) return true;
    const list = withUnit.get(nameKey(e.name));
    if (!list) return true;
    const same = list.find((o) => o.unit === e.impliedUnit) ?? (list[0] as Entry);
    same.mentions.push(...e.mentions);
    return false;
  });
}

/**
 * A misspelt mention ("Thuế tỉnh Khánh Hóa" beside "Thuế tỉnh Khánh Hòa") joins the place it
 * misspells: an unresolved place with a unit and the same letters, diacritics aside, as exactly one
 * resolved place of the same unit.
 */
function mergeMisspelt(entries: Entry[], resolved: (Resolution | null)[]): { entry: Entry; resolution: Resolution | null }[] {
  const bare = (e: Entry) => `${stripDiacritics(nameKey(e.name))}|${e.unit ?? ''}`;
  const targets = new Map<string, Entry[]>();
  entries.forEach((e, i) => {
    if (!resolved[i]) return;
    const list = targets.get(bare(e)) ?? [];
    list.push(e);
    targets.set(bare(e), list);
  });
  const out: { entry: Entry; resolution: Resolution | null }[] = [];
  entries.forEach((e, i) => {
    const list = resolved[i] || !e.unit ? undefined : targets.get(bare(e));
    if (list?.length === 1) (list[0] as Entry).mentions.push(...e.mentions);
    else out.push({ entry: e, resolution: resolved[i] ?? null });
  });
  return out;
}

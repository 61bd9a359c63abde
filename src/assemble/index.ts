/**
 * Stage 6, assemble: extracted items (normalized spans) -> the public Result, with every
 * position mapped back to the input's line and column; repeated names counted once (first
 * mention's position); the language decided on a bounded sample; diagnostics as warnings.
 */
import { LineIndex } from '../normalize/lines.js';
import { detectLanguage } from './language.js';
import { foldKey } from '../normalize/fold.js';
import { assembleOrganizations, assemblePeople } from './organizations.js';
import { assemblePlaces } from './places.js';
import type { ResultSpans } from './spans.js';
import { DOCUMENT_POSITION_FIELDS } from '../types.js';
import type {
  Diagnostic,
  Extracted,
  Located,
  Normalized,
  Position,
  Result,
  ResultDocument,
  ResultDivision,
  ResultWarning,
  Section,
  Sections,
  Span,
} from '../types.js';

const DIVISIONS = new Set(['part', 'chapter', 'section', 'article', 'clause', 'point']);

/** The labelled divisions of the body, depth-first, in document order. */
function divisions(
  normalized: Normalized,
  sections: Sections,
  at: (span: Span) => Position,
  lastLine: (span: Span) => number,
): ResultDivision[] {
  const out: ResultDivision[] = [];
  const walk = (list: Section[], depth: number) => {
    for (const s of list) {
      if (DIVISIONS.has(s.kind) && s.label) {
        out.push({
          kind: s.kind as ResultDivision['kind'],
          label: s.label,
          title: s.title ? normalized.text.slice(s.title.start, s.title.end).replace(/\s+/gu, ' ').trim() || null : null,
          depth,
          ...at(s.span),
          endLine: lastLine(s.span),
        });
        walk(s.children, depth + 1);
      } else if (s.kind === 'body' || s.kind === 'root') walk(s.children, depth);
    }
  };
  if (sections.kind === 'official') walk(sections.root.children, 0);
  return out;
}

/**
 * `spans`, when given, receives where each item of the result is, start and end (normalized
 * offsets; see ./spans.ts): the review page's highlights. It changes nothing in the result.
 */
export function assemble(normalized: Normalized, sections: Sections, extracted: Extracted, spans?: ResultSpans): Result {
  const lines = new LineIndex(normalized.source.text);
  const at = (span: Span): Position => lines.position(normalized.map.toInput(span.start));
  const lastLine = (span: Span): number => lines.position(normalized.map.toInput(Math.max(span.start, span.end - 1))).line;
  const located = <T extends object>(item: Located<T>): T & Position => ({ ...item.value, ...at(item.span) });
  const counted = <T extends object>(items: Located<T>[], keyOf: (v: T) => string, sink?: Span[][]): (T & Position & { count: number })[] => {
    const byKey = new Map<string, T & Position & { count: number }>();
    const spansByKey = new Map<string, Span[]>();
    for (const item of items) {
      const k = foldKey(keyOf(item.value));
      const seen = byKey.get(k);
      if (seen) seen.count++;
      else byKey.set(k, { ...located(item), count: 1 });
      if (sink) {
        const list = spansByKey.get(k);
        if (list) list.push(item.span);
        else spansByKey.set(k, [item.span]);
      }
    }
    sink?.push(...spansByKey.values());
    return [...byKey.values()];
  };

  const d = extracted.document;
  const positions: ResultDocument['positions'] = {};
  for (const field of DOCUMENT_POSITION_FIELDS) {
    const value = d[field];
    if (value) positions[field] = at(value.span);
  }
  const document: ResultDocument = {
    kind: d.kind,
    type: d.type?.value ?? null,
    number: d.number?.value ?? null,
    numberParts: d.numberParts,
    date: d.date?.value ?? null,
    place: d.place?.value ?? null,
    issuer: d.issuer?.value ?? null,
    issuerParent: d.issuerParent?.value ?? null,
    subject: d.subject?.value ?? null,
    urgency: d.urgency?.value ?? null,
    signer: d.signer?.value ?? null,
    recipients: d.recipients.map((r) => ({ name: r.value, ...at(r.span) })),
    positions,
  };
  if (spans) {
    for (const field of DOCUMENT_POSITION_FIELDS) {
      const value = d[field];
      if (value) spans.document[field] = value.span;
    }
    spans.recipients.push(...d.recipients.map((r) => r.span));
  }

  const diagnostics: Diagnostic[] = [...normalized.source.diagnostics, ...normalized.diagnostics, ...extracted.diagnostics];
  // HTML is read through its text; other inputs as decoded (English lines are blank in the text).
  const language = detectLanguage(normalized.source.format === 'html' ? normalized.text : normalized.source.text);
  const foreign = language.code !== 'vie' && language.code !== 'und';
  if (foreign) {
    diagnostics.push({
      ruleId: 'not-vietnamese',
      severity: 'warning',
      message: `the text is not Vietnamese (detected: ${language.code}): no entities are extracted`,
      inputOffset: 0,
    });
  } else if (language.plain) {
    diagnostics.push({
      ruleId: 'no-diacritics',
      severity: 'warning',
      message: 'the text is Vietnamese written without diacritics: names and places are read poorly',
      inputOffset: 0,
    });
  }
  if (spans && !foreign) {
    spans.tasks.push(...extracted.tasks.map((t) => t.span));
    spans.projects.push(...extracted.projects.map((p) => p.span));
  }
  const warnings: ResultWarning[] = diagnostics.map((diag) => {
    const offset = diag.inputOffset ?? (diag.span ? normalized.map.toInput(diag.span.start) : 0);
    return { severity: diag.severity, rule: diag.ruleId, message: diag.message, ...lines.position(offset) };
  });

  return {
    source: {
      path: normalized.source.path,
      format: normalized.source.format,
      encoding: normalized.source.encoding,
      bytes: normalized.source.byteLength,
      language: language.code,
    },
    document,
    structure: divisions(normalized, sections, at, lastLine),
    references: mergeReferences(counted(extracted.references, (v) => v.number ?? v.title ?? v.text, spans?.references), extracted),
    // A text in another language gives no guessed entities.
    tasks: foreign ? [] : extracted.tasks.map(located),
    projects: foreign ? [] : extracted.projects.map(located),
    places: foreign ? [] : assemblePlaces(extracted.places, d.date?.value ?? null, at, spans?.places),
    organizations: foreign ? [] : assembleOrganizations(extracted.organizations, at, spans?.organizations),
    people: foreign ? [] : assemblePeople(extracted.people, at, spans?.people),
    periods: counted(extracted.periods, (v) => v.text, spans?.periods).map(({ count: _count, ...rest }) => rest),
    warnings,
  };
}

/** A reference first cited bare ("Nghị quyết số 09-NQ/HU") takes date and issuer from a later citation. */
function mergeReferences<T extends { number: string | null; date: string | null; issuer: string | null; type: string | null }>(
  refs: T[],
  extracted: Extracted,
): T[] {
  for (const ref of refs) {
    if (!ref.number || (ref.date && ref.issuer)) continue;
    for (const other of extracted.references) {
      if (other.value.number !== ref.number) continue;
      ref.date ??= other.value.date;
      ref.issuer ??= other.value.issuer;
      ref.type ??= other.value.type;
    }
  }
  return refs;
}

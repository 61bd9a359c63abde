/**
 * Internal, not output: where each item of a `Result` is, as start AND end (the result itself
 * carries only the start's line and column). Filled by `assemble` when asked, in the order of the
 * result's lists, so `spans.places[i][j]` is `result.places[i].mentions[j]`. The review page
 * (src/review) highlights items with it; nothing here reaches the YAML or the JSON schema.
 *
 * `assemble` fills it with normalized offsets; `parseWithSpans` (src/pipeline.ts) hands it out
 * mapped to offsets into the decoded input (`Decoded.text`).
 */
import { DOCUMENT_POSITION_FIELDS, type DocumentPositionField, type Span } from '../types.js';

export interface ResultSpans {
  /** `result.document`'s located fields (those in `document.positions`). */
  document: Partial<Record<DocumentPositionField, Span>>;
  /** One per `result.document.recipients[i]`. */
  recipients: Span[];
  /** Per `result.references[i]`, every citation counted in it; the first is the one at its line/column. */
  references: Span[][];
  /** One per `result.tasks[i]`. */
  tasks: Span[];
  /** One per `result.projects[i]`. */
  projects: Span[];
  /** Per `result.places[i]`, one per `mentions[j]`, same order. */
  places: Span[][];
  /** Per `result.organizations[i]`, one per `mentions[j]`, same order. */
  organizations: Span[][];
  /** Per `result.people[i]`, every mention counted in it; the first is the one at its line/column. */
  people: Span[][];
  /** Per `result.periods[i]`, every mention of it; the first is the one at its line/column. */
  periods: Span[][];
}

export function emptySpans(): ResultSpans {
  return { document: {}, recipients: [], references: [], tasks: [], projects: [], places: [], organizations: [], people: [], periods: [] };
}

/** The same spans through `f` (normalized -> input offsets). */
export function mapSpans(spans: ResultSpans, f: (span: Span) => Span): ResultSpans {
  const document: ResultSpans['document'] = {};
  for (const field of DOCUMENT_POSITION_FIELDS) {
    const span = spans.document[field];
    if (span) document[field] = f(span);
  }
  const all = (list: Span[][]) => list.map((mentions) => mentions.map(f));
  return {
    document,
    recipients: spans.recipients.map(f),
    references: all(spans.references),
    tasks: spans.tasks.map(f),
    projects: spans.projects.map(f),
    places: all(spans.places),
    organizations: all(spans.organizations),
    people: all(spans.people),
    periods: all(spans.periods),
  };
}

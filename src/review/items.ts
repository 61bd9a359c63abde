/**
 * The review page's highlights: one per located item of the result (per mention for places,
 * organisations, and for references, people and periods cited more than once), with its kind, its
 * badge, its id in the page and the normalised value its tooltip shows.
 */
import type { ResultSpans } from '../assemble/spans.js';
import { DOCUMENT_POSITION_FIELDS, type DocumentPositionField, type Result, type ResultPlace, type ResultReference, type SignerValue, type Span } from '../types.js';
import type { Interval } from './nest.js';

export type ReviewKind =
  | 'number'
  | 'date'
  | 'issuer'
  | 'reference'
  | 'task'
  | 'project'
  | 'place'
  | 'organization'
  | 'person'
  | 'period'
  | 'field';

export interface KindInfo {
  /** Vietnamese name, then the YAML's word for it. */
  label: string;
  english: string;
  badge: string;
  /** Lower is drawn outside when two items have the same span. */
  rank: number;
}

export const KINDS: Record<ReviewKind, KindInfo> = {
  task: { label: 'Nhiệm vụ', english: 'task', badge: 'NV', rank: 0 },
  reference: { label: 'Văn bản dẫn chiếu', english: 'reference', badge: 'VB', rank: 1 },
  field: { label: 'Trường khác', english: 'other field of document', badge: 'TT', rank: 2 },
  project: { label: 'Dự án, công trình', english: 'project', badge: 'DA', rank: 3 },
  issuer: { label: 'Cơ quan ban hành', english: 'issuer', badge: 'CQBH', rank: 4 },
  number: { label: 'Số, ký hiệu', english: 'number', badge: 'Số', rank: 5 },
  date: { label: 'Ngày ban hành', english: 'date', badge: 'Ngày', rank: 6 },
  period: { label: 'Thời kỳ', english: 'period', badge: 'TK', rank: 7 },
  organization: { label: 'Cơ quan, tổ chức', english: 'organisation', badge: 'TC', rank: 8 },
  place: { label: 'Địa danh', english: 'place', badge: 'ĐD', rank: 9 },
  person: { label: 'Người', english: 'person', badge: 'NG', rank: 10 },
};

/** The legend's order. */
export const KIND_ORDER: readonly ReviewKind[] = [
  'number',
  'date',
  'issuer',
  'reference',
  'task',
  'project',
  'place',
  'organization',
  'person',
  'period',
  'field',
];

export interface ReviewItem extends Interval {
  kind: ReviewKind;
  badge: string;
  /** Where it is in the YAML: `tasks[3]`, `places[0].mentions[1]`, `document.number`. */
  path: string;
  /** The normalised value, for the tooltip. */
  value: string;
}

/** How each located field of `document` is shown. */
export const DOCUMENT_FIELDS: Record<DocumentPositionField, { kind: ReviewKind; badge: string; label: string }> = {
  number: { kind: 'number', badge: 'Số', label: 'Số, ký hiệu' },
  date: { kind: 'date', badge: 'Ngày', label: 'Ngày ban hành' },
  issuer: { kind: 'issuer', badge: 'CQBH', label: 'Cơ quan ban hành' },
  issuerParent: { kind: 'issuer', badge: 'CQ chủ quản', label: 'Cơ quan chủ quản' },
  type: { kind: 'field', badge: 'Loại', label: 'Loại văn bản' },
  subject: { kind: 'field', badge: 'Trích yếu', label: 'Trích yếu' },
  place: { kind: 'field', badge: 'Nơi BH', label: 'Địa danh ban hành' },
  urgency: { kind: 'field', badge: 'Độ khẩn', label: 'Độ khẩn' },
  signer: { kind: 'field', badge: 'Ký', label: 'Người ký' },
};

export const itemId = {
  document: (field: string) => `doc-${field}`,
  recipient: (i: number) => `doc-recipient-${i}`,
  reference: (i: number, j: number) => `ref-${i}-${j}`,
  task: (i: number) => `task-${i}`,
  project: (i: number) => `project-${i}`,
  place: (i: number, j: number) => `place-${i}-${j}`,
  organization: (i: number, j: number) => `org-${i}-${j}`,
  person: (i: number, j: number) => `person-${i}-${j}`,
  period: (i: number, j: number) => `period-${i}-${j}`,
};

export function signerText(signer: SignerValue): string {
  return [signer.authority, signer.title, signer.name].filter(Boolean).join(' · ');
}

export function referenceText(r: ResultReference): string {
  const head = [r.type, r.number ? `số ${r.number}` : r.title].filter(Boolean).join(' ');
  const tail = [r.date ? `ngày ${r.date}` : null, r.issuer ? `của ${r.issuer}` : null].filter(Boolean).join(', ');
  return [head || r.text, tail].filter(Boolean).join(', ');
}

export function placeText(p: ResultPlace): string {
  const name = [p.unit, p.name].filter(Boolean).join(' ');
  const code = p.code ? `mã ${p.code}${p.era ? ` (${p.era})` : ''}` : 'không có trong bảng đơn vị hành chính';
  const parents = p.parents.map((q) => `${q.unit} ${q.name}`).join(', ');
  return [name, code, parents].filter(Boolean).join(' · ');
}

/** Every highlight of the page, in no particular order. */
export function reviewItems(result: Result, spans: ResultSpans): ReviewItem[] {
  const items: ReviewItem[] = [];
  const add = (id: string, kind: ReviewKind, span: Span | undefined, path: string, value: string, badge = KINDS[kind].badge) => {
    if (!span) return;
    items.push({ id, kind, badge, path, value, start: span.start, end: span.end, rank: KINDS[kind].rank });
  };
  const d = result.document;
  for (const field of DOCUMENT_POSITION_FIELDS) {
    const info = DOCUMENT_FIELDS[field];
    const raw = d[field];
    if (raw === null || raw === undefined) continue;
    const value = typeof raw === 'string' ? raw : signerText(raw);
    add(itemId.document(field), info.kind, spans.document[field], `document.${field}`, value, info.badge);
  }
  d.recipients.forEach((r, i) => add(itemId.recipient(i), 'field', spans.recipients[i], `document.recipients[${i}]`, r.name, 'Nơi nhận'));
  result.references.forEach((r, i) =>
    (spans.references[i] ?? []).forEach((span, j) => add(itemId.reference(i, j), 'reference', span, `references[${i}]`, referenceText(r))),
  );
  result.tasks.forEach((t, i) => {
    const actors = t.actors.length ? ` · chủ trì: ${t.actors.join('; ')}` : '';
    const deadline = t.deadline ? ` · hạn: ${t.deadline}` : t.deadlineText ? ` · hạn: ${t.deadlineText}` : '';
    add(itemId.task(i), 'task', spans.tasks[i], `tasks[${i}]`, `${t.text}${actors}${deadline}`);
  });
  result.projects.forEach((p, i) => add(itemId.project(i), 'project', spans.projects[i], `projects[${i}]`, `${p.name} (${p.kind})`));
  result.places.forEach((p, i) =>
    (spans.places[i] ?? []).forEach((span, j) => add(itemId.place(i, j), 'place', span, `places[${i}].mentions[${j}]`, placeText(p))),
  );
  result.organizations.forEach((o, i) => {
    const value = [o.name, o.level ? `cấp ${o.level}` : null, o.place].filter(Boolean).join(' · ');
    (spans.organizations[i] ?? []).forEach((span, j) => add(itemId.organization(i, j), 'organization', span, `organizations[${i}].mentions[${j}]`, value));
  });
  result.people.forEach((p, i) => {
    const value = [p.name, p.title].filter(Boolean).join(' · ');
    (spans.people[i] ?? []).forEach((span, j) => add(itemId.person(i, j), 'person', span, `people[${i}]`, value));
  });
  result.periods.forEach((p, i) => {
    const value = [`${p.start}–${p.end}`, p.kind].filter(Boolean).join(' · ');
    (spans.periods[i] ?? []).forEach((span, j) => add(itemId.period(i, j), 'period', span, `periods[${i}]`, value));
  });
  return items;
}

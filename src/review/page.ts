/**
 * The review page: one self-contained HTML file (inline style and script, no network) with the
 * document's text as written, every extracted item highlighted in place, a legend, and a panel
 * with the fields of the YAML whose entries link to the highlights.
 *
 * Pure: a function of the result, the decoded input text and the items' spans. Everything from the
 * document is escaped (the text is untrusted); a Content-Security-Policy lets only the page's own
 * style and script run, and loads nothing.
 */
import { createHash } from 'node:crypto';
import type { ResultSpans } from '../assemble/spans.js';
import { DOCUMENT_POSITION_FIELDS, type Position, type Result, type ResultDivision } from '../types.js';
import { SCRIPT, STYLE } from './assets.js';
import {
  DOCUMENT_FIELDS,
  KIND_ORDER,
  KINDS,
  itemId,
  reviewItems,
  signerText,
  type ReviewItem,
  type ReviewKind,
} from './items.js';
import { nest, type Node } from './nest.js';

export interface ReviewOptions {
  /** The page's title; by default the document's type and number, else the input's path. */
  title?: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML text node or a quoted attribute value. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/gu, (c) => ESCAPES[c] as string).replace(/\0/gu, '\uFFFD');
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const CSP = `default-src 'none'; style-src ${sha256(STYLE)}; script-src ${sha256(SCRIPT)}; base-uri 'none'; form-action 'none'`;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
const pos = (p: Position) => `${p.line}:${p.column}`;

/**
 * Renders the review page of a parsed document: `text` is the decoded input (`ParsedWithSpans.text`)
 * and `spans` the items' offsets into it (`ParsedWithSpans.spans`).
 */
export function renderReviewPage(result: Result, text: string, spans: ResultSpans, options: ReviewOptions = {}): string {
  const items = reviewItems(result, spans);
  const tree = nest(items, text.length);
  const located = new Set<string>();
  const collect = (nodes: Node<ReviewItem>[]) => {
    for (const node of nodes) {
      if (node.type === 'piece') {
        if (node.anchor) located.add(node.item.id);
        collect(node.children);
      }
    }
  };
  collect(tree);
  const counts = new Map<ReviewKind, number>();
  for (const item of items) if (located.has(item.id)) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);

  const d = result.document;
  const heading = [d.type, d.number].filter(Boolean).join(' ') || result.source.path;
  const title = options.title ?? `${heading} · vanban`;
  const warnLines = new Set(result.warnings.map((w) => w.line));

  const legend = KIND_ORDER.map((kind) => {
    const info = KINDS[kind];
    const n = counts.get(kind) ?? 0;
    return (
      `<li><button type="button" class="k-${kind}" data-kind-toggle="${kind}" aria-pressed="true" title="${escapeHtml(info.english)}: bấm để ẩn/hiện"${n ? '' : ' disabled'}>` +
      `<span class="swatch" aria-hidden="true"><span>${escapeHtml(info.badge)}</span></span>` +
      `${escapeHtml(info.label)} <span class="count">${n}</span></button></li>`
    );
  }).join('');

  const sub = [
    result.source.path,
    result.source.format,
    result.source.encoding,
    `${result.source.bytes} byte`,
    `ngôn ngữ ${result.source.language}`,
    `${located.size} mục được đánh dấu`,
    `${result.warnings.length} cảnh báo`,
  ];

  return [
    '<!doctype html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="generator" content="vanban">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<a class="skip" href="#text">Tới văn bản</a>',
    '<header class="top">',
    `<h1>${escapeHtml(heading)}${d.issuer ? ` <span class="sub">— ${escapeHtml(d.issuer)}</span>` : ''}</h1>`,
    `<div class="sub">${sub.map(escapeHtml).join(' · ')}</div>`,
    '<div class="hint">Bấm một mục ở bảng bên phải để tới chỗ của nó trong văn bản, bấm một chỗ đánh dấu để tới mục của nó. ' +
      '<kbd>n</kbd> / <kbd>p</kbd>: chỗ kế tiếp / trước; <kbd>Enter</kbd>: tới mục; <kbd>Esc</kbd>: ẩn chú thích. ' +
      'Số ở chú giải: số chỗ được đánh dấu.</div>',
    '</header>',
    `<nav class="legend-bar" aria-label="Chú giải: số chỗ đánh dấu của mỗi loại; bấm để ẩn hoặc hiện loại đó"><ul class="legend">${legend}</ul></nav>`,
    '<div class="layout">',
    '<main class="doc" aria-label="Văn bản như đã viết">',
    `<div class="text" id="text">${renderText(text, tree, warnLines)}</div>`,
    '</main>',
    `<aside class="panel" aria-label="Các trường của YAML">${renderPanel(result, spans, located)}</aside>`,
    '</div>',
    '<div id="tip" role="tooltip" hidden></div>',
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// the text

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

function renderText(text: string, tree: Node<ReviewItem>[], warnLines: Set<number>): string {
  const starts = lineStarts(text);
  let line = 0; // index into starts of the next line marker to write
  const out: string[] = [];
  const marker = (n: number) =>
    `<span class="ln${warnLines.has(n) ? ' warn' : ''}" id="L${n}" data-line="${n}" aria-hidden="true"></span>`;
  const run = (start: number, end: number) => {
    let at = start;
    while (line < starts.length && (starts[line] as number) < end) {
      const s = starts[line] as number;
      if (s >= start) {
        out.push(plain(text, at, s));
        out.push(marker(line + 1));
        at = s;
      }
      line++;
    }
    out.push(plain(text, at, end));
  };
  const walk = (nodes: Node<ReviewItem>[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        run(node.start, node.end);
        continue;
      }
      const item = node.item;
      const kind = KINDS[item.kind];
      const classes = ['hl', `k-${item.kind}`, node.anchor ? 'anchor' : 'cont', `h${Math.min(node.height, 5)}`].join(' ');
      const attrs = [
        `class="${classes}"`,
        node.anchor ? `id="h-${item.id}"` : '',
        `data-id="${item.id}"`,
        `data-entry="${entryOf(item.id)}"`,
        `data-kind="${escapeHtml(kind.label)}"`,
        `data-value="${escapeHtml(clip(item.value, 320))}"`,
        node.anchor ? `data-badge="${escapeHtml(item.badge)}" tabindex="-1" aria-describedby="tip"` : '',
      ].filter(Boolean);
      out.push(`<mark ${attrs.join(' ')}>`);
      walk(node.children);
      out.push('</mark>');
    }
  };
  if (text.length === 0) out.push(marker(1));
  walk(tree);
  return out.join('');
}

/** The text `[start, end)` escaped, CR LF and CR written as LF (what an HTML parser reads anyway). */
function plain(text: string, start: number, end: number): string {
  if (start >= end) return '';
  const slice = text.slice(start, end);
  let out = escapeHtml(slice).replace(/\r\n/gu, '\n');
  // A CR right before this run's end whose LF starts the next run: the LF writes the break.
  if (out.endsWith('\r') && text.charCodeAt(end) === 10) out = out.slice(0, -1);
  return out.replace(/\r/gu, '\n');
}

/** The panel entry a highlight belongs to: `place-2-1` (a mention) -> `place-2`. */
function entryOf(id: string): string {
  return /^(ref|place|org|person|period)-\d+-\d+$/u.test(id) ? id.replace(/-\d+$/u, '') : id;
}

// ---------------------------------------------------------------------------------------------
// the panel

const NOT_LOCATED = '<span class="unlocated">(không định vị được trong văn bản)</span>';

const badge = (kind: ReviewKind, text = KINDS[kind].badge) => `<span class="badge" aria-hidden="true">${escapeHtml(text)}</span>`;

interface EntryParts {
  /** The panel entry's id (`p-` + it) and the highlight its main link goes to (`h-` + it). */
  entry: string;
  target: string;
  kind: ReviewKind;
  badge?: string;
  /** Escaped HTML of the entry's main line. */
  main: string;
  /** Clamp the main line to three lines on screen (long task texts). */
  clamp?: boolean;
  position: string;
  /** Escaped HTML under the main line. */
  more?: string;
  tag?: 'li' | 'div';
}

/** One panel entry: its position, a link (badge and main line) to its highlight, and details. */
function entry(e: EntryParts, located: Set<string>): string {
  const tag = e.tag ?? 'li';
  const main = `${badge(e.kind, e.badge)} ${e.main}`;
  const body = `<span class="main${e.clamp ? ' clamp' : ''}">${main}</span>`;
  const go = located.has(e.target)
    ? `<a class="go" href="#h-${e.target}" data-go="h-${e.target}">${body}</a>`
    : `<div class="go">${body} ${NOT_LOCATED}</div>`;
  return `<${tag} class="entry k-${e.kind}" id="p-${e.entry}"><span class="pos">${escapeHtml(e.position)}</span>${go}${e.more ?? ''}</${tag}>`;
}

function section(key: string, label: string, count: number | null, body: string, open = true): string {
  const n = count === null ? '' : ` <span class="n">(${count})</span>`;
  return (
    `<details${open ? ' open' : ''} id="s-${key}"><summary><h2>${escapeHtml(label)}</h2><span class="key">${key}</span>${n}</summary>` +
    `${body}</details>`
  );
}

function list(entries: string[]): string {
  return entries.length ? `<ol>${entries.join('')}</ol>` : '<p class="none">không có</p>';
}

/** Links to each mention when there are several ("3 lần: 5:289 8:782 8:1445"). */
function mentions(ids: string[], positions: (Position | undefined)[], located: Set<string>): string {
  if (ids.length <= 1) return '';
  const chips = ids.map((id, j) => {
    const p = positions[j];
    const text = p ? pos(p) : `lần ${j + 1}`;
    const label = `lần ${j + 1}${p ? `, dòng ${p.line}, cột ${p.column}` : ''}`;
    return located.has(id) ? `<a href="#h-${id}" data-go="h-${id}" aria-label="${label}">${text}</a>` : `<span class="unlocated">${text}</span>`;
  });
  return `<div class="mentions"><span class="meta">${ids.length} lần:</span> ${chips.join(' ')}</div>`;
}

const meta = (parts: [string, string | null | undefined][]) => {
  const shown = parts.filter(([, v]) => v !== null && v !== undefined && v !== '');
  return shown.length ? `<div class="meta">${shown.map(([k, v]) => `<b>${escapeHtml(k)}:</b> ${escapeHtml(v as string)}`).join(' · ')}</div>` : '';
};

function renderPanel(result: Result, spans: ResultSpans, located: Set<string>): string {
  const d = result.document;
  const out: string[] = [];

  // document
  const rows: string[] = [`<dt>kind</dt><dd>${escapeHtml(d.kind)}</dd>`];
  for (const field of DOCUMENT_POSITION_FIELDS) {
    const raw = d[field];
    const info = DOCUMENT_FIELDS[field];
    if (raw === null || raw === undefined) {
      rows.push(`<dt>${field}</dt><dd class="none">null</dd>`);
    } else {
      const id = itemId.document(field);
      const p = d.positions[field];
      const main = escapeHtml(typeof raw === 'string' ? raw : signerText(raw));
      const parts = { entry: id, target: id, kind: info.kind, badge: info.badge, main, position: p ? pos(p) : '', tag: 'div' as const };
      rows.push(`<dt>${field}</dt><dd>${entry(parts, located)}</dd>`);
    }
    // numberParts follows number, as in the YAML.
    if (field === 'number' && d.numberParts) {
      const np = d.numberParts;
      const parts: [string, string | null][] = [
        ['serial', np.serial],
        ['year', np.year],
        ['typeCode', np.typeCode],
        ['bodyCode', np.bodyCode],
      ];
      rows.push(`<dt>numberParts</dt><dd>${meta(parts)}</dd>`);
    }
  }
  const recipients = d.recipients.map((r, i) => {
    const id = itemId.recipient(i);
    return entry({ entry: id, target: id, kind: 'field', badge: 'Nơi nhận', main: escapeHtml(r.name), position: pos(r) }, located);
  });
  rows.push(`<dt>recipients</dt><dd>${recipients.length ? `<ol>${recipients.join('')}</ol>` : '<span class="none">[]</span>'}</dd>`);
  out.push(section('document', 'Văn bản', null, `<dl class="fields">${rows.join('')}</dl>`));

  const tasks = result.tasks.map((t, i) => {
    const id = itemId.task(i);
    const deadline = t.deadline ? `${t.deadline}${t.deadlineText ? ` (${t.deadlineText})` : ''}` : t.deadlineText;
    const more = meta([
      ['chủ trì (actors)', t.actors.join('; ') || '—'],
      ['hạn (deadline)', deadline],
    ]);
    return entry({ entry: id, target: id, kind: 'task', main: escapeHtml(t.text), clamp: true, position: pos(t), more }, located);
  });
  out.push(section('tasks', 'Nhiệm vụ', result.tasks.length, list(tasks)));

  const references = result.references.map((r, i) => {
    const ids = (spans.references[i] ?? []).map((_, j) => itemId.reference(i, j));
    const more =
      meta([
        ['loại', r.type],
        ['ngày', r.date],
        ['cơ quan', r.issuer],
      ]) +
      `<div class="meta clamp">${escapeHtml(r.text)}</div>` +
      mentions(ids, [r], located);
    const main = escapeHtml(r.number ?? r.title ?? clip(r.text, 120));
    return entry({ entry: `ref-${i}`, target: itemId.reference(i, 0), kind: 'reference', main, position: pos(r), more }, located);
  });
  out.push(section('references', 'Văn bản dẫn chiếu', result.references.length, list(references)));

  const projects = result.projects.map((p, i) => {
    const id = itemId.project(i);
    const more = meta([
      ['loại (kind)', p.kind],
      ['text', p.text],
    ]);
    return entry({ entry: id, target: id, kind: 'project', main: escapeHtml(p.name), position: pos(p), more }, located);
  });
  out.push(section('projects', 'Dự án, công trình', result.projects.length, list(projects)));

  const places = result.places.map((p, i) => {
    const ids = p.mentions.map((_, j) => itemId.place(i, j));
    const successors = p.successors.map((s) => `${s.unit} ${s.name}${s.code ? ` (${s.code})` : ''}`).join('; ');
    const more =
      meta([
        ['mã (code)', p.code ? `${p.code}${p.era ? ` · ${p.era}` : ''}` : 'null'],
        ['thuộc (parents)', p.parents.map((q) => `${q.unit} ${q.name}`).join(', ')],
        ['nay là (successors)', successors],
      ]) + mentions(ids, p.mentions, located);
    const main = escapeHtml([p.unit, p.name].filter(Boolean).join(' '));
    return entry({ entry: `place-${i}`, target: itemId.place(i, 0), kind: 'place', main, position: pos(p), more }, located);
  });
  out.push(section('places', 'Địa danh', result.places.length, list(places)));

  const organizations = result.organizations.map((o, i) => {
    const ids = o.mentions.map((_, j) => itemId.organization(i, j));
    const more =
      meta([
        ['cấp (level)', o.level],
        ['địa bàn (place)', o.place],
      ]) + mentions(ids, o.mentions, located);
    return entry({ entry: `org-${i}`, target: itemId.organization(i, 0), kind: 'organization', main: escapeHtml(o.name), position: pos(o), more }, located);
  });
  out.push(section('organizations', 'Cơ quan, tổ chức', result.organizations.length, list(organizations)));

  const people = result.people.map((p, i) => {
    const ids = (spans.people[i] ?? []).map((_, j) => itemId.person(i, j));
    const more = meta([['chức vụ (title)', p.title]]) + mentions(ids, [p], located);
    return entry({ entry: `person-${i}`, target: itemId.person(i, 0), kind: 'person', main: escapeHtml(p.name), position: pos(p), more }, located);
  });
  out.push(section('people', 'Người', result.people.length, list(people)));

  const periods = result.periods.map((p, i) => {
    const ids = (spans.periods[i] ?? []).map((_, j) => itemId.period(i, j));
    const more =
      meta([
        ['từ–đến', `${p.start}–${p.end}`],
        ['loại (kind)', p.kind],
      ]) + mentions(ids, [p], located);
    return entry({ entry: `period-${i}`, target: itemId.period(i, 0), kind: 'period', main: escapeHtml(p.text), position: pos(p), more }, located);
  });
  out.push(section('periods', 'Thời kỳ', result.periods.length, list(periods)));

  out.push(section('structure', 'Bố cục', result.structure.length, list(result.structure.map(division)), result.structure.length <= 40));

  const warnings = result.warnings.map(
    (w) =>
      `<li class="entry warning${w.severity === 'info' ? ' info' : ''}"><span class="pos">dòng ${pos(w)}</span>` +
      `<a class="go" href="#L${w.line}" data-go="L${w.line}"><span class="sev">${escapeHtml(w.severity)}</span> ` +
      `<span class="main">${escapeHtml(w.message)}</span></a><div class="meta"><b>rule:</b> ${escapeHtml(w.rule)}</div></li>`,
  );
  out.push(section('warnings', 'Cảnh báo', result.warnings.length, list(warnings)));

  const s = result.source;
  const source: [string, string][] = [
    ['path', s.path],
    ['format', s.format],
    ['encoding', s.encoding],
    ['bytes', String(s.bytes)],
    ['language', s.language],
  ];
  const sourceRows = source.map(([k, v]) => `<dt>${k}</dt><dd>${escapeHtml(v)}</dd>`).join('');
  out.push(section('source', 'Nguồn', null, `<dl class="fields">${sourceRows}</dl>`));
  return out.join('');
}

function division(v: ResultDivision): string {
  const label = `${v.label}${v.title ? ` ${v.title}` : ''}`;
  return (
    `<li class="entry division d${Math.min(v.depth, 5)}"><span class="pos">dòng ${v.line}–${v.endLine}</span>` +
    `<a class="go" href="#L${v.line}" data-go="L${v.line}"><span class="main">${escapeHtml(clip(label, 160))}</span></a></li>`
  );
}

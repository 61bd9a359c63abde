/**
 * The review page without a browser: the spans API agrees with the result on every fixture,
 * highlights nest into well-formed markup whatever the overlaps, and the untrusted text is escaped
 * in a page that loads nothing from the network.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/normalize/lines.js';
import { formatOf, parse, parseWithSpans } from '../../src/pipeline.js';
import { nest, renderReviewPage, reviewItems, reviewPage, type Interval, type Node, type Piece } from '../../src/review/index.js';
import { emptySpans } from '../../src/assemble/spans.js';
import { foldKey, stripDiacritics } from '../../src/normalize/fold.js';
import type { Position, Result } from '../../src/types.js';
import { watchHangs } from '../hang-guard.js';

// Nesting that loops fails the file and prints its intervals (as JSON), instead of hanging the run.
const guarded = watchHangs();

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = readdirSync(`${root}fixtures`)
  .filter((name) => /\.(txt|md)$/.test(name))
  .sort()
  .map((name) => `fixtures/${name}`);

const read = (input: string) => readFileSync(`${root}${input}`);
const options = (input: string) => ({ path: input, format: formatOf(input) ?? ('text' as const) });

/** Pieces of the tree, depth first, in document order. */
function pieces<T extends Interval>(nodes: Node<T>[], out: Piece<T>[] = []): Piece<T>[] {
  for (const node of nodes) {
    if (node.type === 'piece') {
      out.push(node);
      pieces(node.children, out);
    }
  }
  return out;
}

/** The tree's children tile their parent's range, in order, with nothing left out or repeated. */
function checkTiling<T extends Interval>(nodes: Node<T>[], start: number, end: number): void {
  let at = start;
  for (const node of nodes) {
    expect(node.start).toBe(at);
    expect(node.end).toBeGreaterThan(node.start);
    if (node.type === 'piece') {
      expect(node.start).toBeGreaterThanOrEqual(node.item.start);
      expect(node.end).toBeLessThanOrEqual(node.item.end);
      checkTiling(node.children, node.start, node.end);
    }
    at = node.end;
  }
  expect(at).toBe(end);
}

/** Checks open and close tags of `mark` balance, as a parser would read them. */
function marksBalance(html: string): boolean {
  let depth = 0;
  for (const m of html.matchAll(/<(\/?)mark\b/gu)) {
    depth += m[1] ? -1 : 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

const unescape = (html: string) =>
  html.replace(/&(lt|gt|quot|#39|amp);/gu, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e] as string);

describe('parseWithSpans', () => {
  it.for(fixtures)('gives the same result as parse, and a span at every position: %s', (input) => {
    const { result, text, spans } = parseWithSpans(read(input), options(input));
    expect(result).toEqual(parse(read(input), options(input)));
    const lines = new LineIndex(text);
    const at = (offset: number): Position => {
      const { line, column } = lines.position(offset);
      return { line, column };
    };
    const pos = (p: Position): Position => ({ line: p.line, column: p.column });
    const d = result.document;
    for (const [field, p] of Object.entries(d.positions)) {
      const span = spans.document[field as keyof typeof spans.document];
      expect(span, `document.${field}`).toBeDefined();
      expect(at(span!.start)).toEqual(pos(p));
    }
    expect(spans.recipients.map((s) => at(s.start))).toEqual(d.recipients.map(pos));
    expect(spans.tasks.map((s) => at(s.start))).toEqual(result.tasks.map(pos));
    expect(spans.projects.map((s) => at(s.start))).toEqual(result.projects.map(pos));
    expect(spans.places.map((list) => list.map((s) => at(s.start)))).toEqual(result.places.map((p) => p.mentions.map(pos)));
    expect(spans.organizations.map((list) => list.map((s) => at(s.start)))).toEqual(result.organizations.map((o) => o.mentions.map(pos)));
    expect(spans.references.map((list) => at(list[0]!.start))).toEqual(result.references.map(pos));
    expect(spans.references.map((list) => list.length)).toEqual(result.references.map((r) => r.count));
    expect(spans.people.map((list) => at(list[0]!.start))).toEqual(result.people.map(pos));
    expect(spans.people.map((list) => list.length)).toEqual(result.people.map((p) => p.count));
    expect(spans.periods.map((list) => at(list[0]!.start))).toEqual(result.periods.map(pos));
    // Every item covers text, and its text is the item's as written.
    for (const item of reviewItems(result, spans)) expect(item.end, item.path).toBeGreaterThan(item.start);
    result.projects.forEach((p, i) => expect(text.slice(spans.projects[i]!.start, spans.projects[i]!.end).replace(/\s+/gu, ' ')).toBe(p.text));
    // A place's mentions may be in capitals, or misspell it ("Khánh Hóa" for "Khánh Hòa"): its letters.
    const letters = (name: string) => stripDiacritics(foldKey(name.normalize('NFC'))).replace(/\s+/gu, ' ');
    result.places.forEach((p, i) => {
      for (const s of spans.places[i]!) expect(letters(text.slice(s.start, s.end))).toBe(letters(p.name));
    });
  });
});

describe('nest', () => {
  it('nests contained items and gives each exactly one anchor', () => {
    const tree = nest(
      [
        { id: 'task', start: 0, end: 30, rank: 0 },
        { id: 'project', start: 10, end: 30, rank: 3 },
        { id: 'place', start: 20, end: 30, rank: 9 },
        { id: 'issuer', start: 0, end: 5, rank: 4 },
        { id: 'org', start: 0, end: 5, rank: 8 },
      ],
      40,
    );
    checkTiling(tree, 0, 40);
    const all = pieces(tree);
    expect(all.map((p) => [p.item.id, p.start, p.end, p.anchor])).toEqual([
      ['task', 0, 30, true],
      ['issuer', 0, 5, true],
      ['org', 0, 5, true],
      ['project', 10, 30, true],
      ['place', 20, 30, true],
    ]);
    expect(all.map((p) => p.height)).toEqual([3, 2, 1, 2, 1]);
  });

  it('splits crossing items into nested pieces, one anchor each', () => {
    const tree = nest(
      [
        { id: 'a', start: 0, end: 10, rank: 0 },
        { id: 'b', start: 5, end: 15, rank: 0 },
      ],
      20,
    );
    checkTiling(tree, 0, 20);
    expect(pieces(tree).map((p) => [p.item.id, p.start, p.end, p.anchor])).toEqual([
      ['a', 0, 10, true],
      ['b', 5, 10, true],
      ['b', 10, 15, false],
    ]);
  });

  it('tiles the text and covers every item exactly, for any overlaps', () => {
    const interval = fc.tuple(fc.nat(60), fc.nat(20), fc.nat(10)).map(([start, len, rank]) => ({ start, end: start + len, rank }));
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 14 }), (raw) => {
        const length = 70;
        const items = raw.map((x, i) => ({ ...x, id: `i${i}` }));
        const tree = guarded(raw, () => nest(items, length));
        checkTiling(tree, 0, length);
        const all = pieces(tree);
        for (const item of items) {
          const mine = all.filter((p) => p.item.id === item.id);
          const end = Math.min(item.end, length);
          if (item.start >= end) {
            expect(mine).toEqual([]);
            continue;
          }
          expect(mine.filter((p) => p.anchor)).toHaveLength(1);
          expect(mine[0]!.anchor).toBe(true);
          // The pieces, in document order, are consecutive and cover the item.
          let at = item.start;
          for (const p of mine) {
            expect(p.start).toBe(at);
            at = p.end;
          }
          expect(at).toBe(end);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** A small result with crossing and nested items over `text`, for the renderer alone. */
function sample(text: string): { result: Result; spans: ReturnType<typeof emptySpans> } {
  const base = parse('x', { path: 'sample.txt' });
  const at = (offset: number) => new LineIndex(text).position(offset);
  const result: Result = {
    ...base,
    tasks: [
      { text: 'task', actors: ['Sở "A" <b>'], deadline: null, deadlineText: null, ...at(0) },
      { text: 'task2', actors: [], deadline: '2025-01-01', deadlineText: 'trước 1/1', ...at(10) },
    ],
    places: [
      { name: 'P', unit: 'xã', code: null, era: null, parents: [], successors: [], ...at(5), count: 1, mentions: [at(5)] },
    ],
    warnings: [{ severity: 'warning', rule: 'r', message: 'm <i>', ...at(3) }],
  };
  const spans = emptySpans();
  spans.tasks.push({ start: 0, end: 12 }, { start: 10, end: 20 });
  spans.places.push([{ start: 5, end: 11 }]);
  return { result, spans };
}

describe('renderReviewPage', () => {
  const text = 'Kiểm tra & báo cáo ngay\r\nline 2 <script>alert("x")</script>\n</mark></div>';
  const { result, spans } = sample(text);
  const html = renderReviewPage(result, text, spans);

  it('is one self-contained HTML document in Vietnamese and UTF-8', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="vi">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/font-family|font:/u);
    expect(html).toContain('"Noto Sans"');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/https?:\/\//u);
    expect(html).not.toMatch(/\b(src|srcset)=|<link\b|@import|url\(/u);
    expect(html).toContain("default-src 'none'");
  });

  it('escapes the text: no script but its own', () => {
    expect(html.match(/<script\b/gu)).toHaveLength(1);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('Sở &quot;A&quot; &lt;b&gt;');
    expect(html).toContain('m &lt;i&gt;');
    // The document's own "</mark></div>" is text, not markup.
    expect(html).toContain('&lt;/mark&gt;&lt;/div&gt;');
  });

  it('writes crossing highlights as well-formed nested marks, one anchor per item', () => {
    const body = /<div class="text" id="text">([\s\S]*?)<\/div>\n<\/main>/u.exec(html)?.[1] ?? '';
    expect(marksBalance(body)).toBe(true);
    for (const id of ['task-0', 'task-1', 'place-0-0']) {
      expect(body.match(new RegExp(`id="h-${id}"`, 'gu')), id).toHaveLength(1);
    }
    // task-1 [10, 20) crosses task-0 [0, 12) and place [5, 11): it is drawn in pieces.
    expect(body.match(/data-id="task-1"/gu)!.length).toBeGreaterThan(1);
    // The text, tags taken out, is the input with CR LF read as LF.
    expect(unescape(body.replace(/<[^>]*>/gu, ''))).toBe(text.replace(/\r\n/gu, '\n'));
    // Line markers, one per line.
    expect(body.match(/class="ln[^"]*" id="L\d+"/gu)).toHaveLength(3);
  });

  it('renders every fixture with balanced marks and one anchor per located item', () => {
    for (const input of fixtures) {
      const parsed = parseWithSpans(read(input), options(input));
      const page = renderReviewPage(parsed.result, parsed.text, parsed.spans);
      expect(marksBalance(page), input).toBe(true);
      const anchors = [...page.matchAll(/<mark [^>]*\bid="h-([^"]+)"/gu)].map((m) => m[1]);
      const ids = reviewItems(parsed.result, parsed.spans).map((item) => item.id);
      expect(new Set(anchors).size, input).toBe(anchors.length);
      expect(anchors.slice().sort(), input).toEqual(ids.slice().sort());
    }
  });

  it('reviewPage parses and renders in one call', () => {
    const { result: r, html: page } = reviewPage(read('fixtures/vinh-thuan-522-cv-hu.txt'), { path: 'ref.txt', title: 'Xem lại' });
    expect(r.document.number).toBe('522-CV/HU');
    expect(page).toContain('<title>Xem lại</title>');
  });
});

// In process: the progress bar and summary with a fake terminal on stderr, the check diff, and the
// bounded map that batches run on.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapBounded } from '../../src/batch/map.js';
import { main } from '../../src/cli/index.js';
import { diffValues, showValue } from '../../src/cli/diff.js';
import { formatDuration, Progress } from '../../src/cli/progress.js';

let dir: string;

function sink(tty: boolean) {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  }) as Writable & { isTTY?: boolean; columns?: number };
  if (tty) {
    stream.isTTY = true;
    stream.columns = 100;
  }
  return { stream, text: () => chunks.join('') };
}

async function run(args: string[], tty: boolean) {
  const stdout = sink(false);
  const stderr = sink(tty);
  const code = await main(['node', 'vanban', ...args], {
    stdin: Readable.from([]),
    stdout: stdout.stream,
    stderr: stderr.stream,
    env: {},
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vanban-progress-'));
  for (const name of ['a', 'b', 'c']) writeFileSync(join(dir, `${name}.txt`), `Công văn số 5${name}-CV/HU ngày 20/3/2023.\n`);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('progress', () => {
  it('prints a summary on a terminal, after the messages, and nothing else on stderr', async () => {
    const { code, stderr } = await run([dir, join(dir, 'missing.txt'), '--format', 'ndjson'], true);
    expect(code).toBe(3);
    // eslint-disable-next-line no-control-regex
    const visible = stderr.replace(/\r\u001b\[2K/g, '\n').split('\n').filter(Boolean);
    expect(visible.at(-1)).toMatch(/^vanban: 3 parsed \(0 with warnings\), 1 failed in [\d.]+ s \([\d.]+ files\/s\)$/);
    expect(visible).toContain(`${join(dir, 'missing.txt')}: error: no such file (not-found)`);
  });

  it('prints neither bar nor summary off a terminal, with --quiet, or for one input', async () => {
    expect((await run([dir, '--format', 'ndjson'], false)).stderr).toBe('');
    expect((await run([dir, '--format', 'ndjson', '--quiet'], true)).stderr).toBe('');
    expect((await run([join(dir, 'a.txt'), '--format', 'ndjson'], true)).stderr).toBe('');
  });

  it('draws done/total, files per second and the time left, fitted to the width', () => {
    const out = sink(true);
    out.stream.columns = 60;
    const progress = new Progress(out.stream, 200, true);
    for (let i = 0; i < 50; i++) progress.tick('parsed');
    const line = progress.line(performance.now() + 5000);
    expect(line.length).toBeLessThanOrEqual(59);
    expect(line).toMatch(/^\[#+-+\] {2}50\/200 {2}[\d.]+ files\/s {2}0:\d\d left$/);
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatDuration(65)).toBe('1:05');
  });
});

describe('check diff', () => {
  it('names each difference by its field path', () => {
    const expected = { document: { number: '1', date: null }, tasks: [{ text: 'a', deadline: null }, { text: 'b' }] };
    const actual = { document: { number: '2', date: null }, tasks: [{ text: 'a', deadline: '2025-01-01' }, { text: 'b' }], x: 1 };
    expect(diffValues(expected, actual)).toEqual([
      { path: 'document.number', kind: 'changed', expected: '1', actual: '2' },
      { path: 'tasks[0].deadline', kind: 'changed', expected: null, actual: '2025-01-01' },
      { path: 'x', kind: 'extra', actual: 1 },
    ]);
  });

  it('aligns lists, so an item added or removed is one difference', () => {
    const items = ['p', 'q', 'r', 's'].map((name, line) => ({ name, line }));
    const added = [{ name: 'new', line: 0 }, ...items];
    expect(diffValues({ places: items }, { places: added })).toEqual([
      { path: 'places[0]', kind: 'extra', actual: { name: 'new', line: 0 } },
    ]);
    // Same name, other fields changed: one item changed, not an item missing and one extra.
    const moved = [{ name: 'new', line: 0 }, ...items.map((item) => ({ ...item, line: item.line + 1 }))];
    expect(diffValues({ places: items }, { places: moved }).map((d) => d.path)).toEqual([
      'places[0]',
      'places[1].line',
      'places[2].line',
      'places[3].line',
      'places[4].line',
    ]);
    expect(diffValues({ a: [1, 2, 3] }, { a: [1, 3] })).toEqual([{ path: 'a[1]', kind: 'missing', expected: 2 }]);
  });

  it('shows values on one line, strings quoted', () => {
    expect(showValue('2023')).toBe('"2023"');
    expect(showValue(2023)).toBe('2023');
    expect(showValue(undefined)).toBe('(absent)');
    expect(showValue('x'.repeat(500)).length).toBe(160);
  });
});

describe('mapBounded', () => {
  it('keeps the order, holds at most `window` items, and yields while the source waits', async () => {
    let inflight = 0;
    let peak = 0;
    const fn = async (n: number): Promise<number> => {
      inflight++;
      peak = Math.max(peak, inflight);
      await new Promise((resolve) => setTimeout(resolve, (n * 7) % 5));
      inflight--;
      return n * 2;
    };
    const out: number[] = [];
    for await (const { value } of mapBounded(Array.from({ length: 50 }, (_, i) => i), fn, { window: 4 })) out.push(value);
    expect(out).toEqual(Array.from({ length: 50 }, (_, i) => i * 2));
    expect(peak).toBeLessThanOrEqual(4);

    // A source that gives one item, then waits: the result comes before the next item.
    const events: string[] = [];
    let release: () => void = () => undefined;
    async function* slow() {
      yield 1;
      await new Promise<void>((resolve) => (release = resolve));
      events.push('second item');
      yield 2;
    }
    for await (const { value } of mapBounded(slow(), async (n: number) => n, { window: 4 })) {
      events.push(`result ${value}`);
      if (value === 1) setTimeout(() => release(), 10);
    }
    expect(events).toEqual(['result 1', 'second item', 'result 2']);
  });
});

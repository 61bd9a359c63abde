// The streaming mapper mode (`vanban --jsonl`) and scale-out across processes, end to end with the
// BUILT command: alone, fed line by line, split across processes, and under GNU parallel.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, has, root, shell, start, tempDir, vanban } from './run.js';

const reference = readFileSync(join(root, 'fixtures/vinh-thuan-522-cv-hu.txt'), 'utf8');
const markdown = readFileSync(join(root, 'fixtures/ke-hoach-markdown.md'), 'utf8');

let dir: string;
let input: string;
let lines: string[];

function parseLines(stdout: string): Array<Record<string, any>> {
  return stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
}

beforeAll(() => {
  assertBuilt();
  dir = tempDir('vanban-jsonl-');
  lines = [];
  for (let i = 0; i < 20; i++) {
    lines.push(JSON.stringify({ id: `doc-${i}`, text: `Công văn số ${100 + i}-CV/HU ngày 20/3/2023 của Huyện ủy.` }));
  }
  lines.splice(3, 0, JSON.stringify({ id: 'ref', text: reference }));
  lines.splice(7, 0, JSON.stringify({ id: 7, text: markdown, format: 'markdown', path: 'plan.md' }));
  input = join(dir, 'in.jsonl');
  writeFileSync(input, lines.join('\n') + '\n');
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('vanban --jsonl', () => {
  it('writes one result line per input line, in order, with the id', () => {
    const run = vanban(['--jsonl'], { input: readFileSync(input) });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = parseLines(run.stdout);
    expect(out.map((line) => line.id)).toEqual(lines.map((line) => JSON.parse(line).id));
    for (const line of out) expect(Object.keys(line)).toEqual(['id', 'result']);
    const ref = out.find((line) => line.id === 'ref')?.result;
    expect(ref.document.number).toBe('522-CV/HU');
    expect(ref.source).toMatchObject({ path: '<stdin>', format: 'text', encoding: 'utf-8', bytes: Buffer.byteLength(reference) });
    // The same result as parsing the file itself, but for the source path.
    const file = JSON.parse(vanban(['fixtures/vinh-thuan-522-cv-hu.txt', '--format', 'json']).stdout);
    expect({ ...ref, source: null }).toEqual({ ...file, source: null });
    expect(out[7]?.result.source).toMatchObject({ path: 'plan.md', format: 'markdown' });
  });

  it('answers a bad line with an error line, goes on, and exits 0 (a mapper must not fail its task)', () => {
    const text = [
      JSON.stringify({ id: 1, text: 'Số 1/QĐ-UBND' }),
      'not json',
      '',
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ id: 4, text: 'Số 4/QĐ-UBND', format: 'pdf' }),
      JSON.stringify({ id: 5, text: 'Số 5/QĐ-UBND' }),
    ].join('\n');
    const run = vanban(['--jsonl', '--jobs', '1'], { input: text });
    expect(run.status).toBe(0);
    const out = parseLines(run.stdout);
    expect(out.map((line) => [line.id, line.error?.code ?? 'ok'])).toEqual([
      [1, 'ok'],
      [null, 'bad-line'],
      ['no-text', 'bad-line'],
      [4, 'bad-line'],
      [5, 'ok'],
    ]);
    expect(out[1]).toEqual({ id: null, line: 2, error: { code: 'bad-line', message: 'not a JSON line' } });
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      '<stdin>#2: error: not a JSON line (bad-line)',
      '<stdin>#4: error: no "text" string (bad-line)',
      '<stdin>#5: error: "format" must be one of text, markdown (bad-line)',
    ]);
  });

  it('flushes each result before the next line arrives (a streaming mapper)', async () => {
    const child = start(['--jsonl']);
    const reader = createInterface({ input: child.stdout });
    const received: string[] = [];
    const waiters: Array<() => void> = [];
    reader.on('line', (line) => {
      received.push(line);
      waiters.shift()?.();
    });
    const next = (): Promise<void> => new Promise((resolve) => waiters.push(resolve));
    for (const [i, line] of lines.slice(0, 3).entries()) {
      const arrived = next();
      child.stdin.write(line + '\n');
      await arrived; // the answer comes while stdin stays open
      expect(JSON.parse(received[i] as string).id).toBe(JSON.parse(line).id);
    }
    child.stdin.end();
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(received).toHaveLength(3);
  }, 30_000);

  it('keeps the input order with worker threads, and gives the same lines', () => {
    const one = vanban(['--jsonl', '--jobs', '1'], { input: readFileSync(input) });
    // VANBAN_WORKERS_AFTER_MS=0: the workers start at once (by default, only for a long stream).
    const env = { VANBAN_WORKERS_AFTER_MS: '0' };
    const two = vanban(['--jsonl', '--jobs', '2'], { input: readFileSync(input), env });
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const unordered = vanban(['--jsonl', '--jobs', '2', '--unordered'], { input: readFileSync(input), env });
    expect(unordered.stdout.trimEnd().split('\n').sort()).toEqual(one.stdout.trimEnd().split('\n').sort());
  });

  it('gives the same lines when the input is split across processes (as Hadoop or Spark split it)', async () => {
    const whole = vanban(['--jsonl'], { input: readFileSync(input) });
    const half = Math.ceil(lines.length / 2);
    const parts = [lines.slice(0, half), lines.slice(half)];
    const outs = await Promise.all(
      parts.map(
        (part) =>
          new Promise<string>((resolve) => {
            const child = start(['--jsonl', '--jobs', '1']);
            let out = '';
            child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
            child.on('exit', () => resolve(out));
            child.stdin.end(part.join('\n') + '\n');
          }),
      ),
    );
    expect(outs.join('')).toBe(whole.stdout);
  }, 30_000);

  it('refuses files and file options', () => {
    for (const args of [['--jsonl', 'x.txt'], ['--jsonl', '--out-dir', 'o'], ['--jsonl', '--format', 'yaml']]) {
      const run = vanban(args);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/--jsonl reads standard input/);
    }
  });
});

// GNU parallel (Debian package `parallel`) may be missing on a CI machine: these tests are skipped there.
describe.skipIf(!has('parallel'))('with GNU parallel', () => {
  it('splits a JSON-lines file across processes (--pipe), same lines as one process', () => {
    const whole = vanban(['--jsonl'], { input: readFileSync(input) });
    const run = shell(
      `parallel --will-cite --pipe -N 6 -k -j 2 ${process.execPath} ${join(root, 'bin/vanban.js')} --jsonl --jobs 1 < ${input}`,
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(whole.stdout);
  }, 30_000);

  it('splits a file list across processes (--files-from -), same lines as one process', () => {
    const list = [
      'fixtures/vinh-thuan-522-cv-hu.txt',
      'fixtures/ke-hoach-markdown.md',
      'fixtures/no-such-file.txt',
      'fixtures/cong-dien-232-cd-ttg.txt',
      'fixtures/thong-bao-983-tb-ct.txt',
    ];
    writeFileSync(join(dir, 'list.txt'), list.join('\n') + '\n');
    const whole = vanban(['--files-from', join(dir, 'list.txt'), '--format', 'ndjson']);
    expect(whole.status).toBe(3);
    const run = shell(
      `parallel --will-cite --pipe -N 2 -k -j 2 ${process.execPath} ${join(root, 'bin/vanban.js')} --files-from - --format ndjson --jobs 1 < ${join(dir, 'list.txt')}`,
    );
    // parallel exits with the number of jobs that failed: one, the part with the missing file.
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(whole.stdout);
    expect(run.stderr).toMatch(/^fixtures\/no-such-file\.txt: error: no such file \(not-found\)$/m);
  }, 30_000);
});

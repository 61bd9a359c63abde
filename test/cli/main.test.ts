// The CLI's logic in process, with the pipeline replaced where a test needs a result the real
// pipeline cannot (yet) give: warnings, a crash.
import { Readable, Writable } from 'node:stream';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import YAML from 'yaml';
import type { Result, ResultWarning } from '../../src/types.js';
import { sampleResult } from '../serialize/sample.js';

const state = vi.hoisted(() => ({
  chalkLoaded: false,
  fakes: new Map<string, () => unknown>(),
}));

vi.mock('chalk', async (importOriginal) => {
  state.chalkLoaded = true;
  return importOriginal();
});

vi.mock('../../src/pipeline.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/pipeline.js')>();
  return {
    ...actual,
    // A batch reads a file (readInput) and then parses what it read (parseRead).
    readInput: async (path: string, options?: Parameters<typeof actual.readInput>[1]) =>
      state.fakes.has(path) ? { format: 'text', input: '', bytes: 0 } : actual.readInput(path, options),
    parseRead: (read: Parameters<typeof actual.parseRead>[0], path: string, options?: Parameters<typeof actual.parseRead>[2]) => {
      const fake = state.fakes.get(path);
      return fake ? fake() : actual.parseRead(read, path, options);
    },
  };
});

const { main } = await import('../../src/cli/index.js');

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;

function sink(tty = false): { stream: Writable & { isTTY?: boolean; getColorDepth?: () => number }; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  }) as Writable & { isTTY?: boolean; getColorDepth?: () => number };
  if (tty) {
    stream.isTTY = true;
    stream.getColorDepth = () => 8;
  }
  return { stream, text: () => chunks.join('') };
}

async function run(args: string[], options: { env?: Record<string, string>; tty?: boolean; stdin?: string } = {}) {
  const stdout = sink(options.tty);
  const stderr = sink();
  const code = await main(['node', 'vanban', ...args], {
    stdin: Readable.from([Buffer.from(options.stdin ?? '')]),
    stdout: stdout.stream,
    stderr: stderr.stream,
    env: options.env ?? {},
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

function withWarnings(...warnings: ResultWarning[]): () => Result {
  return () => ({ ...sampleResult(), warnings });
}

const warning: ResultWarning = { line: 1, column: 2, severity: 'warning', rule: 'invalid-bytes', message: 'bad bytes' };
const info: ResultWarning = { line: 3, column: 1, severity: 'info', rule: 'note', message: 'just so you know' };

beforeEach(() => {
  state.fakes.clear();
  state.fakes.set('warns.txt', withWarnings(warning));
  state.fakes.set('info.txt', withWarnings(info));
  state.fakes.set('clean.txt', withWarnings());
  state.fakes.set('crash.txt', () => {
    throw new TypeError("Cannot read properties of undefined (reading 'span')");
  });
});

describe('warnings', () => {
  it('prints each warning on stderr and exits 0', async () => {
    const { code, stderr, stdout } = await run(['warns.txt']);
    expect(code).toBe(0);
    expect(stderr).toBe('warns.txt:1:2  warning  bad bytes  invalid-bytes\n');
    expect(YAML.parse(stdout).warnings).toHaveLength(1);
  });

  it('exits 1 under --strict', async () => {
    expect((await run(['--strict', 'clean.txt', 'warns.txt'])).code).toBe(1);
    expect((await run(['--strict', 'clean.txt'])).code).toBe(0);
  });

  it('does not count info messages under --strict', async () => {
    const { code, stderr } = await run(['--strict', 'info.txt']);
    expect(code).toBe(0);
    expect(stderr).toBe('info.txt:3:1  info  just so you know  note\n');
  });

  it('prints nothing with --quiet, and --strict still counts', async () => {
    const { code, stderr } = await run(['--quiet', '--strict', 'warns.txt']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });

  it('gives an unreadable input precedence over warnings: exit 3', async () => {
    const { code } = await run(['--strict', 'warns.txt', 'missing.txt']);
    expect(code).toBe(3);
  });
});

describe('a bug', () => {
  it('prints one line asking to report it, keeps going, and exits 70', async () => {
    const { code, stderr, stdout } = await run(['crash.txt', 'clean.txt']);
    expect(code).toBe(70);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^vanban: internal error while processing crash\.txt: .*span.*bug.*report/);
    expect(lines[0]).toContain('VANBAN_DEBUG=1');
    expect(stderr).not.toContain('    at ');
    expect(YAML.parse(stdout).source.path).toBe('fixtures/x.txt');
  });

  it('shows the stack with VANBAN_DEBUG=1', async () => {
    const { code, stderr } = await run(['crash.txt'], { env: { VANBAN_DEBUG: '1' } });
    expect(code).toBe(70);
    expect(stderr).toContain('    at ');
  });

  it('writes an error line in ndjson', async () => {
    const { stdout } = await run(['--format', 'ndjson', 'crash.txt']);
    expect(JSON.parse(stdout)).toEqual({
      source: { path: 'crash.txt' },
      error: { code: 'internal', message: expect.stringContaining('span') },
    });
  });
});

describe('output formats', () => {
  it('writes an empty JSON array when no input of several can be read', async () => {
    const { code, stdout } = await run(['--format', 'json', 'a.txt', 'b.txt']);
    expect(code).toBe(3);
    expect(JSON.parse(stdout)).toEqual([]);
  });

  it('writes nothing for a single unreadable input', async () => {
    const { code, stdout, stderr } = await run(['--format', 'json', 'a.txt']);
    expect(code).toBe(3);
    expect(stdout).toBe('');
    expect(stderr).toBe('a.txt: error: no such file (not-found)\n');
  });

  it('reads standard input once even when `-` is given twice', async () => {
    const text = 'Công văn số 522-CV/HU';
    const { code, stdout } = await run(['--format', 'ndjson', '-', '-'], { stdin: text });
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    const bytes = Buffer.byteLength(text);
    expect(lines.map((l) => [l.source.path, l.source.bytes])).toEqual([
      ['<stdin>', bytes],
      ['<stdin>', bytes],
    ]);
  });
});

describe('colour', () => {
  beforeEach(() => {
    state.chalkLoaded = false;
  });

  it('does not load chalk when stdout is not a terminal', async () => {
    const { stdout } = await run(['clean.txt']);
    expect(stdout).not.toMatch(ANSI);
    expect(state.chalkLoaded).toBe(false);
  });

  it('does not load chalk with NO_COLOR or --no-color', async () => {
    expect((await run(['clean.txt'], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await run(['clean.txt', '--no-color'], { tty: true })).stdout).not.toMatch(ANSI);
    expect((await run(['clean.txt', '-o', '-'], { tty: true, env: { FORCE_COLOR: '0' } })).stdout).not.toMatch(ANSI);
    expect(state.chalkLoaded).toBe(false);
  });

  it('colours YAML on a terminal', async () => {
    const { stdout } = await run(['clean.txt'], { tty: true });
    expect(stdout).toMatch(ANSI);
    expect(state.chalkLoaded).toBe(true);
  });

  it('does not colour JSON on a terminal', async () => {
    const { stdout } = await run(['--format', 'json', 'clean.txt'], { tty: true });
    expect(stdout).not.toMatch(ANSI);
  });
});

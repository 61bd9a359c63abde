// Runs the BUILT command (`npm test` builds first): node bin/vanban.js ...
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/vanban.js');
const fixture = 'fixtures/vinh-thuan-522-cv-hu.txt';
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;
const STACK = '    at ';

let dir: string;
let badBytes: string;
let textFile: string;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function vanban(args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  if (!options.env || !('FORCE_COLOR' in options.env)) delete env['FORCE_COLOR'];
  delete env['VANBAN_DEBUG'];
  const run: SpawnSyncReturns<string> = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    env,
    input: options.input ?? '',
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist/cli/index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm test` does)');
  }
  dir = mkdtempSync(join(tmpdir(), 'vanban-cli-'));
  badBytes = join(dir, 'invalid-utf8.txt');
  writeFileSync(badBytes, Buffer.from([0x53, 0xe1, 0x20, 0x0a]));
  textFile = join(dir, 'short.txt');
  writeFileSync(textFile, 'Ban Thường vụ Huyện ủy có Công văn số 522-CV/HU, ngày 20-3-2023.\n');
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('vanban (built)', () => {
  it('writes YAML by default', () => {
    const run = vanban([fixture]);
    expect(run.stderr).not.toContain(': error: ');
    expect(run.status).toBe(0);
    const doc = YAML.parse(run.stdout);
    expect(doc).toBeTypeOf('object');
    expect(doc.source.path).toBe(fixture);
    expect(doc).toHaveProperty('document');
    expect(doc).toHaveProperty('tasks');
    expect(Array.isArray(doc.tasks)).toBe(true);
  });

  it('accepts the explicit parse command', () => {
    const run = vanban(['parse', '--format', 'json', fixture]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).source.path).toBe(fixture);
  });

  it('writes several inputs as YAML documents separated by ---', () => {
    const run = vanban([fixture, textFile]);
    expect(run.status).toBe(0);
    const docs = YAML.parseAllDocuments(run.stdout).map((d) => d.toJS());
    expect(docs.map((d) => d.source.path)).toEqual([fixture, textFile]);
    expect(run.stdout.split('\n').filter((l) => l === '---')).toHaveLength(1);
  });

  it('writes JSON with --format json', () => {
    const run = vanban(['--format', 'json', fixture]);
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.source.path).toBe(fixture);
    expect(doc).toHaveProperty('document');
  });

  it('writes a JSON array for several inputs', () => {
    const run = vanban(['--format', 'json', fixture, textFile]);
    expect(run.status).toBe(0);
    const docs = JSON.parse(run.stdout);
    expect(Array.isArray(docs)).toBe(true);
    expect(docs.map((d: { source: { path: string } }) => d.source.path)).toEqual([fixture, textFile]);
  });

  it('writes one line per input with --format ndjson', () => {
    const run = vanban(['--format', 'ndjson', fixture, textFile]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l).source.path)).toEqual([fixture, textFile]);
  });

  it.each([[['-']], [[]]])('reads standard input (args %j)', (args) => {
    const run = vanban([...args, '--format', 'json'], { input: readFileSync(join(root, fixture)) });
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.source.path).toBe('<stdin>');
    expect(doc.source.bytes).toBe(readFileSync(join(root, fixture)).length);
  });

  it('reports a missing file on one line, exits 3 and still prints the other file', () => {
    const run = vanban(['no-such-file.txt', fixture]);
    expect(run.status).toBe(3);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^no-such-file\.txt: error: .+ \(not-found\)$/);
    expect(run.stderr).not.toContain(STACK);
    expect(YAML.parse(run.stdout).source.path).toBe(fixture);
  });

  it('writes an error line for a failed input in ndjson', () => {
    const run = vanban(['--format', 'ndjson', 'no-such-file.txt', fixture]);
    expect(run.status).toBe(3);
    const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({
      source: { path: 'no-such-file.txt' },
      error: { code: 'not-found', message: expect.any(String) },
    });
    expect(lines[1].source.path).toBe(fixture);
  });

  it('refuses a .pdf, naming the formats it reads', () => {
    const pdf = join(dir, 'x.pdf');
    writeFileSync(pdf, '%PDF-1.4\n');
    const run = vanban([pdf]);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain(`${pdf}: error: `);
    expect(run.stderr).toContain('(unsupported-format)');
    expect(run.stderr).toContain('.txt');
    expect(run.stderr).toContain('.md');
    expect(run.stderr).not.toContain(STACK);
    expect(run.stdout).toBe('');
  });

  it('refuses a binary file, and a directory with no input in it, without a stack trace', () => {
    const binary = join(dir, 'binary.txt');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
    const empty = join(dir, 'empty');
    mkdirSync(empty, { recursive: true });
    writeFileSync(join(empty, 'notes.pdf'), '%PDF-1.4\n');
    const run = vanban([empty, binary]);
    expect(run.status).toBe(3);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^.*empty: error: no \.txt, \.md or \.docx file in this directory \(not-found\)$/);
    expect(lines[1]).toMatch(/\(binary\)$/);
    expect(run.stderr).not.toContain(STACK);
  });

  it.each([
    [['--format', 'xml', fixture]],
    [['--no-such-option', fixture]],
    [['parse', '--format', 'xml', fixture]],
  ])('exits 2 on a usage error: %j', (args) => {
    const run = vanban(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/error:/);
    expect(run.stderr).not.toContain(STACK);
    expect(run.stdout).toBe('');
  });

  it.each([['--version'], ['-V']])('prints the version with %s', (flag) => {
    const run = vanban([flag]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(pkg.version);
  });

  it('prints help with --help', () => {
    const run = vanban(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: vanban');
    expect(run.stdout).toContain('--format');
    expect(run.stdout).toContain('schema');
  });

  it('prints the JSON Schema with `vanban schema`', () => {
    const run = vanban(['schema']);
    expect(run.status).toBe(0);
    const schema = JSON.parse(run.stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties).toHaveProperty('document');
  });

  it('writes the output to a file with -o', () => {
    const out = join(dir, 'out.yaml');
    const run = vanban([fixture, '-o', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(YAML.parse(readFileSync(out, 'utf8')).source.path).toBe(fixture);
    // No temporary file left behind.
    expect(spawnSync('ls', ['-A', dir], { encoding: 'utf8' }).stdout).not.toMatch(/\.tmp/);
  });

  it('exits 3 when the output file cannot be written', () => {
    const run = vanban([fixture, '-o', join(dir, 'no-such-dir', 'out.yaml')]);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('cannot write the output');
  });

  it('writes no colour when stdout is not a terminal, or with NO_COLOR / --no-color', () => {
    for (const run of [
      vanban([fixture]),
      vanban([fixture], { env: { NO_COLOR: '1' } }),
      vanban([fixture, '--no-color'], { env: { FORCE_COLOR: '1' } }),
      vanban([fixture], { env: { FORCE_COLOR: '0' } }),
    ]) {
      expect(run.status).toBe(0);
      expect(run.stdout).not.toMatch(ANSI);
    }
  });

  it('writes colour when forced with FORCE_COLOR', () => {
    const run = vanban([fixture], { env: { FORCE_COLOR: '1' } });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(ANSI);
    // eslint-disable-next-line no-control-regex
    expect(run.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toBe(vanban([fixture]).stdout);
  });

  it('never colours JSON', () => {
    const run = vanban(['--format', 'json', fixture], { env: { FORCE_COLOR: '1' } });
    expect(run.stdout).not.toMatch(ANSI);
  });

  describe('warnings', () => {
    // The decode stage warns on this input (`invalid-bytes`, or `encoding-guess` when it reads it in
    // a legacy encoding); test/cli/main.test.ts covers the same logic with made-up warnings.
    it('prints warnings as path:line:column  severity  message  rule', () => {
      const run = vanban([badBytes]);
      expect(run.status).toBe(0);
      expect(run.stderr).toMatch(/:\d+:\d+ {2}warning {2}.+ {2}[a-z][a-z-]*$/m);
      expect(run.stderr.startsWith(`${badBytes}:`)).toBe(true);
    });

    it('exits 1 with --strict', () => {
      expect(vanban([badBytes, '--strict']).status).toBe(1);
      expect(vanban([badBytes]).status).toBe(0);
    });

    it('prints no warning with --quiet', () => {
      const run = vanban([badBytes, '--quiet']);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
      expect(YAML.parse(run.stdout).warnings.length).toBeGreaterThan(0);
    });
  });
});

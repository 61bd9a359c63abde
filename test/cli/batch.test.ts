// Batch runs of the BUILT command: directories, globs, --files-from, bad inputs in a batch,
// worker threads, --out-dir (interrupted and resumed), the progress bar.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { ANSI, assertBuilt, has, root, shell, STACK, start, tempDir, until, vanban } from './run.js';

const reference = join(root, 'fixtures/vinh-thuan-522-cv-hu.txt');
const markdown = join(root, 'fixtures/ke-hoach-markdown.md');
const SHORT = 'Ban Thường vụ Huyện ủy có Công văn số 522-CV/HU, ngày 20-3-2023.\n';

let dir: string;

/** Every file under `top`, hidden ones included, relative and sorted. */
function tree(top: string): string[] {
  const out: string[] = [];
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(top, path));
    }
  };
  walk(top);
  return out.sort();
}

function ndjson(stdout: string): Array<Record<string, any>> {
  return stdout
    .trimEnd()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));
}

beforeAll(() => {
  assertBuilt();
  dir = tempDir('vanban-batch-');
  // in/a.txt, in/sub/b.md, in/sub/c.text, in/.hidden/d.txt, in/e.pdf
  mkdirSync(join(dir, 'in/sub'), { recursive: true });
  mkdirSync(join(dir, 'in/.hidden'), { recursive: true });
  copyFileSync(reference, join(dir, 'in/a.txt'));
  copyFileSync(markdown, join(dir, 'in/sub/b.md'));
  writeFileSync(join(dir, 'in/sub/c.text'), SHORT);
  writeFileSync(join(dir, 'in/.hidden/d.txt'), SHORT);
  writeFileSync(join(dir, 'in/e.pdf'), '%PDF-1.4\n');
  // Bad inputs.
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
  writeFileSync(join(dir, 'x.pdf'), '%PDF-1.4\n');
  // Many small inputs, for the worker threads.
  mkdirSync(join(dir, 'many'));
  for (let i = 0; i < 24; i++) writeFileSync(join(dir, `many/doc-${String(i).padStart(2, '0')}.txt`), `${SHORT}Số ${i}/QĐ-UBND\n`);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('many inputs', () => {
  it('walks directories recursively for .txt, .md and .docx, sorted, skipping hidden files', () => {
    const run = vanban(['parse', 'in', '--format', 'ndjson'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(ndjson(run.stdout).map((line) => line.source.path)).toEqual(['in/a.txt', 'in/sub/b.md']);
  });

  it('takes other extensions with --ext', () => {
    const run = vanban(['in', '--ext', 'txt,.TEXT', '--format', 'ndjson'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(ndjson(run.stdout).map((line) => line.source.path)).toEqual(['in/a.txt', 'in/sub/c.text']);
  });

  it('expands glob patterns, and reads a list of paths with --files-from (a file or -)', () => {
    writeFileSync(join(dir, 'list.txt'), 'in/sub/c.text\n\nin/a.txt\n');
    const glob = vanban(['in/**/*.{md,text}', '--files-from', 'list.txt', '--format', 'ndjson'], { cwd: dir });
    expect(glob.status).toBe(0);
    expect(ndjson(glob.stdout).map((line) => line.source.path)).toEqual([
      'in/sub/b.md',
      'in/sub/c.text',
      'in/sub/c.text',
      'in/a.txt',
    ]);
    const stdin = vanban(['--files-from', '-', '--format', 'ndjson'], { cwd: dir, input: 'in/a.txt\nin/sub\n' });
    expect(stdin.status).toBe(0);
    expect(ndjson(stdin.stdout).map((line) => line.source.path)).toEqual(['in/a.txt', 'in/sub/b.md']);
  });

  it('goes on past bad inputs: one error line each on stderr and in NDJSON, in input order, exit 3', () => {
    const inputs = ['in/a.txt', 'missing.txt', 'binary.txt', 'x.pdf', 'nothing/*.txt', 'in/sub/b.md'];
    const run = vanban(['--format', 'ndjson', ...inputs], { cwd: dir });
    expect(run.status).toBe(3);
    const lines = ndjson(run.stdout);
    expect(lines.map((line) => line.source.path)).toEqual(inputs);
    expect(lines.map((line) => line.error?.code ?? 'ok')).toEqual([
      'ok',
      'not-found',
      'binary',
      'unsupported-format',
      'not-found',
      'ok',
    ]);
    for (const line of lines.filter((l) => l.error)) {
      expect(Object.keys(line)).toEqual(['source', 'error']);
      expect(Object.keys(line.error)).toEqual(['code', 'message']);
    }
    const errors = run.stderr.trimEnd().split('\n');
    expect(errors).toEqual([
      expect.stringMatching(/^missing\.txt: error: .+ \(not-found\)$/),
      expect.stringMatching(/^binary\.txt: error: .+ \(binary\)$/),
      expect.stringMatching(/^x\.pdf: error: .+ \(unsupported-format\)$/),
      'nothing/*.txt: error: no file matches this pattern (not-found)',
    ]);
    expect(run.stderr).not.toContain(STACK);
  });

  // VANBAN_WORKERS_AFTER_MS=0: the workers start at once (by default, only for a long batch).
  const workersNow = { VANBAN_WORKERS_AFTER_MS: '0' };

  it('parses in worker threads and keeps the input order, bad inputs included', () => {
    const run = vanban(['many', 'missing.txt', 'binary.txt', '--format', 'ndjson', '--jobs', '2'], { cwd: dir, env: workersNow });
    expect(run.status).toBe(3);
    const lines = ndjson(run.stdout);
    const names = readdirSync(join(dir, 'many')).sort();
    expect(lines.map((line) => line.source.path)).toEqual([...names.map((n) => `many/${n}`), 'missing.txt', 'binary.txt']);
    expect(lines.slice(0, names.length).every((line) => line.document.number === '522-CV/HU')).toBe(true);
    // The same output as one input at a time.
    const single = vanban(['many', '--format', 'ndjson', '--jobs', '1'], { cwd: dir });
    expect(single.stdout).toBe(run.stdout.split('\n').slice(0, names.length).join('\n') + '\n');
    // --unordered: the same lines, in any order.
    const unordered = vanban(['many', '--format', 'ndjson', '--jobs', '2', '--unordered'], { cwd: dir, env: workersNow });
    expect(unordered.status).toBe(0);
    expect(unordered.stdout.trimEnd().split('\n').sort()).toEqual(single.stdout.trimEnd().split('\n').sort());
  });

  it('writes YAML documents and a JSON array for a directory', () => {
    const yaml = vanban(['in'], { cwd: dir });
    expect(YAML.parseAllDocuments(yaml.stdout).map((d) => d.toJS().source.path)).toEqual(['in/a.txt', 'in/sub/b.md']);
    const json = vanban(['in/sub', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(json.stdout).map((r: any) => r.source.path)).toEqual(['in/sub/b.md']);
  });

  it.each([
    [['a.txt', '-o', 'x', '--out-dir', 'y'], /either -o\/--output or --out-dir/],
    [['a.txt', '--skip-existing'], /--skip-existing goes with --out-dir/],
    [['a.txt', '--jobs', '0'], /--jobs/],
    [['-', '--out-dir', 'y'], /standard input/],
    [['--files-from', '-', '-'], /standard input/],
  ])('exits 2 on options that do not go together: %j', (args, message) => {
    const run = vanban(args, { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('refuses two inputs that would write the same output file', () => {
    mkdirSync(join(dir, 'clash'), { recursive: true });
    writeFileSync(join(dir, 'clash/n.txt'), SHORT);
    writeFileSync(join(dir, 'clash/n.md'), SHORT);
    const run = vanban(['clash', '--out-dir', 'clash-out'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/clash\/n\.md and clash\/n\.txt would both be written to clash-out\/n\.yaml/);
    expect(existsSync(join(dir, 'clash-out'))).toBe(false);
  });
});

describe('--out-dir', () => {
  it('writes one file per input, mirroring the input tree, and nothing else', () => {
    const run = vanban(['in', 'binary.txt', '--out-dir', 'out'], { cwd: dir });
    expect(run.status).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^binary\.txt: error: .+ \(binary\)$/)]);
    expect(tree(join(dir, 'out'))).toEqual(['a.yaml', 'sub/b.yaml']);
    // Each file is what `vanban <input>` prints.
    expect(readFileSync(join(dir, 'out/a.yaml'), 'utf8')).toBe(vanban(['in/a.txt'], { cwd: dir }).stdout);
    const json = vanban(['in', '--out-dir', 'out-json', '--format', 'json'], { cwd: dir });
    expect(json.status).toBe(0);
    expect(tree(join(dir, 'out-json'))).toEqual(['a.json', 'sub/b.json']);
    expect(JSON.parse(readFileSync(join(dir, 'out-json/sub/b.json'), 'utf8')).source.path).toBe('in/sub/b.md');
  });

  it('leaves only whole files when interrupted, and resumes with --skip-existing', async () => {
    const inputs = join(dir, 'big');
    mkdirSync(inputs);
    const count = 120;
    for (let i = 0; i < count; i++) copyFileSync(reference, join(inputs, `doc-${String(i).padStart(3, '0')}.txt`));
    const out = join(dir, 'big-out');
    const visible = (): string[] => (existsSync(out) ? readdirSync(out).filter((n) => !n.startsWith('.')) : []);

    // Interrupt the run (Ctrl-C) once a few files are written.
    const child = start(['big', '--out-dir', 'big-out', '--jobs', '1'], { cwd: dir });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    await until(() => visible().length >= 5, 20_000, 'the first outputs');
    child.kill('SIGINT');
    const { signal } = await exited;
    expect(signal).toBe('SIGINT');
    const first = visible();
    expect(first.length).toBeGreaterThanOrEqual(5);
    expect(first.length).toBeLessThan(count);
    // Every file there is whole, and no temporary file is left behind.
    const whole = readFileSync(join(out, first[0] as string), 'utf8');
    for (const name of first) {
      expect(readFileSync(join(out, name), 'utf8')).toBe(whole.replace(/doc-\d+/, name.replace('.yaml', '')));
    }
    expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual([]);

    // A temporary file of a run killed with -9 (its process is gone) is cleared by the next run.
    const stale = join(out, `.doc-999.yaml.${2 ** 22 + 1}.0123456789ab.tmp`);
    writeFileSync(stale, 'half a fi');
    const mtimes = new Map(first.map((name) => [name, statSync(join(out, name)).mtimeMs]));

    const rerun = vanban(['big', '--out-dir', 'big-out', '--skip-existing', '--jobs', '1'], { cwd: dir });
    expect(rerun.status).toBe(0);
    expect(visible()).toHaveLength(count);
    expect(existsSync(stale)).toBe(false);
    for (const [name, mtime] of mtimes) expect(statSync(join(out, name)).mtimeMs).toBe(mtime);
    expect(YAML.parse(readFileSync(join(out, `doc-${count - 1}.yaml`), 'utf8')).source.path).toBe(
      `big/doc-${count - 1}.txt`,
    );
  }, 60_000);
});

describe('progress and summary', () => {
  it('prints nothing of the kind when stderr is not a terminal', () => {
    const run = vanban(['many', '--out-dir', 'quiet-out'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

  // `script` (util-linux) runs the command on a pseudo-terminal.
  it.skipIf(!has('script'))('shows a progress bar and a summary on a terminal, not with --quiet', () => {
    const command = (extra: string): string =>
      `script -qfec "${process.execPath} ${join(root, 'bin/vanban.js')} many binary.txt --out-dir tty-out ${extra}" /dev/null`;
    const run = shell(command(''), { cwd: dir });
    expect(run.status).toBe(3);
    const screen = run.stdout.replace(/\r/g, '\n');
    expect(screen).toMatch(/\[[#-]+\] {2}\d+\/25 {2}[\d.]+ files\/s {2}(\d+:\d\d|\?) left/);
    expect(screen).toMatch(/vanban: 24 parsed \(0 with warnings\), 1 failed in [\d.]+ s/);
    expect(screen).toMatch(/binary\.txt: error: .+ \(binary\)/);
    const quiet = shell(command('--quiet'), { cwd: dir });
    expect(quiet.stdout).not.toMatch(/files\/s|parsed/);
    expect(quiet.stdout).not.toMatch(ANSI);
  });
});

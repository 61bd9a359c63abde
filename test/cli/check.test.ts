// `vanban check` on copies of fixtures in a temporary folder: the BUILT command.
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSI, assertBuilt, root, shell, tempDir, vanban } from './run.js';

let dir: string;
const names = ['a.txt', 'b.md', 'c.txt'];
const expectedOf = (name: string): string => join(dir, 'fixtures', name.replace(/\.\w+$/, '.expected.yaml'));

beforeAll(() => {
  assertBuilt();
  dir = tempDir('vanban-check-');
  mkdirSync(join(dir, 'fixtures'));
  copyFileSync(join(root, 'fixtures/vinh-thuan-522-cv-hu.txt'), join(dir, 'fixtures/a.txt'));
  copyFileSync(join(root, 'fixtures/ke-hoach-markdown.md'), join(dir, 'fixtures/b.md'));
  copyFileSync(join(root, 'fixtures/cong-dien-232-cd-ttg.txt'), join(dir, 'fixtures/c.txt'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('vanban check', () => {
  it('skips inputs without an expected file; --update creates them as `vanban <input>` prints them', () => {
    const none = vanban(['check'], { cwd: dir });
    expect(none.status).toBe(0);
    expect(none.stdout).toBe('0 checked, 0 mismatched; 3 without .expected.yaml skipped\n');

    const update = vanban(['check', '--update'], { cwd: dir });
    expect(update.stderr).toBe('');
    expect(update.status).toBe(0);
    expect(update.stdout).toBe(
      [
        'created  fixtures/a.expected.yaml',
        'created  fixtures/b.expected.yaml',
        'created  fixtures/c.expected.yaml',
        '3 checked, 3 mismatched (0 updated, 3 created)',
        '',
      ].join('\n'),
    );
    // Byte for byte what the parse command prints without colour (the golden format).
    for (const name of names) {
      expect(readFileSync(expectedOf(name), 'utf8')).toBe(vanban([`fixtures/${name}`], { cwd: dir }).stdout);
    }

    const all = vanban(['check'], { cwd: dir });
    expect(all.status).toBe(0);
    expect(all.stdout).toBe('3 checked, 0 mismatched\n');
  });

  it('prints each difference with its field path, expected and actual values, and exits 1', () => {
    const file = expectedOf('a.txt');
    const good = readFileSync(file, 'utf8');
    try {
      // Two changed values and one task removed from the expected file.
      const spoiled = good
        .replace('number: 522-CV/HU', 'number: 523-CV/HU')
        .replace('date: 2023-03-20', 'date: 2023-03-21')
        .replace(/^ {2}- text: Tập trung lãnh đạo[^\n]*\n( {4}[^\n]*\n)+/m, '');
      expect(spoiled).not.toBe(good);
      writeFileSync(file, spoiled);
      const run = vanban(['check', 'fixtures/'], { cwd: dir });
      expect(run.status).toBe(1);
      expect(run.stdout).not.toMatch(ANSI);
      const lines = run.stdout.trimEnd().split('\n');
      expect(lines[0]).toMatch(/^MISMATCH fixtures\/a\.txt {2}\(vs fixtures\/a\.expected\.yaml: \d+ differences\)$/);
      const report = lines.join('\n');
      expect(report).toContain('  document.number\n    expected: "523-CV/HU"\n    actual:   "522-CV/HU"');
      expect(report).toContain('  document.date\n    expected: "2023-03-21"\n    actual:   "2023-03-20"');
      // The task, found by the alignment: one difference, not one per task after it.
      expect(report).toMatch(/\n {2}tasks\[1\] \(not in the expected file\)\n {4}actual: {3}\{"text":"Tập trung lãnh đạo/);
      expect(report).not.toMatch(/tasks\[\d+\]\./);
      expect(lines.at(-1)).toBe('3 checked, 1 mismatched');

      // Coloured when forced.
      const coloured = vanban(['check'], { cwd: dir, env: { FORCE_COLOR: '1' } });
      expect(coloured.status).toBe(1);
      expect(coloured.stdout).toMatch(ANSI);
      expect(vanban(['check', '--no-color'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ANSI);

      // --update rewrites that file only, and says so.
      const others = ['b.md', 'c.txt'].map((name) => statSync(expectedOf(name)).mtimeMs);
      const update = vanban(['check', '--update'], { cwd: dir });
      expect(update.status).toBe(0);
      expect(update.stdout).toBe('updated  fixtures/a.expected.yaml\n3 checked, 1 mismatched (1 updated, 0 created)\n');
      expect(readFileSync(file, 'utf8')).toBe(good);
      expect(['b.md', 'c.txt'].map((name) => statSync(expectedOf(name)).mtimeMs)).toEqual(others);
      expect(vanban(['check'], { cwd: dir }).status).toBe(0);
    } finally {
      writeFileSync(file, good);
    }
  });

  it('checks only the paths given, and reports an unreadable input with exit 3', () => {
    const one = vanban(['check', 'fixtures/b.md'], { cwd: dir });
    expect(one.status).toBe(0);
    expect(one.stdout).toBe('1 checked, 0 mismatched\n');
    writeFileSync(join(dir, 'fixtures/d.txt'), Buffer.from([0x00, 0x01, 0x02, 0x03]));
    writeFileSync(join(dir, 'fixtures/d.expected.yaml'), 'source: {}\n');
    try {
      const run = vanban(['check'], { cwd: dir });
      expect(run.status).toBe(3);
      expect(run.stderr).toMatch(/^fixtures\/d\.txt: error: .+ \(binary\)$/m);
      expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('3 checked, 0 mismatched, 1 failed');
    } finally {
      rmSync(join(dir, 'fixtures/d.txt'));
      rmSync(join(dir, 'fixtures/d.expected.yaml'));
    }
  });

  it('says when the text differs but the data is the same', () => {
    vanban(['check', '--update', 'fixtures/c.txt'], { cwd: dir });
    const file = expectedOf('c.txt');
    const good = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, good.replace(/^source:\n/, '# a comment\nsource:\n'));
      const run = vanban(['check', 'fixtures/c.txt'], { cwd: dir });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('same data, but the YAML text differs');
    } finally {
      writeFileSync(file, good);
    }
  });

  it('is what scripts/update-fixtures.mjs --check runs on the repository fixtures', () => {
    const script = shell(`${process.execPath} scripts/update-fixtures.mjs --check`);
    const check = vanban(['check', 'fixtures', '--no-color']);
    expect(script.status).toBe(check.status);
    expect(script.stdout).toBe(check.stdout);
  });
});

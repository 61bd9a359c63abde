// Bad input never hurts: a result or a one-line InputError, in time linear in the size.
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, parse, parseFile } from '../../src/index.js';
import { adversarial, oneLine } from '../../scripts/adversarial.mjs';

const dir = mkdtempSync(join(tmpdir(), 'vanban-bad-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);
const ZIP = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

describe('bad input: a clear one-line error', () => {
  const isRoot = process.getuid?.() === 0;
  it.each([
    ['a missing file', () => join(dir, 'missing.txt'), 'not-found'],
    ['a directory', () => {
      mkdirSync(join(dir, 'folder.txt'), { recursive: true });
      return join(dir, 'folder.txt');
    }, 'is-directory'],
    ['an image', () => file('image.txt', PNG), 'binary'],
    ['a zip archive', () => file('archive.txt', ZIP), 'binary'],
  ])('%s', async (_name, make, code) => {
    const path = make();
    const error = await parseFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe(code);
    expect(String((error as InputError).message)).not.toMatch(/\n|    at /u);
  });

  it.skipIf(isRoot)('an unreadable file', async () => {
    const path = file('secret.txt', 'Số: 1/QĐ-UBND');
    chmodSync(path, 0o000);
    const error = await parseFile(path).catch((e: unknown) => e);
    expect((error as InputError).code).toBe('unreadable');
  });
});

describe('bad input: a result, with a warning where one is due', () => {
  it.each([
    ['an empty file', '', 'empty-input'],
    ['a file of whitespace', ' \n\t\n   \r\n', 'empty-input'],
    ['invalid UTF-8 bytes', Uint8Array.from([...new TextEncoder().encode('Ủy ban nhân dân tỉnh '), 0xc3, 0x28, ...new TextEncoder().encode(' Quảng Trị')]), 'invalid-bytes'],
  ])('%s', async (_name, content, rule) => {
    const result = await parseFile(file(`${rule}-${Math.random()}.txt`, content));
    expect(result.warnings.map((w) => w.rule)).toContain(rule);
  });

  it('control characters are dropped, not read as text', () => {
    const result = parse('Số: 12/QĐ-\u0001UBND\u0007\n\u001bKính gửi: Sở Y tế.');
    expect(JSON.stringify(result)).not.toMatch(/\\u000[17]|\\u001b/u);
  });
});

describe('bad input: adversarial text', () => {
  // Catastrophic backtracking takes minutes; linear work on 1 MB takes seconds.
  it('1 MB of it goes through the whole pipeline in reasonable time', { timeout: 120_000 }, () => {
    const text = adversarial(1_000_000);
    const started = performance.now();
    const result = parse(text);
    expect(performance.now() - started).toBeLessThan(60_000);
    expect(result.source.bytes).toBeGreaterThan(1_000_000);
  });

  it('a 1 MB single line as well', { timeout: 120_000 }, () => {
    const line = oneLine(1_000_000);
    const started = performance.now();
    parse(line);
    expect(performance.now() - started).toBeLessThan(60_000);
  });

  it('and as HTML', { timeout: 120_000 }, () => {
    const started = performance.now();
    parse(adversarial(300_000), { format: 'html' });
    expect(performance.now() - started).toBeLessThan(60_000);
  });
});

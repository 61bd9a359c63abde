// --html and --html-dir: the review page written next to the usual output, by the built binary.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, vanban } from './run.js';

const reference = join(root, 'fixtures/vinh-thuan-522-cv-hu.txt');
const decision = join(root, 'fixtures/quyet-dinh-2685-qd-ubnd.txt');

describe('vanban --html / --html-dir', () => {
  it('writes the review page of one input, and the YAML as usual', () => {
    const page = join(mkdtempSync(join(tmpdir(), 'vanban-html-')), 'review.html');
    const run = vanban(['parse', '--no-color', reference, '--html', page]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^source:/mu);
    const html = readFileSync(page, 'utf8');
    expect(html).toMatch(/^<!doctype html>/iu);
    expect(html).toContain('522-CV/HU');
    expect(html).not.toMatch(/https?:\/\//u);
  });

  it('writes one page per input under --html-dir', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-html-dir-'));
    const run = vanban(['parse', '--format', 'ndjson', '--quiet', reference, decision, '--html-dir', dir]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(2);
    expect(existsSync(join(dir, 'fixtures/vinh-thuan-522-cv-hu.html'))).toBe(true);
    expect(existsSync(join(dir, 'fixtures/quyet-dinh-2685-qd-ubnd.html'))).toBe(true);
  });

  it('refuses --html with several inputs (usage error)', () => {
    const run = vanban(['parse', reference, decision, '--html', join(tmpdir(), 'x.html')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--html-dir/u);
  });
});

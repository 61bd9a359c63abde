// Word and HTML inputs give what the same text gives; anything else is refused clearly.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, parse, parseFile } from '../../src/index.js';
import type { Result } from '../../src/types.js';

const data = (name: string) => new URL(`../data/formats/${name}`, import.meta.url).pathname;
const fixture = (name: string) => new URL(`../../fixtures/${name}`, import.meta.url).pathname;
const items = (r: Result) => ({
  document: { ...r.document, positions: undefined, recipients: r.document.recipients.map((x) => x.name) },
  references: r.references.map((x) => x.number ?? x.title),
  tasks: r.tasks.map((t) => [t.actors, t.deadline]),
  structure: r.structure.map((s) => s.label),
});

describe('formats', () => {
  it('reads a .docx through its raw text: the same document as the text file', async () => {
    const docx = await parseFile(data('quyet-dinh-2685.docx'));
    const text = await parseFile(fixture('quyet-dinh-2685-qd-ubnd.txt'));
    expect(docx.source.format).toBe('docx');
    expect(items(docx)).toEqual(items(text));
  });

  it('reads an .html page: the same items, at positions in the page', async () => {
    const path = data('vinh-thuan-522.html');
    const html = await parseFile(path);
    const text = await parseFile(fixture('vinh-thuan-522-cv-hu.txt'));
    expect(html.source.format).toBe('html');
    expect(html.places.map((p) => p.name)).toEqual(text.places.map((p) => p.name));
    expect(html.projects.map((p) => p.text)).toEqual(text.projects.map((p) => p.text));
    expect(html.tasks.length).toBe(text.tasks.length);
    const lines = readFileSync(path, 'utf8').split('\n');
    for (const p of html.projects) expect(lines[p.line - 1]?.slice(p.column - 1)).toMatch(new RegExp(`^${p.text.slice(0, 12)}`, 'u'));
  });

  it('never reads script, style or head text of a page as the document', () => {
    const r = parse('<html><head><title>Sở Y tế</title><script>var x = "Số: 12/QĐ-UBND";</script></head><body><p>Xin chào.</p></body></html>', {
      format: 'html',
    });
    expect(r.document.number).toBeNull();
    expect(r.references).toEqual([]);
  });

  it.each([
    ['a .pdf', 'a.pdf', 'unsupported-format', /vanban reads .*\.docx/u],
    ['a .doc', 'a.doc', 'unsupported-format', /unsupported format '\.doc'/u],
    ['a .docx that is not a Word file', 'b.docx', 'unreadable', /not a readable \.docx/u],
  ])('refuses %s with a one-line error', async (_name, file, code, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-formats-'));
    writeFileSync(join(dir, file), 'plain text, not what the name says');
    const error = await parseFile(join(dir, file)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe(code);
    expect((error as InputError).message).toMatch(message);
    expect((error as InputError).message).not.toMatch(/\n/u);
  });
});

// Properties over arbitrary Unicode and over mutated real documents (fast-check): the pipeline
// never throws, positions stay inside the input, output is deterministic, and quoted texts parse
// back to the same items.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseUnguarded } from '../src/index.js';
import type { Result } from '../src/types.js';
import { watchHangs } from './hang-guard.js';

// Every parse here runs under the watchdog: a call that loops fails the file and prints its input.
const guarded = watchHangs();
const parse = (text: string): Result => guarded(text, () => parseUnguarded(text));

const FIXTURES = new URL('../fixtures/', import.meta.url);
const documents = readdirSync(FIXTURES)
  .filter((name) => /\.(txt|md)$/u.test(name))
  .map((name) => readFileSync(new URL(name, FIXTURES), 'utf8'));

/** Every line/column in a result, wherever it is. */
function positions(value: unknown, out: { line: number; column: number }[] = []): { line: number; column: number }[] {
  if (Array.isArray(value)) for (const v of value) positions(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.line === 'number' && typeof o.column === 'number') out.push({ line: o.line, column: o.column });
    for (const v of Object.values(o)) positions(v, out);
  }
  return out;
}

function insideInput(input: string, result: Result): void {
  const lines = input.split(/\r\n|\r|\n/u);
  for (const { line, column } of positions(result)) {
    expect(line).toBeGreaterThanOrEqual(1);
    expect(line).toBeLessThanOrEqual(lines.length);
    expect(column).toBeGreaterThanOrEqual(1);
    expect(column).toBeLessThanOrEqual((lines[line - 1] as string).length + 1);
  }
}

// Vietnamese-flavoured noise: letters, marks, digits and the punctuation documents are made of.
const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('Số: ', '12/QĐ-UBND', '522-CV/HU', 'ngày 20-3-2023', 'Điều 2. ', 'huyện Vĩnh Thuận', 'xã ', '**', '*', '|', '\n', '\r\n', ' - ', 'KT. CHỦ TỊCH\n', 'Nơi nhận:\n', 'Kính gửi: ', 'có trách nhiệm ', 'dự án ', 'Ủy ban nhân dân ', '\u0301', '\u00a0', '\u200b'),
);
const noise = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat(200) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: noise }),
  fc.record({ kind: fc.constant('nfd' as const), at: fc.nat(), length: fc.nat(500) }),
  fc.record({ kind: fc.constant('upper' as const), at: fc.nat(), length: fc.nat(300) }),
);

function mutate(text: string, steps: fc.Infer<typeof mutation>[]): string {
  let out = text;
  for (const m of steps) {
    const at = out.length ? m.at % out.length : 0;
    if (m.kind === 'delete') out = out.slice(0, at) + out.slice(at + m.length);
    else if (m.kind === 'insert') out = out.slice(0, at) + m.text + out.slice(at);
    else if (m.kind === 'nfd') out = out.slice(0, at) + out.slice(at, at + m.length).normalize('NFD') + out.slice(at + m.length);
    else out = out.slice(0, at) + out.slice(at, at + m.length).toUpperCase() + out.slice(at + m.length);
  }
  return out;
}

describe('properties', () => {
  it('over arbitrary text: never throws, positions inside the input, deterministic', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), noise), (text) => {
        const a = parse(text);
        insideInput(text, a);
        expect(parse(text)).toEqual(a);
      }),
      { numRuns: 150 },
    );
  });

  it('over mutated real documents: never throws, positions inside, deterministic', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...documents), fc.array(mutation, { minLength: 1, maxLength: 6 }), (document, steps) => {
        const text = mutate(document, steps);
        const a = parse(text);
        insideInput(text, a);
        expect(parse(text)).toEqual(a);
      }),
      { numRuns: 60 },
    );
  });

  it('on real documents, quoted texts parse back to the same items and point at themselves', () => {
    for (const text of documents) {
      const result = parse(text);
      const lines = text.split(/\r\n|\r|\n/u);
      for (const ref of result.references) {
        if (!ref.number) continue;
        // Alone, a citation that opens a text reads as the document itself.
        const again = parse(ref.text);
        expect([...again.references.map((r) => r.number), again.document.number]).toContain(ref.number);
      }
      for (const project of result.projects) {
        expect(parse(project.text).projects.map((p) => p.name)).toContain(project.name);
        const at = (lines[project.line - 1] as string).slice(project.column - 1);
        expect(at.replace(/\*+/gu, '').startsWith(project.text.split(' ')[0] as string)).toBe(true);
      }
    }
  });
});

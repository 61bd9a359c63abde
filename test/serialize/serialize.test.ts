import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import {
  colorizeYaml,
  formatDiagnostic,
  loadPalette,
  toJson,
  toNdjson,
  toYaml,
  type Palette,
} from '../../src/serialize/index.js';
import type { Result } from '../../src/types.js';
import { sampleResult } from './sample.js';

const ANSI = /\u001b\[/;

function withDocument(patch: Partial<Result['document']>): Result {
  const result = sampleResult();
  return { ...result, document: { ...result.document, ...patch } };
}

describe('formatDiagnostic', () => {
  it.each([
    {
      path: 'fixtures/x.txt',
      w: { line: 1, column: 2, severity: 'warning', message: 'invalid bytes', rule: 'invalid-bytes' },
      expected: 'fixtures/x.txt:1:2  warning  invalid bytes  invalid-bytes',
    },
    {
      path: '<stdin>',
      w: { line: 12, column: 40, severity: 'error', message: 'cannot parse', rule: 'x-y' },
      expected: '<stdin>:12:40  error  cannot parse  x-y',
    },
    {
      path: 'a b/Công văn.md',
      w: { line: 3, column: 1, severity: 'info', message: 'Ngày không hợp lệ', rule: 'bad-date' },
      expected: 'a b/Công văn.md:3:1  info  Ngày không hợp lệ  bad-date',
    },
    {
      path: 'x.txt',
      w: { line: 1, column: 1, severity: 'warning', message: 'two\n  lines', rule: 'r' },
      expected: 'x.txt:1:1  warning  two lines  r',
    },
  ])('$expected', ({ path, w, expected }) => {
    expect(formatDiagnostic(path, w)).toBe(expected);
  });
});

describe('toYaml', () => {
  it('does not fold a long line', () => {
    const subject = 'Tăng cường lãnh đạo chỉ đạo thực hiện nhiệm vụ '.repeat(7).trim().slice(0, 300);
    expect(subject).toHaveLength(300);
    const yaml = toYaml(withDocument({ subject }));
    const line = yaml.split('\n').find((l) => l.trimStart().startsWith('subject:'));
    expect(line).toBe(`  subject: ${subject}`);
    expect(YAML.parse(yaml).document.subject).toBe(subject);
  });

  it('writes null out', () => {
    const yaml = toYaml(withDocument({ place: null, signer: null }));
    expect(yaml).toContain('\n  place: null\n');
    expect(yaml).toContain('\n  signer: null\n');
    expect(YAML.parse(yaml).document).toHaveProperty('place', null);
  });

  it.each([
    ['Ban Thường vụ Huyện ủy'],
    ['Ủy ban nhân dân tỉnh Kiên Giang'],
    ['Đảng bộ huyện Vĩnh Thuận'],
    ['Hỏa tốc'],
  ])('leaves Vietnamese letters as they are: %s', (issuer) => {
    const yaml = toYaml(withDocument({ issuer }));
    expect(yaml).toContain(`  issuer: ${issuer}\n`);
    expect(yaml).not.toMatch(/\\u|\\x/);
  });

  it.each([
    // [value, how it must be written]
    ['522-CV/HU', '522-CV/HU'],
    ['2023-03-20', '2023-03-20'],
    ['2023', '"2023"'],
    ['null', '"null"'],
    ['Kết luận: số 5', '"Kết luận: số 5"'],
  ])('quotes %s only when YAML needs it', (number, written) => {
    const yaml = toYaml(withDocument({ number }));
    expect(yaml).toContain(`  number: ${written}\n`);
    expect(YAML.parse(yaml).document.number).toBe(number);
  });

  it('writes keys in the order of the types', () => {
    const parsed = YAML.parse(toYaml(sampleResult()));
    expect(Object.keys(parsed)).toEqual([
      'source',
      'document',
      'structure',
      'references',
      'tasks',
      'projects',
      'places',
      'organizations',
      'people',
      'periods',
      'warnings',
    ]);
    expect(Object.keys(parsed.document)).toEqual([
      'kind',
      'type',
      'number',
      'numberParts',
      'date',
      'place',
      'issuer',
      'issuerParent',
      'subject',
      'urgency',
      'signer',
      'recipients',
      'positions',
    ]);
    expect(Object.keys(parsed.document.numberParts)).toEqual(['serial', 'year', 'typeCode', 'bodyCode']);
    expect(Object.keys(parsed.document.signer)).toEqual(['authority', 'title', 'name']);
    expect(Object.keys(parsed.document.positions)).toEqual(['type', 'number', 'date']);
    expect(Object.keys(parsed.references[0])).toEqual([
      'number',
      'numberParts',
      'type',
      'date',
      'issuer',
      'title',
      'text',
      'line',
      'column',
      'count',
    ]);
    expect(Object.keys(parsed.organizations[0])).toEqual(['name', 'level', 'place', 'line', 'column', 'count', 'mentions']);
    expect(Object.keys(parsed.organizations[0].mentions[1])).toEqual(['line', 'column']);
    expect(Object.keys(parsed.people[0])).toEqual(['name', 'title', 'line', 'column', 'count']);
    expect(Object.keys(parsed.warnings[0])).toEqual(['line', 'column', 'severity', 'rule', 'message']);
  });

  it('round-trips to the same data', () => {
    const result = sampleResult();
    expect(YAML.parse(toYaml(result))).toEqual(result);
  });

  it('writes the same object twice without anchors', () => {
    const result = sampleResult();
    const parts = result.document.numberParts;
    result.references[0]!.numberParts = parts;
    const yaml = toYaml(result);
    expect(yaml).not.toMatch(/[&*]a1/);
    expect(YAML.parse(yaml).references[0].numberParts).toEqual(parts);
  });

  it('keeps a multi-line string', () => {
    const subject = 'dòng một\ndòng hai';
    expect(YAML.parse(toYaml(withDocument({ subject }))).document.subject).toBe(subject);
  });

  it('has no colour unless asked', () => {
    expect(toYaml(sampleResult())).not.toMatch(ANSI);
  });
});

describe('toYaml with colour', () => {
  const tags: Palette = {
    key: (t) => `<k>${t}</k>`,
    string: (t) => `<s>${t}</s>`,
    number: (t) => `<n>${t}</n>`,
    null: (t) => `<0>${t}</0>`,
    punctuation: (t) => `<p>${t}</p>`,
  };

  it('colours keys, strings, numbers and nulls', () => {
    const yaml = toYaml(withDocument({ number: '2023', subject: 'a\nb' }), { color: tags });
    expect(yaml).toContain('<k>source</k><p>:</p>\n');
    expect(yaml).toContain('  <k>path</k><p>:</p> <s>fixtures/x.txt</s>\n');
    expect(yaml).toContain('  <k>bytes</k><p>:</p> <n>6731</n>\n');
    expect(yaml).toContain('  <k>place</k><p>:</p> <0>null</0>\n');
    expect(yaml).toContain('  <k>number</k><p>:</p> <s>"2023"</s>\n');
    expect(yaml).toContain('  <k>issuer</k><p>:</p> <s>Ban Thường vụ Huyện ủy</s>\n');
    expect(yaml).toContain('<p>-</p> <k>line</k>');
  });

  it('only adds colour: without the escapes it is the plain YAML', async () => {
    const palette = await loadPalette(1);
    const plain = toYaml(sampleResult());
    const coloured = toYaml(sampleResult(), { color: palette });
    expect(coloured).toMatch(ANSI);
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain);
    expect(toYaml(sampleResult(), { color: true })).toBe(coloured);
  });

  it('colours several documents', () => {
    const text = colorizeYaml('a: 1\n---\nb: null\n', tags);
    expect(text).toBe('<k>a</k><p>:</p> <n>1</n>\n<p>---</p>\n<k>b</k><p>:</p> <0>null</0>\n');
  });
});

describe('toJson and NDJSON', () => {
  it('writes one line, or indented when pretty', () => {
    const result = sampleResult();
    const line = toJson(result);
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toEqual(result);
    const pretty = toJson(result, { pretty: true });
    expect(pretty).toContain('\n  "source": {\n');
    expect(JSON.parse(pretty)).toEqual(result);
  });

  it('writes keys in the order of the types', () => {
    expect(Object.keys(JSON.parse(toJson(sampleResult())))[0]).toBe('source');
    expect(toJson(sampleResult())).toMatch(/^\{"source":\{"path":/);
  });

  it('writes one line per result', () => {
    const text = toNdjson([sampleResult(), sampleResult()]);
    const lines = text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[1]!)).toEqual(sampleResult());
  });
});

import { describe, expect, it } from 'vitest';
import { tokenizeText, letterCase } from '../../src/tokenize/index.js';

const kinds = (text: string) => tokenizeText(text).map((t) => [t.kind, text.slice(t.start, t.end)]);

describe('tokenize', () => {
  it.each(['522-CV/HU', '30/2020/NĐ-CP', '2685/QĐ-UBND', '100 - KL/TW', '123/UBND-VP', '1893/QĐ-TTg', '202/2025/QH15', '36-HD/VPTW'])(
    'reads %s as one document code',
    (code) => {
      expect(kinds(`số ${code}, ngày`)).toContainEqual(['code', code]);
    },
  );

  it.each(['20-3-2023', '17/10/2022', '08.6.2010'])('reads %s as a date', (date) => {
    expect(kinds(`ngày ${date} của`)).toContainEqual(['date', date]);
  });

  it.each([
    ['a year range', '2021-2025', ['number', 'punct', 'number']],
    ['a fraction', '1/2', ['number', 'punct', 'number']],
    ['a word in capitals made of roman letters', 'VIỆT', ['word']],
    ['a number with thousands', '1.000', ['number']],
    ['a roman numeral', 'XII', ['roman']],
    ['a hyphenated name', 'Covid-19', ['word', 'punct', 'number']],
  ])('reads %s as its parts', (_name, text, expected) => {
    expect(tokenizeText(text).map((t) => t.kind)).toEqual(expected);
  });

  it('gives offsets that slice the token text and skips spaces', () => {
    const text = 'Ban  Thường vụ\nHuyện ủy.';
    const tokens = tokenizeText(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Ban', 'Thường', 'vụ', '\n', 'Huyện', 'ủy', '.']);
  });

  it.each([
    ['huyện', 'lower'],
    ['Huyện', 'title'],
    ['UBND', 'upper'],
    ['TTg', 'mixed'],
  ])('%s is %s case', (word, expected) => {
    expect(letterCase(word)).toBe(expected);
  });

  it('runs in linear time on adversarial input', () => {
    const text = '1'.repeat(20000) + '/'.repeat(20000) + '-A'.repeat(20000) + 'Số '.repeat(20000);
    expect(tokenizeText(text).length).toBeGreaterThan(0);
  });
});

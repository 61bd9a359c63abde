import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { OFFICIAL } from '../helpers.js';

describe('references', () => {
  it('reads number, type, date and issuer of a cited document', () => {
    const refs = parse('Tiếp tục thực hiện Nghị quyết số 09-NQ/HU, ngày 17-10-2022 của Ban Thường vụ Huyện ủy, gắn với đẩy mạnh.').references;
    expect(refs).toHaveLength(1);
    expect(refs[0]).toMatchObject({ number: '09-NQ/HU', type: 'Nghị quyết', date: '2022-10-17', issuer: 'Ban Thường vụ Huyện ủy' });
  });

  it('gives one reference per document, however often cited, and not the document itself', () => {
    const refs = parse(OFFICIAL + '\nTheo Nghị định số 63/2010/NĐ-CP.').references;
    expect(refs.filter((r) => r.number === '63/2010/NĐ-CP')).toHaveLength(1);
    expect(refs.find((r) => r.number === '63/2010/NĐ-CP')?.count).toBe(2);
    expect(refs.some((r) => r.number === '2685/QĐ-UBND')).toBe(false);
  });

  it('reads a law cited by title in the preamble', () => {
    const law = parse(OFFICIAL).references.find((r) => r.number === null);
    expect(law).toMatchObject({ title: 'Luật Tổ chức chính quyền địa phương', date: '2025-06-16', type: 'Luật' });
  });

  it('cleans spaces out of a news-style code', () => {
    expect(parse('Thực hiện Kết luận số 100 - KL/TW của Bộ Chính trị.').references[0]?.number).toBe('100-KL/TW');
  });

  it('reads a code broken after its hyphen and one with a Cyrillic look-alike as the same documents', () => {
    const refs = parse('Theo Nghị quyết 66/NQ- CP ngày 26/3/2025 và Nghị quyết số 66/NQ-CР ngày 26/3/2025 của Chính phủ.').references;
    expect(refs.map((r) => [r.number, r.count])).toEqual([['66/NQ-CP', 2]]);
  });

  it("does not cite the document's own number again from its appendix", () => {
    const text = `${OFFICIAL}\nPHỤ LỤC\n(Kèm theo Quyết định số 2685/QĐ-UBND ngày 17/11/2025 của Chủ tịch UBND tỉnh)`;
    expect(parse(text).references.map((r) => r.number)).not.toContain('2685/QĐ-UBND');
  });

  it.each([
    ['dates and ranges', 'Ngày 17/10/2022, giai đoạn 2021-2025, tỷ lệ 1/2.'],
    ['a phone number', 'Số ĐT: 0947858709; mã số 220825-2.'],
  ])('finds none in %s', (_name, text) => {
    expect(parse(text).references).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { OFFICIAL } from '../helpers.js';

describe('document fields: official header', () => {
  const d = parse(OFFICIAL).document;
  it.each([
    ['kind', 'official'],
    ['number', '2685/QĐ-UBND'],
    ['type', 'Quyết định'],
    ['date', '2025-11-17'],
    ['place', 'Quảng Trị'],
    ['issuer', 'Ủy ban nhân dân tỉnh Quảng Trị'],
    ['issuerParent', null],
    ['subject', 'Công bố danh mục thủ tục hành chính'],
  ] as const)('%s', (field, expected) => {
    expect(d[field]).toEqual(expected);
  });

  it('splits the number into its parts', () => {
    expect(d.numberParts).toEqual({ serial: '2685', year: null, typeCode: 'QĐ', bodyCode: 'UBND' });
  });

  it('reads the signer and the recipients without the archive line', () => {
    expect(d.signer).toEqual({ authority: 'KT. Chủ tịch', title: 'Phó Chủ tịch', name: 'Lê Đức Tiến' });
    expect(d.recipients.map((r) => r.name)).toEqual(['Như Điều 3']);
  });

  it('gives a parent body when the issuer block has two bodies', () => {
    const doc = parse(OFFICIAL.replace('ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ', 'BỘ TÀI CHÍNH\nCỤC THUẾ')).document;
    expect([doc.issuer, doc.issuerParent]).toEqual(['Cục Thuế', 'Bộ Tài chính']);
  });

  it('takes Công văn for a V/v subject', () => {
    const doc = parse(OFFICIAL.replace('QUYẾT ĐỊNH\nCông bố', 'V/v Công bố').replace('2685/QĐ-UBND', '5332/CT-CS')).document;
    expect(doc.type).toBe('Công văn');
  });
});

describe('document fields: news write-up', () => {
  const text = 'Tiêu đề\n\nBan Thường vụ Huyện ủy có Công văn số 522-CV/HU, ngày 20-3-2023 về tăng cường lãnh đạo năm 2023.\n';
  const d = parse(text).document;
  it('reads the document named in the lead', () => {
    expect([d.kind, d.type, d.number, d.date, d.issuer, d.subject]).toEqual([
      'news',
      'Công văn',
      '522-CV/HU',
      '2023-03-20',
      'Ban Thường vụ Huyện ủy',
      'tăng cường lãnh đạo năm 2023',
    ]);
    expect(d.positions.number).toEqual({ line: 3, column: 39 });
  });

  it.each([
    ['a text without any document', 'Trời hôm nay nắng đẹp. Người dân ra đồng.'],
    ['a code cited deep in the body, not in the lead', 'Tiêu đề\n\nMột.\n\nHai.\n\nBa.\n\nTheo Nghị quyết số 09-NQ/HU thì làm.'],
  ])('yields no number for %s', (_name, input) => {
    expect(parse(input).document.number).toBeNull();
  });
});

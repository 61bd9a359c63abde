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

const PARTY = [
  'ĐẢNG BỘ TỈNH KIÊN GIANG',
  'HUYỆN ỦY VĨNH THUẬN',
  '*',
  'Số 15-KL/HU',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'Vĩnh Thuận, ngày 20 tháng 3 năm 2023',
  'KẾT LUẬN',
  'CỦA BAN THƯỜNG VỤ HUYỆN ỦY',
  'về việc xây dựng các công trình tưởng niệm',
  'Ban Thường vụ Huyện ủy kết luận như sau:',
  '1. Giao Ủy ban nhân dân huyện lập dự án.',
  'Nơi nhận:',
  '- Các chi, đảng bộ trực thuộc,',
  '- Lưu Văn phòng Huyện ủy.',
  'T/M BAN THƯỜNG VỤ',
  'PHÓ BÍ THƯ',
  'Nguyễn Văn Hòa',
].join('\n');

describe('document fields: Party header', () => {
  const d = parse(PARTY).document;
  it.each([
    ['number', '15-KL/HU'],
    ['type', 'Kết luận'],
    ['date', '2023-03-20'],
    ['issuer', 'Huyện ủy Vĩnh Thuận'],
    ['issuerParent', 'Đảng bộ tỉnh Kiên Giang'],
    ['subject', 'xây dựng các công trình tưởng niệm'],
  ] as const)('%s', (field, expected) => {
    expect(d[field]).toEqual(expected);
  });

  it('reads a T/M authority and keeps it out of the recipients', () => {
    expect(d.signer).toEqual({ authority: 'T/M Ban Thường vụ', title: 'Phó Bí thư', name: 'Nguyễn Văn Hòa' });
    expect(d.recipients.map((r) => r.name)).toEqual(['Các chi, đảng bộ trực thuộc']);
  });
});

describe('document fields: header variants', () => {
  const variant = (from: string, to: string) => parse(OFFICIAL.replace(from, to)).document;

  it.each([
    ['HỎA TỐC', 'Hỏa tốc'],
    ['KHẨN', 'Khẩn'],
    ['THƯỢNG KHẨN', 'Thượng khẩn'],
  ])('reads the urgency mark %s', (mark, expected) => {
    expect(variant('Số: 2685/QĐ-UBND', `Số: 2685/QĐ-UBND\n${mark}`).urgency).toBe(expected);
  });

  it('has no urgency without a mark, even with "khẩn trương" in the body', () => {
    expect(parse(OFFICIAL + '\nĐiều 5. Các sở khẩn trương thực hiện.').document.urgency).toBeNull();
  });

  it('reads a date written "tháng11" and a place without its comma', () => {
    const d = variant('Quảng Trị, ngày 17 tháng 11 năm 2025', 'Quảng Trị ngày 17 tháng11 năm 2025');
    expect([d.place, d.date]).toEqual(['Quảng Trị', '2025-11-17']);
  });

  it('reads a signer after a wrapped title and a rank', () => {
    const d = variant('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Đức Tiến', 'TL. CỤC TRƯỞNG\nKT. TRƯỞNG BAN CHÍNH SÁCH,\nTHUẾ QUỐC TẾ\nPHÓ TRƯỞNG BAN\nThượng tướng Phạm Thị Minh Hiền');
    expect(d.signer?.name).toBe('Phạm Thị Minh Hiền');
    expect(d.signer?.title).toBe('Phó Trưởng ban');
  });

  it('spells out an abbreviated issuer block broken inside a name', () => {
    const d = variant('ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ', 'UBND THÀNH PHỐ HÀ\nNỘI\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG');
    expect([d.issuer, d.issuerParent]).toEqual(['Trung tâm Phục vụ hành chính công', 'Ủy ban nhân dân thành phố Hà Nội']);
  });
});

describe('document fields: a công văn whose header was lost', () => {
  const text = [
    'Kính gửi: Công ty TNHH Minh Phát.',
    'Trả lời công văn số 13/CV-MP ngày 13/11/2025 của Công ty, Cục Hải quan có ý kiến như sau:',
    'Công ty thực hiện theo quy định.',
    'Cục Hải quan trả lời để Công ty biết./.',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT.',
    'KT. CỤC TRƯỞNG',
    'PHÓ CỤC TRƯỞNG',
    'Nguyễn Bắc Hải',
  ].join('\n');
  const d = parse(text).document;

  it('is official, a công văn, from the body that names itself', () => {
    expect([d.kind, d.type, d.issuer, d.number]).toEqual(['official', 'Công văn', 'Cục Hải quan', null]);
    expect(d.signer?.name).toBe('Nguyễn Bắc Hải');
  });

  it('takes number, type, date and issuer from an appendix that names its document', () => {
    const doc = parse(`${text}\nPHỤ LỤC\n(Kèm theo Công văn số 174/CV-BCĐ ngày 02 tháng 12 năm 2025 của Ban Chỉ đạo)`).document;
    expect([doc.number, doc.type, doc.date]).toEqual(['174/CV-BCĐ', 'Công văn', '2025-12-02']);
  });

  it('is news, not official, for a write-up without greeting or signature', () => {
    expect(parse('Cục Hải quan có ý kiến như sau: doanh nghiệp thực hiện theo quy định.').document.kind).toBe('news');
  });
});

describe('structure', () => {
  it('gives the divisions with labels, titles, depth and line ranges', () => {
    const text = OFFICIAL.replace(/Điều 1\./u, 'Chương I\nQUY ĐỊNH CHUNG\nĐiều 1.');
    const s = parse(text).structure;
    expect(s[0]).toMatchObject({ kind: 'chapter', label: 'Chương I', title: 'QUY ĐỊNH CHUNG', depth: 0 });
    expect(s.filter((d) => d.kind === 'article').every((d) => d.depth === 1 && d.endLine >= d.line)).toBe(true);
  });

  it('is empty for news', () => {
    expect(parse('Huyện ủy Vĩnh Thuận có Công văn số 522-CV/HU về việc tăng cường lãnh đạo.').structure).toEqual([]);
  });
});

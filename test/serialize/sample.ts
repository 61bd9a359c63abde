// A full Result with every field set (values in the spirit of fixtures/vinh-thuan-522-cv-hu.txt),
// built in an order unlike the types' to show that serialize puts keys in order.
import type { Result } from '../../src/types.js';

export function sampleResult(): Result {
  return {
    warnings: [{ message: 'the input is not valid UTF-8', rule: 'invalid-bytes', severity: 'warning', column: 2, line: 1 }],
    source: { path: 'fixtures/x.txt', format: 'text', encoding: 'utf-8', bytes: 6731, language: 'vie' },
    document: {
      positions: { number: { line: 3, column: 42 }, type: { line: 3, column: 33 }, date: { column: 60, line: 3 } },
      kind: 'news',
      type: 'Công văn',
      number: '522-CV/HU',
      numberParts: { bodyCode: 'HU', typeCode: 'CV', year: null, serial: '522' },
      date: '2023-03-20',
      place: null,
      issuer: 'Ban Thường vụ Huyện ủy',
      issuerParent: null,
      subject: 'tăng cường lãnh đạo, chỉ đạo thực hiện nhiệm vụ năm 2023',
      urgency: null,
      signer: { name: null, title: 'Bí thư', authority: 'T/M Ban Thường vụ' },
      recipients: [{ line: 40, column: 1, name: 'Các chi, đảng bộ cơ sở' }],
    },
    structure: [{ kind: 'article', label: 'Điều 2', title: 'Tổ chức thực hiện', depth: 0, line: 20, column: 1, endLine: 24 }],
    references: [
      {
        count: 2,
        column: 5,
        line: 5,
        number: '30/2020/NĐ-CP',
        numberParts: { serial: '30', year: '2020', typeCode: 'NĐ', bodyCode: 'CP' },
        type: 'Nghị định',
        date: '2020-03-05',
        issuer: 'Chính phủ',
        title: null,
        text: 'Nghị định số 30/2020/NĐ-CP ngày 5-3-2020 của Chính phủ',
      },
    ],
    tasks: [
      {
        text: 'Tập trung lãnh đạo, chỉ đạo: phát triển kinh tế nông nghiệp, nông nghiệp sạch',
        actors: ['Ủy ban nhân dân huyện'],
        deadline: '2023-06-30',
        deadlineText: 'trước ngày 30-6-2023',
        line: 9,
        column: 1,
      },
    ],
    projects: [{ name: 'Khu dân cư', text: 'dự án Khu dân cư', kind: 'dự án', line: 12, column: 7 }],
    places: [
      {
        name: 'Tân Thuận',
        unit: 'xã',
        code: '31072',
        era: 'pre-2025',
        parents: [
          { code: '910', unit: 'huyện', name: 'Vĩnh Thuận' },
          { code: '91', unit: 'tỉnh', name: 'Kiên Giang' },
        ],
        successors: [{ code: '31069', unit: 'xã', name: 'Vĩnh Thuận', parents: [{ code: '91', unit: 'tỉnh', name: 'An Giang' }] }],
        line: 1,
        column: 80,
        count: 2,
        mentions: [
          { line: 1, column: 80 },
          { line: 4, column: 12 },
        ],
      },
    ],
    organizations: [
      {
        mentions: [
          { line: 3, column: 16 },
          { column: 12, line: 5 },
        ],
        count: 2,
        name: 'Huyện ủy',
        level: 'huyện',
        place: null,
        line: 3,
        column: 16,
      },
    ],
    people: [{ title: 'Phó Chủ tịch UBND huyện', name: 'Lê Ngọc Hoa', line: 7, column: 14, count: 1 }],
    periods: [{ text: '2021-2025', start: '2021', end: '2025', kind: 'nhiệm kỳ', line: 5, column: 200 }],
  };
}

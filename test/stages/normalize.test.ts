import { describe, expect, it } from 'vitest';
import { decode } from '../../src/decode/index.js';
import { normalize, foldKey } from '../../src/normalize/index.js';
import { LineIndex } from '../../src/normalize/lines.js';

const norm = (text: string) => normalize(decode(text, { path: 't.txt' }));

describe('normalize: text', () => {
  it.each([
    ['NFD becomes NFC', 'Ủy ban'.normalize('NFD'), 'Ủy ban'],
    ['CRLF becomes LF', 'Một.\r\nHai.', 'Một.\nHai.'],
    ['bold markers inside a word are removed', 'ng**ày 17', 'ngày 17'],
    ['a bold phrase broken across lines is joined', '**ỦY\nBAN NHÂN DÂN**', 'ỦY BAN NHÂN DÂN'],
    ['a lone pipe line is emptied', 'a.\n|\nB', 'a.\n\nB'],
    ['a document code broken after its hyphen is glued', 'Quyết định số 3783/QĐ-\nUBND ngày', 'Quyết định số 3783/QĐ-UBND ngày'],
    ['a date broken after "ngày" is joined', 'ký ngày\n17 tháng 11', 'ký ngày 17 tháng 11'],
    ['a line starting in lower case continues the sentence', 'thực hiện nhiệm\nvụ được giao', 'thực hiện nhiệm vụ được giao'],
    ['a name broken between syllables is joined', 'tại huyện Vĩnh\nThuận có', 'tại huyện Vĩnh Thuận có'],
    ['non-breaking spaces become spaces', 'Số\u00a0522', 'Số 522'],
    ['zero-width characters are removed', 'Hu\u200byện', 'Huyện'],
    ['markdown escapes are removed', '522\\-CV/HU', '522-CV/HU'],
    ['a Cyrillic look-alike inside a code becomes Latin', '105/2025/TT-BTС', '105/2025/TT-BTC'],
    ['a Cyrillic word alone is left alone', 'Москва', 'Москва'],
    ['a stray italic star before a line end closes its pair', '*Căn cứ Luật A; *\n*Căn cứ Luật B;*\n- Như trên;', 'Căn cứ Luật A; \nCăn cứ Luật B;\n- Như trên;'],
    ['an italic block keeps its list items on their lines', '*Nơi nhận:\n- Như trên;\n- Lưu: VT.*', 'Nơi nhận:\n- Như trên;\n- Lưu: VT.'],
    ['a V/v line is not joined to the number line', 'Số: 5333/CT-CS\nV/v chính sách thuế', 'Số: 5333/CT-CS\nV/v chính sách thuế'],
    ['a code broken after its slash is glued', 'theo Công văn số 12/\nUBND-VP', 'theo Công văn số 12/UBND-VP'],
    ['a date broken after "NGÀY:" in capitals is joined', 'ký NGÀY:\n17/11/2025 tại', 'ký NGÀY: 17/11/2025 tại'],
    ['a date broken before "tháng" is joined', 'ngày 17\ntháng 11 năm 2025', 'ngày 17 tháng 11 năm 2025'],
    ['an item label alone on its line runs into the item', 'gồm:\n–\nSở Tài chính', 'gồm:\n– Sở Tài chính'],
    ['a name broken after a unit word and a title-case syllable is joined', 'tại xã Vĩnh\nPhong có', 'tại xã Vĩnh Phong có'],
    ['a name broken after two title-case syllables is joined', 'Ông Nguyễn  Văn\nAn dự', 'Ông Nguyễn  Văn An dự'],
    ['tabs, controls and typographic spaces are cleaned in one pass', 'a\tb\u0007c\u2003d\u00ade', 'a bc de'],
  ])('%s', (_name, input, expected) => {
    expect(norm(input).text).toBe(expected);
  });

  it.each([
    ['a heading in capitals stays on its line', 'QUYẾT ĐỊNH\nCông bố danh mục'],
    ['an item label starts a new line', 'gồm:\n- Sở Tài chính;\n- Sở Nội vụ.'],
    ['an article starts a new line', 'có hiệu lực\nĐiều 2. Giao'],
    ['a blank line is never joined', 'Tiêu đề\n\nBan Thường vụ'],
    ['a lone star line (Party issuer block) is kept', 'HUYỆN ỦY VĨNH THUẬN\n*\nSố 522-CV/HU'],
    ['a sentence end before a capital is kept', 'đã hoàn thành.\nSở Tài chính'],
    ['a one-word line before a title-case word is kept', 'Vĩnh\nThuận'],
    ['a code that is complete is not glued to the next line', 'Số: 12/UBND-VP\nHà Nội'],
    ['a line of capitals before a title-case line is kept', 'ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG\nSở Nội vụ'],
  ])('%s', (_name, input) => {
    expect(norm(input).text).toBe(input);
  });
});

describe('normalize: key', () => {
  it.each([
    ['Uỷ ban', 'Ủy ban'],
    ['hoà bình', 'hòa bình'],
    ['thuỷ lợi', 'thủy lợi'],
    ['khoẻ mạnh', 'khỏe mạnh'],
  ])('%s and %s fold to one key', (a, b) => {
    expect(foldKey(a)).toBe(foldKey(b));
  });

  it.each([
    ['quý', 'quý'],
    ['hoàn thành', 'hoàn thành'],
    ['toán', 'toán'],
  ])('%s keeps its tone mark where it is', (input, expected) => {
    expect(foldKey(input)).toBe(expected);
  });

  it('has the same length as the text', () => {
    const n = norm('ỦY BAN NHÂN DÂN Tỉnh Thừa Thiên Huế, hoà bình, Uỷ ban');
    expect(n.key.length).toBe(n.text.length);
  });
});

describe('normalize: offset map', () => {
  it('maps every normalized offset of a word back to the same word in an NFD, CRLF input', () => {
    const input = 'Số:\r\n522-CV/HU\r\n**Huyện ủy** Vĩnh Thuận'.normalize('NFD');
    const n = norm(input);
    for (const word of ['522-CV/HU', 'Huyện', 'Vĩnh Thuận']) {
      const at = n.text.indexOf(word);
      const start = n.map.toInput(at);
      const end = n.map.toInput(at + word.length, 'end');
      expect(input.slice(start, end).normalize('NFC')).toBe(word);
    }
  });

  it('gives 1-based line and column', () => {
    const lines = new LineIndex('ab\r\ncd\ne');
    expect(lines.position(0)).toEqual({ line: 1, column: 1 });
    expect(lines.position(5)).toEqual({ line: 2, column: 2 });
    expect(lines.position(7)).toEqual({ line: 3, column: 1 });
  });
});

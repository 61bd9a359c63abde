import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const people = (text: string) => parse(text).people.map((p) => [p.name, p.title]);

describe('people', () => {
  it.each([
    // a cue, with the post written after the name
    [
      'đồng chí Lê Ngọc Hoa, Ủy viên Ban Thường vụ Huyện ủy, Phó Chủ tịch UBND huyện phát biểu',
      [['Lê Ngọc Hoa', 'Ủy viên Ban Thường vụ Huyện ủy, Phó Chủ tịch UBND huyện']],
    ],
    ['Kính gửi: Bà Huỳnh Thị Mỹ Hằng (Địa chỉ: 33 Hai Bà Trưng)', [['Huỳnh Thị Mỹ Hằng', null]]],
    ['- Đ/c PCTr Mai Sơn (để báo cáo);', [['Mai Sơn', 'PCTr']]],
    // a post, with its body, before the name
    ['Chủ tịch UBND tỉnh Lê Trí Thanh chỉ đạo', [['Lê Trí Thanh', 'Chủ tịch UBND tỉnh']]],
    ['Phó Thủ tướng Chính phủ Hồ Đức Phớc có ý kiến như sau', [['Hồ Đức Phớc', 'Phó Thủ tướng Chính phủ']]],
    ['Phó Thủ tướng Trần Hồng Hà có ý kiến', [['Trần Hồng Hà', 'Phó Thủ tướng']]],
    ['yêu cầu của Bộ Chính trị, Tổng Bí thư Tô Lâm, Chính phủ', [['Tô Lâm', 'Tổng Bí thư']]],
    ['- PCT. Nguyễn Thành Hưng (để b/cáo);', [['Nguyễn Thành Hưng', 'PCT']]],
    ['Thượng tướng Võ Minh Lương', [['Võ Minh Lương', 'Thượng tướng']]],
    // a name before its post
    ['- Nguyễn Văn An, Chủ tịch UBND xã;', [['Nguyễn Văn An', 'Chủ tịch UBND xã']]],
    ['Đồng chí Nguyễn Văn Ba - Bí thư Huyện ủy chủ trì hội nghị.', [['Nguyễn Văn Ba', 'Bí thư Huyện ủy']]],
    ['có đồng chí Lê Thị Năm, Phó Chủ tịch UBND tỉnh; đồng chí Phạm Văn Sáu, Giám đốc Sở Y tế.', [['Lê Thị Năm', 'Phó Chủ tịch UBND tỉnh'], ['Phạm Văn Sáu', 'Giám đốc Sở Y tế']]],
    // signature blocks
    ['KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\n\n\nNguyễn Sỹ Hiệp', [['Nguyễn Sỹ Hiệp', 'Phó Chủ nhiệm']]],
    ['TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nHỒ VĂN MƯỜI', [['Hồ Văn Mười', 'Chủ tịch']]],
    ['KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ LÊ THÀNH LONG\nTẠI BUỔI LÀM VIỆC', [['Lê Thành Long', 'Phó Thủ tướng Chính phủ']]],
    ['TL. CỤC TRƯỞNG\nTRƯỞNG BAN NGHIỆP VỤ THUẾ\n\nNguyễn Thị Thu', [['Nguyễn Thị Thu', 'Trưởng ban Nghiệp vụ thuế']]],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('lists a person once, with the first title the text gives', () => {
    const result = parse('Bà Huỳnh Thị Mỹ Hằng hỏi. Phó Giám đốc Huỳnh Thị Mỹ Hằng trả lời.');
    expect(result.people).toEqual([{ name: 'Huỳnh Thị Mỹ Hằng', title: 'Phó Giám đốc', line: 1, column: 4, count: 2 }]);
  });

  it.each([
    ['a committee', 'Ban Thường vụ Huyện ủy yêu cầu các đồng chí Huyện ủy viên.'],
    ['a post without a name', 'phát biểu của đồng chí Bí thư Tỉnh ủy Điện Biên, Phó Thủ tướng Chính phủ kết luận'],
    ['a street named after a person', 'trụ sở tại đường Nguyễn Huệ, Chủ tịch nước đã đến'],
    ['streets and works in an address', 'Thôn Hoàng Hoa Thám, xã Tân Yên; Quảng trường Lương Văn Nắm; 193 P. Bà Triệu, Lê Đại Hành'],
    ['a city named after a person', 'Ủy ban nhân dân Thành phố Hồ Chí Minh; Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh'],
    ['a body with a place', 'Đoàn Đại biểu Quốc hội Hà Nội; Chủ tịch UBND phường Lê Lợi'],
    ['words in capitals', 'QUY TRÌNH GIÁM SÁT QUẢN LÝ VỀ HQ\nKT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ HQ'],
    ['names of bodies', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh; Học viện Chính trị Quốc gia Hồ Chí Minh'],
  ])('finds none for %s', (_label, text) => {
    expect(people(text)).toEqual([]);
  });
});

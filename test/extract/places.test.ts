/**
 * places[]: which capitalised names are places (and with which unit word), and how the assemble
 * stage resolves them against the administrative-unit table.
 */
import { describe, expect, it } from 'vitest';
import { parse, parseFile } from '../../src/index.js';
import { assemblePlaces } from '../../src/assemble/places.js';
import type { Located, PlaceValue, ResultPlace } from '../../src/types.js';

const places = (text: string) => parse(text).places.map((p) => [p.name, p.unit]);

describe('places: what is a place', () => {
  it.each([
    // a unit word before the name
    ['huyện Vĩnh Thuận', [['Vĩnh Thuận', 'huyện']]],
    ['đường ven sông Cái Lớn', [['Cái Lớn', 'sông']]],
    ['tại Vườn tràm Ban Biện Phú, đường', [['Ban Biện Phú', 'vườn tràm']]],
    ['ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ', [['Quảng Trị', 'tỉnh']]],
    ['Ủy ban nhân dân tỉnh Quảng Trị', [['Quảng Trị', 'tỉnh']]],
    ['TP. Hồ Chí Minh', [['Hồ Chí Minh', 'thành phố']]],
    ['khu tái định cư Thủ đô Hà Nội', [['Hà Nội', 'thủ đô']]],
    ['tại khu vực Trung Bộ đã xảy ra mưa lũ', [['Trung Bộ', 'khu vực']]],
    ['tại chiến trường Điện Biên Phủ, viếng', [['Điện Biên Phủ', null]]],
    // capitalised unit words: line starts, table cells, address parts
    ['| Xã Đam Rông 1 | | 2 | Xã Cát Tiên 3 |', [['Đam Rông 1', 'xã'], ['Cát Tiên 3', 'xã']]],
    ['Thôn Hoàng Hoa Thám, xã Tân Yên, tỉnh Bắc Ninh', [['Hoàng Hoa Thám', 'thôn'], ['Tân Yên', 'xã'], ['Bắc Ninh', 'tỉnh']]],
    ['(Lô B3, Khu Công nghiệp Bá Thiện II, Xã Bình Xuyên, Tỉnh Phú Thọ);', [['Bình Xuyên', 'xã'], ['Phú Thọ', 'tỉnh']]],
    ['Phường Cam Ly - Đà Lạt', [['Cam Ly - Đà Lạt', 'phường']]],
    // numbers and codes keep their unit word
    ['(204 Nơ Trang Long, Phường 12, Quận Bình Thạnh', [['Nơ Trang Long', null], ['Phường 12', 'phường'], ['Bình Thạnh', 'quận']]],
    ['Tổ dân phố 4, Phường Bình Thuận', [['Tổ dân phố 4', 'tổ dân phố'], ['Bình Thuận', 'phường']]],
    ['dự án nâng cấp đường từ Quốc lộ 12 đến cửa khẩu A Pa Chải', [['Quốc lộ 12', 'quốc lộ'], ['A Pa Chải', 'cửa khẩu']]],
    ['dọc Quốc lộ 1A qua tỉnh', [['Quốc lộ 1A', 'quốc lộ']]],
    ['cầu vượt ngang trên đường ĐT.770B của Dự án', [['ĐT.770B', 'đường']]],
    ['Tai nạn trên QL1A đoạn qua tỉnh Quảng Nam.', [['QL1A', null], ['Quảng Nam', 'tỉnh']]],
    // roads as locations
    ['Cơ sở 2: Đại lộ Trần Hưng Đạo, phường Cam Đường, tỉnh Lào Cai.', [['Trần Hưng Đạo', 'đại lộ'], ['Cam Đường', 'phường'], ['Lào Cai', 'tỉnh']]],
    ['địa chỉ: Số 31, đường Kinh Dương Vương, phường Kinh Bắc', [['Kinh Dương Vương', 'đường'], ['Kinh Bắc', 'phường']]],
    // lists
    ['phòng thủ xã Tân Thuận, Vĩnh Bình Nam và diễn tập', [['Tân Thuận', 'xã'], ['Vĩnh Bình Nam', 'xã']]],
    ['tỉnh Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng.', [['Đắk Lắk', 'tỉnh'], ['Khánh Hòa', 'tỉnh'], ['Gia Lai', 'tỉnh'], ['Lâm Đồng', 'tỉnh']]],
    ['nhất là tại các tỉnh: Đắk Lắk, Khánh Hòa và Lâm Đồng.', [['Đắk Lắk', 'tỉnh'], ['Khánh Hòa', 'tỉnh'], ['Lâm Đồng', 'tỉnh']]],
    ['các tỉnh biên giới Cao Bằng, Lạng Sơn và Quảng Ninh đã chủ động.', [['Cao Bằng', 'tỉnh'], ['Lạng Sơn', 'tỉnh'], ['Quảng Ninh', 'tỉnh']]],
    ['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, Huế, Đà Nẵng.', [['Hà Tĩnh', null], ['Huế', null], ['Đà Nẵng', null]]],
    ['UBND tỉnh Quảng Bình, UBND tỉnh Quảng Trị (cũ) ban hành', [['Quảng Bình', 'tỉnh'], ['Quảng Trị', 'tỉnh']]],
    ['phường Nam Lý - Đồng Hới - Quảng Bình;', [['Nam Lý', 'phường'], ['Đồng Hới', null], ['Quảng Bình', null]]],
    ['xã Bình Tuyền, Phú Thọ)', [['Bình Tuyền', 'xã'], ['Phú Thọ', null]]],
    ['phường Bình Thuận, tỉnh Tuyên Quang, Việt Nam)', [['Bình Thuận', 'phường'], ['Tuyên Quang', 'tỉnh'], ['Việt Nam', null]]],
    // the end of a name
    ['của UBND tỉnh Quảng Bình Ban hành điều lệ quản lý', [['Quảng Bình', 'tỉnh']]],
    ['THẨM QUYỀN CỦA SỞ CÔNG THƯƠNG TỈNH QUẢNG TRỊ CHỦ TỊCH ỦY BAN NHÂN DÂN', [['Quảng Trị', 'tỉnh']]],
    ['Ủy ban nhân dân tỉnh Hậu Giang, Chủ tịch Ủy ban nhân dân tỉnh Sóc Trăng', [['Hậu Giang', 'tỉnh'], ['Sóc Trăng', 'tỉnh']]],
    // committees
    ['Huyện ủy Gia Lâm họp', [['Gia Lâm', null]]],
    ['Bí thư Tỉnh ủy Điện Biên', [['Điện Biên', null]]],
    // a province or a country alone, in a place context
    ['Hà Nội, ngày 19 tháng 11 năm 2025', [['Hà Nội', null]]],
    ['tuyến cao tốc CT.08, đoạn qua Nam Định và Thái Bình theo phương thức', [['Nam Định', null], ['Thái Bình', null]]],
    ['Hữu Nghị - Chi Lăng (Lạng Sơn); Biên Hòa - Vũng Tàu (Đồng Nai, Bà Rịa - Vũng Tàu).', [['Lạng Sơn', null], ['Đồng Nai', null], ['Bà Rịa - Vũng Tàu', null]]],
    ['hàng hóa giao, nhận tại Việt Nam theo chỉ định', [['Việt Nam', null]]],
    ['(Địa chỉ: 33 Hai Bà Trưng, Phường Nghĩa Lộ, Tỉnh Quảng Ngãi;', [['Hai Bà Trưng', null], ['Nghĩa Lộ', 'phường'], ['Quảng Ngãi', 'tỉnh']]],
    ['(Địa chỉ 193 P. Bà Triệu, Lê Đại Hành, Hai Bà Trưng, Hà Nội)', [['Bà Triệu', 'phố'], ['Lê Đại Hành', null], ['Hai Bà Trưng', null], ['Hà Nội', null]]],
    // a name cut by a line break
    ['Cơ sở 2: Đại lộ Trần\nHưng Đạo, phường Cam Đường', [['Trần Hưng Đạo', 'đại lộ'], ['Cam Đường', 'phường']]],
    // news text
    ['Sáng nay, Sở Y tế TP.HCM họp với các bệnh viện.', [['HCM', 'thành phố']]],
    ['đoàn công tác của TP HCM làm việc', [['HCM', 'thành phố']]],
    ['Xe tải lật trên cao tốc Trung Lương - Mỹ Thuận, đoạn qua tỉnh Tiền Giang.', [['Trung Lương - Mỹ Thuận', 'cao tốc'], ['Tiền Giang', 'tỉnh']]],
    ['Công ty vận hành hồ chứa nước Dầu Tiếng xả lũ.', [['Dầu Tiếng', 'hồ chứa nước']]],
    // a lake or a canal that only locates, and one beside a road being improved
    ['Người dân tập thể dục quanh hồ Phai Loạn và dọc kênh Nhiêu Lộc.', [['Phai Loạn', 'hồ'], ['Nhiêu Lộc', 'kênh']]],
    ['kiểm tra dự án cải tạo đường ven hồ Núi Cốc.', [['Núi Cốc', 'hồ']]],
    ['Du khách đến thác Dambri và đèo Prenn.', [['Dambri', 'thác'], ['Prenn', 'đèo']]],
    ['Hàng hóa qua cửa khẩu quốc tế Lào Cai tăng mạnh.', [['Lào Cai', 'cửa khẩu']]],
    ['Trạm bơm lấy nước sông Hồng giai đoạn 1 đã vận hành.', [['Hồng', 'sông']]],
    ['phát triển Vùng Đông Nam Bộ.', [['Đông Nam Bộ', 'vùng']]],
    ['Phó Chủ tịch UBND tỉnh Nam Định Lê Văn Hùng chủ trì.', [['Nam Định', 'tỉnh']]],
    ['Ban Quản lý đường sắt đô thị Hà Nội cho biết', [['Hà Nội', null]]],
    ['Dự án nối các xã Tân Phú, Tân Hòa với Quốc lộ 1A đã xong.', [['Tân Phú', 'xã'], ['Tân Hòa', 'xã'], ['Quốc lộ 1A', 'quốc lộ']]],
    // a school type before the commune ("liên cấp" is no level), a one-word river run on, a route's ends
    ['khởi công Trường Phổ thông nội trú liên cấp xã Tân Thành.', [['Tân Thành', 'xã']]],
    ['Sau khi cầu bắc qua sông Hương đưa vào khai thác.', [['Hương', 'sông']]],
    ['cầu Văn Phú bắc qua sông Hồng và Khu tái định cư Nam Cường', [['Hồng', 'sông']]],
    ['HÀ TĨNH: KHỞI CÔNG ĐÊ HỮU SÔNG LAM', [['Hà Tĩnh', null]]],
    ['đề nghị hoàn thành cao tốc TP.HCM - Thủ Dầu Một - Chơn Thành.', [['HCM', 'thành phố']]],
    ['mở rộng cao tốc TP.HCM - Trung Lương - Mỹ Thuận đoạn TP.HCM - Trung Lương.', [['HCM', 'thành phố']]],
    ['kè chống sạt lở bờ biển xã Vĩnh Hậu A và biển Cần Giờ', [['Vĩnh Hậu A', 'xã'], ['Cần Giờ', 'biển']]],
    ['phối hợp với Đồn Biên phòng cửa khẩu quốc tế Hà Tiên và cửa khẩu Tân Thanh', [['Tân Thanh', 'cửa khẩu']]],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it.each([
    ['a committee by its unit only', 'Ban Thường vụ Huyện ủy yêu cầu.'],
    ['a lake or a canal being improved', 'khởi công dự án cải tạo hồ Phai Loạn và dự án cải tạo rạch Xóm Củi.'],
    ['a congress resolution', 'Nghị quyết Đại hội Đảng bộ huyện lần thứ XII'],
    ['the national title', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc'],
    ['committee members', 'các đồng chí Huyện ủy viên; lãnh đạo Ủy ban nhân dân huyện'],
    ['unit words without names', 'Đảng ủy các xã, phường, thị trấn; trên từng xóm, ấp, khu phố.'],
    ['a law named by a body', 'Luật Tổ chức Chính phủ'],
    ['Tỉnh for the province already named', 'Tỉnh thực hiện theo chỉ đạo của Tổng Bí thư.'],
    ['a capitalised unit word then capitals', 'VĂN BẢN QUY PHẠM PHÁP LUẬT DO UBND TỈNH BAN HÀNH'],
    ['a level, in capitals', 'THUỘC ỦY BAN NHÂN DÂN CẤP XÃ TRÊN ĐỊA BÀN TỈNH'],
    ['a person named Hồ', 'Người ký: Hồ Văn Mười'],
    ['a dossier', 'HỒ SƠ LƯU; tiếp nhận hồ sơ'],
    ['an acronym after bản', 'sửa đổi văn bản QPPL'],
    ['a capitalised common noun after a unit word', 'Khu vực Khuôn viên Nhà văn hóa'],
    ['a person after a body', 'Phó CT UBND tỉnh Ngô Hạnh Phúc;'],
    ['a news agency', 'Thông tấn xã Việt Nam'],
    ['Việt Nam in body names and as a modifier', 'Mặt trận Tổ quốc Việt Nam, Ngân hàng Nhà nước Việt Nam và doanh nghiệp Việt Nam'],
    ['a place fused into an institution', 'Đại học Công nghiệp Hà Nội là đơn vị sự nghiệp công lập'],
    ['route ends of a project', 'Dự án đường cao tốc Biên Hòa - Vũng Tàu'],
    ['a street being built', 'dự án nâng cấp, mở rộng đường Trần Phú'],
    ['a road code being built, an abbreviation', 'dự án nâng cấp QL.1A; Phòng QL Đất đai'],
    ['province names without a place context', 'Hà Nội và Hải Phòng đã hoàn thành.'],
    ['an expressway being built', 'Dự án đường bộ cao tốc Tuyên Quang - Hà Giang khởi công.'],
    ['an expressway being extended', 'nối dài cao tốc Bắc - Nam phía Tây'],
    ['a reservoir being built', 'dự án Hồ chứa nước Sông Than đang thi công'],
    ['a provincial road being upgraded, by its code', 'dự án nâng cấp đường tỉnh ĐT.741'],
    ['a road finished as a work', 'hoàn thiện tuyến đường Nguyễn Tất Thành'],
    ['roads listed as works', 'các công trình trọng điểm, gồm: đại lộ Nam Sông Mã, đường Vành đai Tây'],
    ['a seaport', 'hàng qua cảng biển Vũng Áng'],
    ['an inter-commune road', 'đường liên xã Hòa Phú - Hòa Nhơn'],
    ['a region in an enterprise name', 'Tổng công ty Điện lực miền Trung đóng điện trạm biến áp'],
    ['a region in an event name', 'kỷ niệm Ngày giải phóng miền Nam'],
    ['the capital as a common noun', 'người dân Thủ đô đón Tết'],
    ['a level word before a commune', 'Ủy ban nhân dân cấp xã Tân Thành'],
    ['coastal works: ven biển, đê biển, kè biển', 'đường ven biển Dung Quất - Sa Huỳnh, đê biển Ba Tri và tuyến kè biển Gành Hào'],
    ['a national park in a body name', 'Ban Quản lý Vườn quốc gia Chư Mom Ray tuần tra'],
    ['a coastal road being built, by its code', 'dự án tuyến đường ven biển ĐT.639 đoạn Cát Tiến - Đề Gi'],
    ['a capitals heading before a colon that is no province', 'NƠI NHẬN: Như trên'],
    ['a province before a colon mid-line', 'Các tỉnh đã báo cáo, HÀ TĨNH: 5 dự án'],
    ['a border gate in an economic zone body name', 'Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng kiểm tra'],
    ['a one-word river name in capitals after a capitalised unit', 'Khu vực Khuôn viên sông'],
  ])('finds none in %s', (_label, text) => {
    expect(places(text)).toEqual([]);
  });

  it('counts two spellings of a tone mark once (Khánh Hoà, Khánh Hòa)', () => {
    const result = parse('Thuế tỉnh Khánh Hoà; Thuế tỉnh Khánh Hòa.');
    expect(result.places.map((p) => [p.name, p.count])).toEqual([['Khánh Hoà', 2]]);
  });

  it('joins a misspelt province to the one it misspells (Khánh Hóa, Khánh Hòa)', () => {
    const result = parse('- Thuế tỉnh Khánh Hóa.\nCông văn của Thuế tỉnh Khánh Hòa về chính sách thuế.');
    expect(result.places.map((p) => [p.name, p.code, p.count])).toEqual([['Khánh Hòa', '56', 2]]);
    expect(result.places[0]?.line).toBe(1);
  });
});

describe('places: resolution', () => {
  it('gives the reference text exactly its five places, Tân Thuận resolved under huyện Vĩnh Thuận', async () => {
    const result = await parseFile('fixtures/vinh-thuan-522-cv-hu.txt');
    expect(result.places.map((p) => [p.name, p.unit])).toEqual([
      ['Vĩnh Thuận', 'huyện'],
      ['Ban Biện Phú', 'vườn tràm'],
      ['Cái Lớn', 'sông'],
      ['Tân Thuận', 'xã'],
      ['Vĩnh Bình Nam', 'xã'],
    ]);
    const tanThuan = result.places.find((p) => p.name === 'Tân Thuận') as ResultPlace;
    expect(tanThuan.code).toBe('31072');
    expect(tanThuan.era).toBe('pre-2025');
    expect(tanThuan.parents).toEqual([
      { code: '910', unit: 'huyện', name: 'Vĩnh Thuận' },
      { code: '91', unit: 'tỉnh', name: 'Kiên Giang' },
    ]);
    expect(tanThuan.successors).toEqual([
      { code: '31069', unit: 'xã', name: 'Vĩnh Thuận', parents: [{ code: '91', unit: 'tỉnh', name: 'An Giang' }] },
    ]);
    expect(tanThuan.mentions).toEqual([{ line: tanThuan.line, column: tanThuan.column }]);
    // Not administrative units: no code.
    expect(result.places.find((p) => p.name === 'Cái Lớn')).toMatchObject({ code: null, parents: [], successors: [] });
  });

  it('leaves an ambiguous commune alone unresolved (xã Tân Thuận: several provinces)', () => {
    const [place] = parse('Diễn tập phòng thủ xã Tân Thuận.').places;
    expect(place).toMatchObject({ name: 'Tân Thuận', unit: 'xã', code: null, parents: [], successors: [] });
  });

  it('resolves a committee name with the unit it implies, but outputs unit null', () => {
    const result = parse('Huyện ủy Vĩnh Thuận chỉ đạo diễn tập phòng thủ xã Tân Thuận.');
    expect(result.places.map((p) => [p.name, p.unit, p.code])).toEqual([
      ['Vĩnh Thuận', null, '910'],
      ['Tân Thuận', 'xã', '31072'],
    ]);
  });

  it('resolves a province named alone as the province (đoạn qua Nam Định), with its successor', () => {
    const [place] = parse('Dự án cao tốc CT.08, đoạn qua Nam Định.').places;
    expect(place).toMatchObject({ name: 'Nam Định', unit: null, code: '36', parents: [] });
    expect(place?.successors.map((s) => [s.unit, s.name])).toEqual([['tỉnh', 'Ninh Bình']]);
  });

  it('resolves an address part under a place the document names, and neither a street nor a name the table puts elsewhere', () => {
    const text = 'Hà Nội, ngày 19 tháng 11 năm 2025\nKính gửi: Hiệp hội Ngân hàng Việt Nam. (Địa chỉ 193 P. Bà Triệu, Lê Đại Hành, Hai Bà Trưng, Hà Nội)';
    expect(parse(text).places.map((p) => [p.name, p.unit, p.code])).toEqual([
      ['Hà Nội', null, '01'],
      ['Bà Triệu', 'phố', null],
      // A ward of that name exists since 2025-07-01, in another province only.
      ['Lê Đại Hành', null, null],
      ['Hai Bà Trưng', null, '00256'],
    ]);
    const street = parse('(244 Điện Biên Phủ, Phường Xuân Hòa, Thành phố Hồ Chí Minh)').places[0];
    expect(street).toMatchObject({ name: 'Điện Biên Phủ', unit: null, code: null });
  });

  it('counts every mention, with or without the unit word, at its own position', () => {
    const result = parse('huyện Vĩnh Thuận\nBan Thường vụ Huyện ủy Vĩnh Thuận\nhuyện Vĩnh Thuận');
    expect(result.places).toHaveLength(1);
    expect(result.places[0]).toMatchObject({ name: 'Vĩnh Thuận', unit: 'huyện', count: 3, line: 1, column: 7 });
    expect(result.places[0]?.mentions).toEqual([
      { line: 1, column: 7 },
      { line: 2, column: 24 },
      { line: 3, column: 7 },
    ]);
  });

  describe('assemblePlaces', () => {
    const at = (span: { start: number }) => ({ line: 1, column: span.start + 1 });
    const mention = (name: string, unit: string | null, start: number, impliedUnit?: string): Located<PlaceValue> => ({
      value: impliedUnit ? { name, unit, impliedUnit } : { name, unit },
      span: { start, end: start + name.length },
    });

    it('picks the old units by the document date and gives their successors', () => {
      const [commune] = assemblePlaces([mention('Tân Thuận', 'xã', 0), mention('Vĩnh Thuận', 'huyện', 20)], '2023-03-20', at);
      expect(commune).toMatchObject({ code: '31072', successors: [{ code: '31069' }] });
    });

    it('picks the new units for a document from 2025-07-01: no successors', () => {
      const [province] = assemblePlaces([mention('Lâm Đồng', 'tỉnh', 0)], '2025-11-25', at);
      expect(province).toMatchObject({ code: '68', parents: [], successors: [] });
    });

    it('orders places by first mention and drops the internal implied unit', () => {
      const out = assemblePlaces([mention('Cái Lớn', 'sông', 30), mention('Gia Lâm', null, 0, 'huyện')], null, at);
      expect(out.map((p) => p.name)).toEqual(['Gia Lâm', 'Cái Lớn']);
      expect(Object.keys(out[0] as object)).not.toContain('impliedUnit');
      expect(out[0]).toMatchObject({ unit: null, code: '018' });
    });
  });
});

describe('places: era of the code', () => {
  it('tells the two provinces with code 44 apart by era', () => {
    const places = parse('Ngày 18/11/2025, Ủy ban nhân dân tỉnh Quảng Trị bãi bỏ các văn bản do UBND tỉnh Quảng Bình ban hành.').places;
    const byName = Object.fromEntries(places.map((p) => [p.name, [p.code, p.era]]));
    expect(byName['Quảng Trị']).toEqual(['44', '2025']);
    expect(byName['Quảng Bình']).toEqual(['44', 'pre-2025']);
  });
});

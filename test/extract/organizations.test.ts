import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const names = (text: string) => parse(text).organizations.map((o) => o.name);
const full = (text: string) => parse(text).organizations.map((o) => [o.name, o.level, o.place]);

describe('organizations: names', () => {
  it.each([
    // bodies, chains of bodies, place qualifiers
    ['Ban Thường vụ Huyện ủy có Công văn số 522-CV/HU', ['Ban Thường vụ Huyện ủy']],
    ['Ủy ban nhân dân huyện tập trung cụ thể hóa', ['Ủy ban nhân dân huyện']],
    ['của Ban Thường vụ Đảng ủy Ủy ban nhân dân Thành phố về việc', ['Ban Thường vụ Đảng ủy Ủy ban nhân dân Thành phố']],
    ['Mặt trận tổ quốc và các đoàn thể đẩy mạnh', ['Mặt trận Tổ quốc']],
    ['Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam; Mặt trận Tổ quốc Việt Nam tỉnh', ['Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'Mặt trận Tổ quốc Việt Nam tỉnh']],
    ['Báo cáo số 565-BC/BTCTW của Ban Tổ chức Trung ương (Phụ lục)', ['Ban Tổ chức Trung ương']],
    ['Bí thư Tỉnh ủy Điện Biên, Phó Thủ tướng Chính phủ kết luận', ['Tỉnh ủy Điện Biên', 'Chính phủ']],
    // abbreviations written out, (cũ) left out, a place that stops at a capitalised verb
    ['do UBND tỉnh Quảng Bình Ban hành; UBND tỉnh Quảng Trị (cũ) ban hành', ['Ủy ban nhân dân tỉnh Quảng Bình', 'Ủy ban nhân dân tỉnh Quảng Trị']],
    ['Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh) rà soát', ['Văn phòng Ủy ban nhân dân tỉnh', 'Trung tâm Phục vụ hành chính công tỉnh']],
    ['của BTV Huyện ủy và MTTQ huyện', ['Ban Thường vụ Huyện ủy', 'Mặt trận Tổ quốc huyện']],
    // official names with commas and "và", from bodies.tsv
    ['Sở Công Thương, Sở Văn hóa, Thể thao và Du lịch, Ban Quản lý các khu công nghiệp tỉnh; Chủ tịch', ['Sở Công Thương', 'Sở Văn hóa, Thể thao và Du lịch', 'Ban Quản lý các khu công nghiệp tỉnh']],
    ['Cơ quan thực hiện: Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Ninh.', ['Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Ninh']],
    ['làm việc với Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội để bổ sung', ['Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội']],
    ['Lãnh đạo Sở Nông nghiệp và\nMôi trường', ['Sở Nông nghiệp và Môi trường']],
    // named heads
    ['Đại học Công nghiệp Hà Nội là đơn vị sự nghiệp công lập', ['Đại học Công nghiệp Hà Nội']],
    ['Đài truyền hình Việt Nam chủ trì đạo diễn', ['Đài Truyền hình Việt Nam']],
    ['**6. Cục Văn hóa các dân tộc Việt Nam:** Chủ trì', ['Cục Văn hóa các dân tộc Việt Nam']],
    ['**5. Cục Di sản văn hóa:** Chủ trì', ['Cục Di sản văn hóa']],
    ['Kính gửi: Hiệp hội Ngân hàng Việt Nam.', ['Hiệp hội Ngân hàng Việt Nam']],
    ['Thống đốc Ngân hàng Nhà nước Việt Nam, Tổng Giám đốc Ngân hàng Chính sách xã hội và', ['Ngân hàng Nhà nước Việt Nam', 'Ngân hàng Chính sách xã hội']],
    ['Thành lập Ban Quản lý Khu Kinh tế mở Chu Lai thành phố Đà Nẵng trên cơ sở', ['Ban Quản lý Khu Kinh tế mở Chu Lai thành phố Đà Nẵng']],
    ['Báo cáo thẩm tra của Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh và', ['Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh']],
    ['Giao Phòng Nội vụ chủ trì; Phòng Tài chính - Kế hoạch huyện tham mưu', ['Phòng Nội vụ', 'Phòng Tài chính - Kế hoạch huyện']],
    ['Văn phòng Đoàn ĐBQH; Cục Quản lý thị trường chủ trì', ['Văn phòng Đoàn ĐBQH', 'Cục Quản lý thị trường']],
    // described and placed heads
    ['thành lập Ban Chỉ đạo Nhà nước các chương trình, công trình, dự án quan trọng quốc gia;', ['Ban Chỉ đạo Nhà nước các chương trình, công trình, dự án quan trọng quốc gia']],
    ['Ban Chỉ đạo của Chính phủ đề nghị', ['Ban Chỉ đạo của Chính phủ']],
    ['thuộc nhiệm vụ của Đoàn kiểm tra số 06, Phó Thủ tướng', ['Đoàn kiểm tra số 06']],
    ['Kính gửi: Thuế tỉnh Đắk Lắk. Cục Thuế nhận được', ['Thuế tỉnh Đắk Lắk', 'Cục Thuế']],
    // posts give their body; a full "Thủ tướng Chính phủ" is the authority itself
    ['Theo đề nghị của Bộ trưởng Bộ Công Thương.', ['Bộ Công Thương']],
    ['của Chủ tịch UBND tỉnh Bắc Giang.', ['Ủy ban nhân dân tỉnh Bắc Giang']],
    ['Phó Thủ tướng Chính phủ Trần Hồng Hà có ý kiến', ['Chính phủ']],
    ['báo cáo Thủ tướng Chính phủ.', ['Thủ tướng Chính phủ']],
    ['Chủ tịch UBND tỉnh Lê Trí Thanh chỉ đạo', ['Ủy ban nhân dân tỉnh']],
    // headers in capitals
    ['BỘ TÀI CHÍNH\nCỤC THUẾ\n-------', ['Bộ Tài chính', 'Cục Thuế']],
    ['ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\n-------', ['Ủy ban nhân dân tỉnh Lâm Đồng']],
    ['KT. TRƯỞNG BAN BAN CHÍNH SÁCH, THUẾ QUỐC TẾ\nPHÓ TRƯỞNG BAN', ['Ban Chính sách, Thuế quốc tế']],
    ['CỦA SỞ TƯ PHÁP/UBND CẤP XÃ THÀNH PHỐ CẦN THƠ', ['Sở Tư pháp']],
    ['CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', ['Ủy ban nhân dân thành phố Hồ Chí Minh']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('organizations: level and place', () => {
  it.each([
    ['Ủy ban nhân dân huyện Vĩnh Thuận', [['Ủy ban nhân dân huyện Vĩnh Thuận', 'huyện', 'Vĩnh Thuận']]],
    ['Ủy ban nhân dân thành phố Hải Phòng.', [['Ủy ban nhân dân thành phố Hải Phòng', 'tỉnh', 'Hải Phòng']]],
    ['Ủy ban nhân dân thành phố Đông Hà.', [['Ủy ban nhân dân thành phố Đông Hà', 'huyện', 'Đông Hà']]],
    ['Đảng ủy xã Tân Thuận', [['Đảng ủy xã Tân Thuận', 'xã', 'Tân Thuận']]],
    ['Ban Thường vụ Huyện ủy', [['Ban Thường vụ Huyện ủy', 'huyện', null]]],
    ['Bộ Xây dựng', [['Bộ Xây dựng', 'trung ương', null]]],
    ['Sở Khoa học và Công nghệ', [['Sở Khoa học và Công nghệ', 'tỉnh', null]]],
    ['Tỉnh ủy Điện Biên', [['Tỉnh ủy Điện Biên', 'tỉnh', 'Điện Biên']]],
    ['Hội đồng nhân dân đã', [['Hội đồng nhân dân', null, null]]],
  ])('%s', (text, expected) => {
    expect(full(text)).toEqual(expected);
  });

  it('lists one entry per organisation, with every mention, whatever the tone placement', () => {
    const [org, ...rest] = parse('Uỷ ban nhân dân huyện họp.\nỦy ban nhân dân huyện chỉ đạo.').organizations;
    expect(rest).toEqual([]);
    expect(org).toMatchObject({ name: 'Ủy ban nhân dân huyện', line: 1, column: 1, count: 2 });
    expect(org?.mentions).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
    ]);
  });
});

describe('organizations: none', () => {
  it.each([
    ['generic plurals', 'các sở, ban, ngành, đoàn thể; các cơ quan, đơn vị.'],
    ['a plural after the body', 'Ủy ban nhân dân các xã, thị trấn và Đảng ủy các xã; Hội đồng nhân dân các cấp.'],
    ['a level or a plural after the body, in capitals', 'THẨM QUYỀN GIẢI QUYẾT CỦA UBND CẤP XÃ; ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG'],
    ['bare bodies listed before a plural', 'Bí thư Tỉnh ủy, Thành ủy, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.'],
    ['a plural before the body', 'Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ; các Bộ: Tài chính, Xây dựng.'],
    ['a body in the name of a congress', 'Nghị quyết Đại hội Đảng bộ huyện lần thứ XII và Nghị quyết đại hội XI Đảng bộ tỉnh'],
    ['a body in the name of a conference', 'kết luận Hội nghị Trung ương lần thứ 13 Ban Chấp hành Trung ương Đảng khóa XIII về kinh tế'],
    ['a body in the name of a law', 'Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;'],
    ['a member', 'yêu cầu các đồng chí Huyện ủy viên;'],
    ['a place named like a body', 'tại Vườn tràm Ban Biện Phú, đường ven sông'],
    ['bare posts', 'KT. BỘ TRƯỞNG, CHỦ NHIỆM\nTL. CỤC TRƯỞNG'],
    ['a level, not a body', 'các chủ trương của Trung ương; Tỉnh tổ chức thực hiện.'],
    ['a unit of a body', 'tại Bộ phận Một cửa; theo Bộ luật Tố tụng hình sự'],
    ['a head cut inside a word', 'Thủ trưởng cơ quan ngang Bộ Thực hiện Kết luận số 192-KL/TW'],
    ['common nouns in capitals', 'QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'],
    ['a named head without a name', 'Sở có trách nhiệm; Ban hành kèm theo; Ban Quản lý dự án.'],
    ['a service point', 'Điểm tiếp nhận và trả kết quả TTHC phường Kinh Bắc'],
    ['a city named like a head', 'tại thành phố Hải Phòng Nội dung'],
    ['a verb after a committee', 'ĐƯỢC TỈNH ỦY QUYỀN CHO GIÁM ĐỐC'],
    ['a generic head in lower case after it', 'Sở dĩ; Ban đầu; Hội đồng quản trị; Viện dẫn'],
  ])('%s', (_label, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('organizations: news text', () => {
  it.each([
    // place abbreviations stay as written; TP.HCM and hyphenated provinces are places
    ['UBND TP Đà Nẵng và Sở Tài chính TP.HCM họp.', ['Ủy ban nhân dân TP Đà Nẵng', 'Sở Tài chính TP.HCM']],
    ['Ban Quản lý các KCN tỉnh Bà Rịa - Vũng Tàu cho biết', ['Ban Quản lý các KCN tỉnh Bà Rịa - Vũng Tàu']],
    // a province or district without a unit word after a local body
    ['Sở Tài chính Đà Nẵng và Kho bạc Nhà nước Sa Pa ký kết.', ['Sở Tài chính Đà Nẵng', 'Kho bạc Nhà nước Sa Pa']],
    ['Bộ Y tế Hà Nội', ['Bộ Y tế']],
    // numbered regions and local committees of the Front
    ['Kho bạc Nhà nước khu vực VII và Chi nhánh Ngân hàng Chính sách xã hội tỉnh Lào Cai ký kết.', ['Kho bạc Nhà nước khu vực VII', 'Chi nhánh Ngân hàng Chính sách xã hội tỉnh Lào Cai']],
    ['Ủy ban MTTQ Việt Nam xã Tân Phú và Ủy ban MTTQ Việt Nam huyện trao quà.', ['Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Phú', 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện']],
    // youth unions, associations, trade unions, local branches named by a level word
    ['Huyện đoàn Tân Yên phối hợp với Hội Khuyến học huyện trao quà.', ['Huyện đoàn Tân Yên', 'Hội Khuyến học huyện']],
    ['Thành đoàn, Hội Người cao tuổi tỉnh Bắc Giang và Trung ương Đoàn tham dự.', ['Thành đoàn', 'Hội Người cao tuổi tỉnh Bắc Giang', 'Trung ương Đoàn']],
    ['Đoàn Thanh niên xã Tân Lập và Công đoàn các Khu chế xuất tỉnh phối hợp.', ['Đoàn Thanh niên xã Tân Lập', 'Công đoàn các Khu chế xuất tỉnh']],
    ['Ban Dân tộc tỉnh và Ban Chỉ huy phòng, chống thiên tai tỉnh Yên Bái kiểm tra.', ['Ban Dân tộc tỉnh', 'Ban Chỉ huy phòng, chống thiên tai tỉnh Yên Bái']],
    // descriptive names that end on a level word, a place or a number
    ['Ban Quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh Sơn La làm chủ đầu tư.', ['Ban Quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh Sơn La']],
    ['Ban Quản lý dự án 6 cho biết; Cục Cảnh sát giao thông đã điều xe.', ['Ban Quản lý dự án 6', 'Cục Cảnh sát giao thông']],
    ['Ban Quản lý Khu kinh tế Vân Phong và các khu công nghiệp tỉnh Khánh Hòa thông báo.', ['Ban Quản lý Khu kinh tế Vân Phong và các khu công nghiệp tỉnh Khánh Hòa']],
    // schools, hospitals and museums as institutions
    ['Năm nay, Bệnh viện Chợ Rẫy tiếp nhận 20 bệnh nhân.', ['Bệnh viện Chợ Rẫy']],
    ['Trường THCS Lê Lợi 2 khai giảng; Bảo tàng Dân tộc học phối hợp tổ chức.', ['Trường THCS Lê Lợi 2', 'Bảo tàng Dân tộc học']],
    // a unit and then its parent body make one organisation
    ['Phòng Cảnh sát giao thông Công an tỉnh Quảng Ngãi đã phân luồng.', ['Phòng Cảnh sát giao thông Công an tỉnh Quảng Ngãi']],
    ['Phòng Cảnh sát giao thông Công an tỉnh đã có mặt.', ['Phòng Cảnh sát giao thông Công an tỉnh']],
    ['Cục Cảnh sát giao thông Bộ Công an cho biết.', ['Cục Cảnh sát giao thông Bộ Công an']],
    // ... but a hyphen before the next body ends the name there
    ['Chuyên viên Phòng Kinh tế - Văn phòng UBND tỉnh thẩm định.', ['Phòng Kinh tế', 'Văn phòng Ủy ban nhân dân tỉnh']],
    ['- Cục Kiểm tra văn bản - Bộ Tư pháp;', ['Cục Kiểm tra văn bản', 'Bộ Tư pháp']],
    // a number inside a name, "Trung ương" opening a name, a modifier before a school's name
    ['đoàn công tác của Bộ Tư lệnh Vùng 4 Hải quân khánh thành Nhà văn hóa.', ['Bộ Tư lệnh Vùng 4 Hải quân']],
    ['Bệnh viện Trung ương Huế phối hợp với Bệnh viện Đa khoa tỉnh Quảng Trị khám bệnh.', ['Bệnh viện Trung ương Huế', 'Bệnh viện Đa khoa tỉnh Quảng Trị']],
    ['khen thưởng Trường THPT chuyên Lê Hồng Phong và Trường Mầm non tư thục Hoa Sen.', ['Trường THPT chuyên Lê Hồng Phong', 'Trường Mầm non tư thục Hoa Sen']],
    // a verb of inaugurating or receiving ends the name
    ['Trung tâm Bảo tồn Di tích Cố đô Huế khánh thành công trình tu bổ điện Kiến Trung.', ['Trung tâm Bảo tồn Di tích Cố đô Huế']],
    ['Trung tâm Y tế Hoàng Mai tiếp nhận 5 bệnh nhân.', ['Trung tâm Y tế Hoàng Mai']],
    // an institution that acts, though a building word comes before it in the sentence
    ['Trong thời gian xây dựng, Bệnh viện Đa khoa tỉnh Lào Cai tiếp tục tiếp nhận sản phụ.', ['Bệnh viện Đa khoa tỉnh Lào Cai']],
    // a building word inside a body's name is not building
    ['Sở Xây dựng phối hợp với Bệnh viện Đa khoa tỉnh kiểm tra.', ['Sở Xây dựng', 'Bệnh viện Đa khoa tỉnh']],
    // a Party body of a unit or of another body
    ['Đảng ủy Khu kinh tế Vũng Áng phối hợp với Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh.', ['Đảng ủy Khu kinh tế Vũng Áng', 'Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh']],
    ['Đảng ủy Quân sự tỉnh và Đảng ủy Khối các cơ quan tỉnh chủ trì.', ['Đảng ủy Quân sự tỉnh', 'Đảng ủy Khối các cơ quan tỉnh']],
    ['Ban cán sự đảng Bộ Tài chính và Đảng ủy Công an tỉnh Nghệ An họp.', ['Ban cán sự đảng Bộ Tài chính', 'Đảng ủy Công an tỉnh Nghệ An']],
    // ... but not a place, a post or a sentence's opening word
    ['Đảng ủy Hà Nội; Đảng bộ Thực hiện', ['Đảng ủy', 'Đảng bộ']],
    // departments of a ministry; a capitalised common noun coordinated inside a name
    ['phản ánh về Bộ Nội vụ (qua Vụ Kế hoạch - Tài chính) để nghiên cứu.', ['Bộ Nội vụ', 'Vụ Kế hoạch - Tài chính']],
    ['- Vụ Pháp chế;\n- Vụ Tổ\nchức cán bộ:', ['Vụ Pháp chế', 'Vụ Tổ chức cán bộ']],
    // more heads: the port authority, the Front's committee abbreviated
    ['Cảng vụ Hàng hải Quảng Ninh phối hợp kiểm tra.', ['Cảng vụ Hàng hải Quảng Ninh']],
    ['Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh phát động.', ['Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a hospital being built', 'Tỉnh khởi công xây dựng Bệnh viện Đa khoa tỉnh Hà Giang.'],
    ['a school listed among works', 'Xã hoàn thành các công trình gồm: chợ Tân Lập, Trường Mầm non Hoa Sen.'],
    ['a museum as a venue', 'Đoàn khách tham quan tại Bảo tàng Quảng Ninh.'],
    ['a verb after a youth-union head', 'Tỉnh đoàn kết các lực lượng.'],
    ['a generic project board', 'Ban Quản lý dự án cho biết sẽ hoàn thành.'],
    ['a building verb with no level word', 'Ban Quản lý xây dựng kế hoạch năm.'],
    ['a refer-back association', 'Chủ tịch Hội cho biết.'],
    ['a place named like a school', 'Nghĩa trang liệt sĩ quốc gia Trường Sơn'],
    ['a quantity after a name', 'Ban Quản lý dự án 3 năm qua đã giải ngân.'],
    ['a health centre being built', 'Tỉnh khởi công Trung tâm Y tế huyện Kỳ Sơn.'],
    ['a conference centre inside a project', 'Tỉnh khởi công dự án Trung tâm Hội nghị APEC Phú Quốc.'],
    ['a school in a numbered list of works', 'Huyện giải ngân cho 3 công trình xây mới: 1. Trường Tiểu học Thiện Phiến; 2. Trạm y tế xã Hải Triều.'],
    ['a school far after the building verb', 'Huyện bàn giao Trường Phổ thông dân tộc bán trú Tiểu học Pù Nhi và nhà bán trú Trường THCS Mường Chanh vừa xây xong.'],
    ['a crop season or a case, not a department', 'Vụ Đông Xuân năm nay, nông dân xuống giống sớm. Vụ Hè Thu tới. Vụ tai nạn xảy ra lúc 6h.'],
    ['a document type alone after a head', 'Sở Kế hoạch năm 2025'],
    ['a lower-case word that is no modifier', 'Trường THPT trên địa bàn; Bệnh viện tuyến huyện.'],
  ])('%s', (_label, text) => {
    expect(names(text)).toEqual([]);
  });
});

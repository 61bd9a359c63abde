import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const places = (text: string) => parse(text).places.map((p) => [p.name, p.unit]);
const projects = (text: string) => parse(text).projects.map((p) => [p.name, p.kind]);
const orgs = (text: string) => parse(text).organizations.map((o) => o.name);
const periods = (text: string) => parse(text).periods.map((p) => [p.start, p.end, p.kind]);

describe('places', () => {
  it.each([
    ['huyện Vĩnh Thuận', [['Vĩnh Thuận', 'huyện']]],
    ['phòng thủ xã Tân Thuận, Vĩnh Bình Nam và diễn tập', [['Tân Thuận', 'xã'], ['Vĩnh Bình Nam', 'xã']]],
    ['đường ven sông Cái Lớn', [['Cái Lớn', 'sông']]],
    ['tại Vườn tràm Ban Biện Phú, đường', [['Ban Biện Phú', 'vườn tràm']]],
    ['Huyện ủy Gia Lâm họp', [['Gia Lâm', null]]],
    ['Thị đoàn Sơn Tây tổ chức hội trại', [['Sơn Tây', null]]],
    ['ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ', [['Quảng Trị', 'tỉnh']]],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it.each([
    ['capitalised common nouns', 'Nghị quyết Đại hội Đảng bộ huyện và Huyện ủy, Tỉnh ủy.'],
    ['unit words without names', 'trên từng xóm, ấp, khu phố; Đảng ủy các xã, thị trấn.'],
    ['a committee named by its unit only', 'Ban Thường vụ Huyện ủy yêu cầu.'],
  ])('finds none in %s', (_name, text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('projects', () => {
  it.each([
    ['Khu di tích tập kết 200 ngày đêm Vàm Chắc Băng và phòng truyền thống khu di tích Ranh Hạt;', [['Vàm Chắc Băng', 'khu di tích'], ['Ranh Hạt', 'phòng truyền thống']]],
    ['khu tưởng niệm các anh hùng liệt sĩ huyện Vĩnh Thuận tại Vườn tràm Ban Biện Phú, đường', [['Ban Biện Phú', 'khu tưởng niệm']]],
    ['xây dựng cầu Rạch Giá', [['Rạch Giá', 'cầu']]],
    ['Dự án đường cao tốc Bến Lức - Long Thành đã thông xe.', [['Bến Lức - Long Thành', 'dự án']]],
    ['nước thải của Khu công nghiệp Bá Thiện II, tỉnh Vĩnh Phúc', [['Bá Thiện II', 'khu công nghiệp']]],
    ['viếng các liệt sĩ tại Nghĩa trang A1;', [['Nghĩa trang A1', 'nghĩa trang']]],
    ['dâng hương tại Đền thờ Liệt sỹ tại chiến trường Điện Biên Phủ.', [['Điện Biên Phủ', 'đền thờ']]],
    ['Sân vận động Cầu Vồng được cải tạo.', [['Cầu Vồng', 'sân vận động']]],
    ['Các dự án có kế hoạch thông xe: Đồng Đăng - Trà Lĩnh (Lạng Sơn); Hữu Nghị - Chi Lăng (Lạng Sơn).', [['Đồng Đăng - Trà Lĩnh', 'dự án'], ['Hữu Nghị - Chi Lăng', 'dự án']]],
    ['kiểm tra tiến độ dự án cầu Rạch Miễu 2 và đường dẫn.', [['Rạch Miễu 2', 'dự án']]],
    ['khảo sát dự án mở rộng Cảng hàng không quốc tế Cát Bi tại thành phố Hải Phòng.', [['Cát Bi', 'dự án']]],
    ['xử lý nước thải tại KCN Quế Võ II.', [['Quế Võ II', 'khu công nghiệp']]],
    ['khởi công xây dựng Trường Phổ thông nội trú liên cấp Sín Thầu tại xã Sín Thầu.', [['Sín Thầu', 'trường']]],
    ['đầu tư nâng cấp đường Nguyễn Văn Linh, nạo vét kênh Tàu Hủ.', [['Nguyễn Văn Linh', 'đường'], ['Tàu Hủ', 'kênh']]],
    ['khởi công dự án đường Vành đai 2 và nâng cấp đê biển số 7.', [['Vành đai 2', 'dự án'], ['đê biển số 7', 'đê biển']]],
    ['dự án đường dây 220 kV từ Phú Bình (Thái Nguyên) đến Bắc Giang.', [['Bắc Giang', 'dự án']]],
    ['dự án xây dựng Trường Tiểu học Hòa Bình tại phường Tân Định.', [['Hòa Bình', 'dự án']]],
    ['hoàn thành các dự án cao tốc Mỹ Thuận - Cần Thơ, Cao Lãnh - Lộ Tẻ và Vành đai 2 trong năm.', [['Mỹ Thuận - Cần Thơ', 'dự án'], ['Cao Lãnh - Lộ Tẻ', 'dự án'], ['Vành đai 2', 'dự án']]],
    ['dâng hương tại Khu di tích lịch sử Đền Hùng.', [['Đền Hùng', 'khu di tích']]],
    ['kiểm tra Nhà máy điện Sông Hậu 1 và Sông Hậu 2.', [['Sông Hậu 1', 'nhà máy điện'], ['Sông Hậu 2', 'nhà máy điện']]],
    ['khởi công dự án đường ven biển nối TP Vũng Tàu với TP Bà Rịa.', [['Bà Rịa', 'dự án']]],
    ['triển khai dự án đường Vành đai 4 - Vùng Thủ đô.', [['Vành đai 4 - Vùng Thủ đô', 'dự án']]],
    ['khởi công xây dựng Bệnh viện Đa khoa huyện Hòa Vang.', [['Hòa Vang', 'bệnh viện']]],
    ['đẩy nhanh các công trình trọng điểm, gồm: đường ven biển đoạn Hậu Lộc - Hoằng Hóa, đại lộ Lê Lợi.', [['Hậu Lộc - Hoằng Hóa', 'đường'], ['Lê Lợi', 'đại lộ']]],
    ['dự án đường ven biển từ thị xã Quảng Yên đến xã Hải Hà.', [['Hải Hà', 'dự án']]],
    ['khởi công Nhà máy điện LNG Long An 1.', [['Long An 1', 'nhà máy điện']]],
    ['tham quan Khu di tích lịch sử Nhà Tù Sơn La.', [['Nhà Tù Sơn La', 'khu di tích']]],
    ['phê duyệt dự án nâng cấp, mở rộng Quốc lộ 14E.', [['Quốc lộ 14E', 'dự án']]],
    ['có 3 khu công nghiệp được chấp thuận, như: Phú Hà, Tam Nông và Cẩm Khê.', [['Phú Hà', 'khu công nghiệp'], ['Tam Nông', 'khu công nghiệp'], ['Cẩm Khê', 'khu công nghiệp']]],
    ['có 3 KCN được chấp thuận, như: Phú Hà, Tam Nông và Cẩm Khê.', [['Phú Hà', 'khu công nghiệp'], ['Tam Nông', 'khu công nghiệp'], ['Cẩm Khê', 'khu công nghiệp']]],
    ['các cống Cái Lớn, Xẻo Rô và Cầu Đá đã vận hành, sau khi xây dựng.', [['Cái Lớn', 'cống'], ['Xẻo Rô', 'cống'], ['Cầu Đá', 'cống']]],
    ['HÀ NỘI: THÔNG XE CẦU VĨNH TUY GIAI ĐOẠN 2', [['Vĩnh Tuy', 'cầu']]],
    ['sửa chữa các công trình thủy lợi gồm: đập Phú Lộc (huyện Tuy Phước) và kênh chính hồ Núi Một.', [['Phú Lộc', 'đập'], ['Núi Một', 'kênh']]],
    ['Trạm y tế xã Tân Lập được xây mới.', [['Tân Lập', 'trạm y tế']]],
    ['phê duyệt dự án đường ĐT.741B.', [['ĐT.741B', 'dự án']]],
    ['nâng cấp đường tỉnh ĐT.864 đoạn từ phường Mỹ Tho đến xã Cái Bè.', [['ĐT.864', 'đường tỉnh']]],
    ['đầu tư 3 công trình: Trường Tiểu học Thạnh Phú; THCS Long Hòa; Trạm y tế xã Long Sơn.', [['Thạnh Phú', 'trường'], ['Long Hòa', 'công trình'], ['Long Sơn', 'trạm y tế']]],
    ['khánh thành cầu Thượng Cát. Riêng cầu Thượng Cát dài 5 km; THÔNG XE CẦU THƯỢNG CÁT', [['Thượng Cát', 'cầu']]],
    ['vốn cho 2 công trình xây mới: 1. Trường Mầm non Tân Lập; 2. Đường trục xã Đông Sơn.', [['Tân Lập', 'trường'], ['Đông Sơn', 'đường']]],
    ['khởi công xây dựng Bệnh viện Sản Nhi tỉnh Hà Giang.', [['Hà Giang', 'bệnh viện']]],
    ['đã xây mới trạm y tế các xã Tà Tổng, Bum Nưa và Pa Vệ Sử.', [['Tà Tổng', 'trạm y tế'], ['Bum Nưa', 'trạm y tế'], ['Pa Vệ Sử', 'trạm y tế']]],
    ['xây mới trạm y tế xã Trà Giáp và UBND xã Trà Ka.', [['Trà Giáp', 'trạm y tế']]],
    ['hoàn thành hai cống Tắc Thủ và Sông Đốc.', [['Tắc Thủ', 'cống'], ['Sông Đốc', 'cống']]],
    ['thông xe ba đoạn cao tốc: Cam Lâm - Vĩnh Hảo, Vĩnh Hảo - Phan Thiết và Phan Thiết - Dầu Giây, đi qua các tỉnh Khánh Hòa, Ninh Thuận và Bình Thuận.', [['Cam Lâm - Vĩnh Hảo', 'cao tốc'], ['Vĩnh Hảo - Phan Thiết', 'cao tốc'], ['Phan Thiết - Dầu Giây', 'cao tốc']]],
    ['hai dự án cao tốc qua tỉnh Nghệ An gồm: đoạn Diễn Châu - Bãi Vọt và đoạn Nghi Sơn - Diễn Châu đã đạt 80% khối lượng.', [['Diễn Châu - Bãi Vọt', 'dự án'], ['Nghi Sơn - Diễn Châu', 'dự án']]],
    ['khởi công dự án đường tránh phía Đông thành phố Vinh.', [['Vinh', 'dự án']]],
    ['triển khai dự án kè chống sạt lở bờ sông xã Tân Hưng.', [['Tân Hưng', 'dự án']]],
    ['đầu tư dự án đường trục phía Bắc nối thành phố Vinh với thị xã Cửa Lò.', [['Cửa Lò', 'dự án']]],
    ['phê duyệt dự án xây dựng cụm công nghiệp Đồng Văn tại huyện Duy Tiên.', [['Đồng Văn', 'dự án']]],
    ['đưa vào sử dụng nhiều công trình như: chợ xã Mậu Duệ, Trường Tiểu học xã Lao Và Chải và cầu Na Khê.', [['Mậu Duệ', 'chợ'], ['Lao Và Chải', 'trường'], ['Na Khê', 'cầu']]],
    ['dâng hương tại Khu di tích quốc gia đặc biệt Thành cổ Quảng Trị và Khu di tích Nhà tù Phú Quốc.', [['Thành cổ Quảng Trị', 'khu di tích'], ['Nhà tù Phú Quốc', 'khu di tích']]],
    ['tham quan Khu di tích lịch sử và văn hóa Cố đô Hoa Lư.', [['Cố đô Hoa Lư', 'khu di tích']]],
    ['trưng bày tại Bảo tàng Phụ nữ Nam Bộ.', [['Phụ nữ Nam Bộ', 'bảo tàng']]],
    ['khởi công xây dựng Trường Cao đẳng Y tế Hà Nội và Trường Tiểu học Thiện Phiến.', [['Hà Nội', 'trường'], ['Thiện Phiến', 'trường']]],
    ['dâng hoa tại Tượng đài Chiến thắng Tây Nguyên.', [['Tây Nguyên', 'tượng đài']]],
    ['thi đấu tại Sân vận động Quốc gia Mỹ Đình.', [['Mỹ Đình', 'sân vận động']]],
    ['khởi công Dự án Nhà máy Thủy điện Hòa Bình mở rộng.', [['Hòa Bình', 'dự án']]],
    ['Trạm y tế xã Tân Lập được đưa vào sử dụng; cầu Phong Châu thông xe.', [['Tân Lập', 'trạm y tế'], ['Phong Châu', 'cầu']]],
    ['kiểm tra dự án Nhà máy Thủy điện Trị An mở rộng tại tỉnh Đồng Nai và Bình Dương.', [['Trị An', 'dự án']]],
    ['hai dự án Nhà máy thủy điện Hòa Bình mở rộng (tỉnh Hòa Bình) và Nhà máy thủy điện Trị An mở rộng (tỉnh Đồng Nai) đã phát điện.', [['Hòa Bình', 'dự án'], ['Trị An', 'nhà máy']]],
    ['tu bổ điện Thái Hòa và cung Khôn Thái.', [['Thái Hòa', 'điện'], ['Khôn Thái', 'cung']]],
    ['khởi công nâng cấp đèo Khánh Lê.', [['Khánh Lê', 'đèo']]],
    ['dâng hương tại Đình Tân Trào và Lán Khuổi Nậm thuộc Khu di tích Tân Trào.', [['Tân Trào', 'đình'], ['Khuổi Nậm', 'lán'], ['Tân Trào', 'khu di tích']]],
    ['vốn tu bổ 3 di tích gồm: đình Tây Đằng, đền Và và chùa Tây Phương.', [['Tây Đằng', 'đình'], ['Và', 'đền'], ['Tây Phương', 'chùa']]],
    ['đẩy nhanh các công trình, gồm: đường bộ ven biển đoạn Quảng Xương - Tĩnh Gia.', [['Quảng Xương - Tĩnh Gia', 'đường bộ ven biển']]],
    ['giao thông trên cầu Chương Dương và cầu Thanh Trì đã giảm.', [['Chương Dương', 'cầu'], ['Thanh Trì', 'cầu']]],
    ['đóng điện đường dây 500 kV Quảng Trạch - Phố Nối.', [['Quảng Trạch - Phố Nối', 'đường dây']]],
    ['khởi công dự án đường cao tốc TP.HCM - Chơn Thành.', [['TP.HCM - Chơn Thành', 'dự án']]],
    ['dự án mở rộng cao tốc TP.HCM - Trung Lương - Mỹ Thuận đoạn Trung Lương - Mỹ Thuận.', [['Trung Lương - Mỹ Thuận', 'dự án']]],
    ['vận hành tuyến đường sắt đô thị Nhổn - ga Hà Nội.', [['Nhổn - ga Hà Nội', 'tuyến đường sắt']]],
    ['khởi công dự án Nhà hát Giao hưởng - Nhạc vũ kịch Thủ Thiêm.', [['Thủ Thiêm', 'dự án']]],
    ['ĐẨY NHANH TIẾN ĐỘ CAO TỐC CAM LÂM - NHA TRANG VÀ CẦU BẠCH ĐẰNG 2 TRƯỚC TẾT', [['Cam Lâm - Nha Trang', 'cao tốc'], ['Bạch Đằng 2', 'cầu']]],
    ['chuẩn bị đầu tư các cầu vượt sông Đuống gồm: cầu Phù Đổng 2, cầu Đông Trù.', [['Phù Đổng 2', 'cầu'], ['Đông Trù', 'cầu']]],
    ['tuyến Metro số 2 Bến Thành - Tham Lương đang được thi công.', [['Bến Thành - Tham Lương', 'tuyến metro']]],
    ['Tại Nghĩa trang liệt sĩ quốc gia Đường 9, đoàn đã dâng hương.', [['Đường 9', 'nghĩa trang']]],
    ['Dự án Khu đô thị Ecopark đang triển khai; cầu Kênh Vàng bắc qua sông Thái Bình.', [['Ecopark', 'dự án'], ['Kênh Vàng', 'cầu']]],
    ['thăm Khu lưu niệm Chủ tịch Hồ Chí Minh tại Kim Liên.', [['Hồ Chí Minh', 'khu lưu niệm']]],
    ['tu bổ Khu lưu niệm Đại thi hào Nguyễn Du tại xã Tiên Điền.', [['Nguyễn Du', 'khu lưu niệm']]],
    ['dâng hương tại Khu di tích Chiến thắng Tua Hai.', [['Tua Hai', 'khu di tích']]],
    ['hoàn thành tu bổ Văn miếu Xích Đằng và Đàn Nam Giao.', [['Xích Đằng', 'văn miếu'], ['Nam Giao', 'đàn']]],
    ['khai mạc lễ hội tại Thiền viện Trúc Lâm Tây Thiên; dâng hương tại Khu chứng tích Sơn Mỹ.', [['Trúc Lâm Tây Thiên', 'thiền viện'], ['Sơn Mỹ', 'khu chứng tích']]],
    ['hoàn thành tu bổ Tháp Đôi ở thành phố Quy Nhơn.', [['Đôi', 'tháp']]],
    ['kiểm tra dự án Trung tâm văn hóa - thể thao đặc khu Cô Tô.', [['Cô Tô', 'dự án']]],
    ['kiểm tra dự án Nhà máy xử lý nước thải phường Trà Vinh.', [['Trà Vinh', 'dự án']]],
    ['phê duyệt dự án Nhà thi đấu đa năng phường Bắc Giang.', [['Bắc Giang', 'dự án']]],
    ['Tỉnh khởi công Trường Phổ thông nội trú liên cấp xã Mèo Vạc.', [['Mèo Vạc', 'trường']]],
    ['phê duyệt dự án hồ chứa nước ngọt tại đặc khu Kiên Hải.', [['Kiên Hải', 'dự án']]],
    ['khởi công dự án Trung tâm Hành chính tỉnh tại phường Trấn Biên.', [['Trấn Biên', 'dự án']]],
    ['cầu Hiền Lương bắc qua sông Bến Hải được thắp sáng.', [['Hiền Lương', 'cầu']]],
    ['Huyện xây dựng nhà văn hóa các thôn Đông Tác, Đoài Khê.', [['Đông Tác', 'nhà văn hóa'], ['Đoài Khê', 'nhà văn hóa']]],
    ['Khánh thành Đài tưởng niệm các anh hùng liệt sĩ huyện Mỹ Đức.', [['Mỹ Đức', 'đài tưởng niệm']]],
    ['Thông xe kỹ thuật cao tốc Cam Lộ - La Sơn.', [['Cam Lộ - La Sơn', 'cao tốc']]],
    ['Sau khi hoàn thành, cầu Thủ Thiêm 4 sẽ nối quận 7 với TP Thủ Đức.', [['Thủ Thiêm 4', 'cầu']]],
    ['nhà máy của Tập đoàn Foxconn tại KCN Quang Châu.', [['Quang Châu', 'khu công nghiệp']]],
    ['Bệnh viện Ung bướu tỉnh Nghệ An cơ sở 2 đã hoàn thành 80% khối lượng.', [['Nghệ An', 'bệnh viện']]],
    ['thị sát công trường cầu Tứ Liên.', [['Tứ Liên', 'cầu']]],
    ['các khu công nghiệp VSIP II, Bàu Bàng và Lai Uyên thu hút vốn.', [['VSIP II', 'khu công nghiệp'], ['Bàu Bàng', 'khu công nghiệp'], ['Lai Uyên', 'khu công nghiệp']]],
    ['phê duyệt dự án cảng Bến Đình tại đặc khu Lý Sơn.', [['Bến Đình', 'dự án']]],
    ['đề nghị triển khai dự án nâng cấp cảng Bến Đầm và dự án hồ chứa nước Quang Trung 2.', [['Bến Đầm', 'dự án'], ['Quang Trung 2', 'dự án']]],
    ['phê duyệt dự án bảo tồn Lăng Đồng Khánh với tổng vốn 240 tỷ đồng.', [['Đồng Khánh', 'dự án']]],
    ['đoàn kiểm tra cáp treo núi Bà Đen.', [['Bà Đen', 'cáp treo']]],
    ['khánh thành âu tàu tránh trú bão Cồn Cỏ.', [['Cồn Cỏ', 'âu tàu']]],
    ['phê duyệt dự án đường kết nối Quốc lộ 3B với hồ Ba Bể.', [['Ba Bể', 'dự án']]],
    ['hoàn thành đường Vành đai 3 đoạn qua xã Nhơn Trạch.', [['Vành đai 3', 'đường vành đai']]],
    ['dự án tuyến đường ven biển ĐT.639 đoạn Cát Tiến - Đề Gi đã hoàn thành.', [['Cát Tiến - Đề Gi', 'dự án']]],
    ['dự án xây dựng đường Vành đai 2,5 đoạn Đầm Hồng - Quốc lộ 1A.', [['Đầm Hồng - Quốc lộ 1A', 'dự án']]],
    ['dự án nâng cấp đường tỉnh ĐT.864 đoạn từ phường Mỹ Tho đến xã Cái Bè.', [['ĐT.864', 'dự án']]],
    ['bàn giao mặt bằng dự án đường Vành đai 1 đoạn Hoàng Cầu - Voi Phục cho Ban.', [['Hoàng Cầu - Voi Phục', 'dự án']]],
    ['bàn giao mặt bằng dự án xây dựng đường Vành đai 1 đoạn Hoàng Cầu - Voi Phục.', [['Hoàng Cầu - Voi Phục', 'dự án']]],
    ['kiểm tra dự án đường Vành đai 1 đoạn qua quận Đống Đa.', [['Vành đai 1', 'dự án']]],
    ['kiểm tra khu vực hải đăng Kê Gà.', [['Kê Gà', 'hải đăng']]],
    ['trùng tu Điện Thái Hòa trong Hoàng thành Huế.', [['Huế', 'hoàng thành']]],
  ])('%s', (text, expected) => {
    expect(projects(text)).toEqual(expected);
  });

  it('writes a headline in capitals in normal case, once with the same work in the text', () => {
    expect(parse('THÔNG XE CẦU PHONG CHÂU MỚI. Sáng nay thông xe cầu Phong Châu.').projects.map((p) => p.text)).toEqual(['cầu Phong Châu']);
  });

  it.each([
    ['a road that only locates an event', 'Đoàn viên ra quân dọn vệ sinh trên đường Lê Lợi và dọc kênh Nhiêu Lộc.'],
    ['a school or a hospital as an institution', 'Hội Khuyến học trao học bổng cho học sinh Trường THPT Chu Văn An; Bệnh viện Đa khoa Bình Định tiếp nhận thiết bị.'],
    ['a road in a sentence about a body named "Xây dựng"', 'Sở Xây dựng khắc phục sạt lở trên đường Trường Sơn Đông.'],
    ['a work noun without a name', 'một số dự án, công trình trọng điểm sẽ triển khai xây dựng trên địa bàn huyện.'],
    ['a compound with another meaning', 'tạo môi trường ổn định; thị trường Hà Nội; đường lối của Đảng.'],
    ['a capitalised document name after the noun', 'các dự án thực hiện Nghị quyết Đại hội.'],
    ['a place that only locates the work', 'các công trình trên địa bàn huyện Vĩnh Thuận.'],
    ['a name beyond a comma', 'khu dân cư, Vĩnh Bình.'],
    ['a road in an address', 'Trụ sở: Số 31, đường Kinh Dương Vương, phường Kinh Bắc, tỉnh Bắc Ninh.'],
    ['"trường hợp" (a case)', 'Trường hợp hồ sơ chưa đầy đủ thì trả lại kèm Phiếu yêu cầu bổ sung.'],
    ['"yêu cầu" (a request)', 'theo yêu cầu cấp lại Giấy chứng nhận.'],
    ['a class letter', 'công trình công nghiệp hạng A và tòa nhà A.'],
    ['a work noun inside a place name', 'Phường Cầu Giấy, Hà Nội'],
    ['a work noun inside a body name', 'Ban Quản lý các Khu kinh tế và Khu công nghiệp tỉnh Quảng Nam'],
    ['a heading in capitals', 'DANH MỤC DỰ ÁN QUAN TRỌNG QUỐC GIA'],
    ['a road in a headline in capitals, with a body named "Xây dựng"', 'SỞ XÂY DỰNG KIỂM TRA ĐƯỜNG TRẦN PHÚ'],
    ['a direction', 'quy hoạch khu đô thị phía Nam.'],
    ['a road where an accident happened, and a work inside its name', 'trên cao tốc Pháp Vân - Cầu Giẽ, xe khách va chạm với xe tải.'],
    ['a work noun inside an enterprise name', 'Công ty Cổ phần Cảng Quy Nhơn tăng sản lượng hàng hóa.'],
    ['a port authority', 'Cảng vụ Hàng hải Hải Phòng kiểm tra tàu.'],
    ['a temple inside a festival name', 'Khai mạc Lễ hội chùa Bái Đính và lễ hội đền Trần.'],
    ['a work inside the name of a branch or a centre', 'Chi nhánh khai thác đường sắt Sài Gòn và Trung tâm Bảo tồn Di tích Cố đô Huế cho biết.'],
    ['a museum that acts', 'Bảo tàng Dân tộc học Việt Nam phối hợp với Bảo tàng Quang Trung tổ chức trưng bày.'],
    ['a museum that acts after a word of aspect', 'Bảo tàng Quang Trung đã phối hợp với Sở Văn hóa tổ chức trưng bày.'],
    ['a hospital that builds something else', 'Bệnh viện Chợ Rẫy đưa vào sử dụng thêm 200 giường bệnh.'],
    ['a building word that ends its clause', 'Trong thời gian xây dựng, Bệnh viện Đa khoa tỉnh Yên Bái vẫn tiếp nhận bệnh nhân.'],
    ['a building word in another clause', 'đẩy nhanh các công trình, trong khi hồ chứa nước Kẻ Gỗ phải xả lũ.'],
    ['a road beside a second verb that builds', 'tổ chức lại giao thông trên đường Cộng Hòa và đưa vào sử dụng bãi đỗ xe.'],
    ['a pass or a palace word that is not built', 'Xe khách vượt đèo Hải Vân; Điện Biên Phủ; cung cấp Cung Hỷ.'],
    ['a compound in lower case', 'Các cầu thủ Hà Nội FC thi đấu.'],
    ['a head that starts a place name', 'Cầu nối tỉnh Tiền Giang với Bến Tre; quận Cầu Giấy; Chợ Mới.'],
    ['a project whose place only locates it', 'rà soát các dự án trọng điểm tỉnh Hà Tĩnh.'],
    ['works located by a clause word', 'các dự án đường giao thông trên địa bàn huyện Kỳ Anh.'],
    ['a side without a name', 'quy hoạch khu đô thị phía Nam, khu dân cư phía Tây.'],
    ['a work followed by a verb', 'Nhà ga có lối vào từ đường Lý Thường Kiệt.'],
    ['a project located by "qua"', 'hai dự án cao tốc qua tỉnh Nghệ An đạt 70% khối lượng.'],
    ['places joined by a project', 'dự án đường kết nối hai tỉnh Nam Định, Ninh Bình.'],
    ['a palace word that is half of a compound', 'Chuỗi dự án khí - điện Lô B; chuỗi khí-điện Cá Voi Xanh.'],
    ['a work followed by its builder', 'Công trình do Hội Cựu chiến binh thành phố vận động xây dựng.'],
    ['an acronym without a numeral after a lower-case head', 'đường dẫn của từng DVC.'],
    ['a forum or a herd', 'Diễn đàn Doanh nghiệp Việt Nam; đàn Gia cầm.'],
    ['a victory that names no work', 'kỷ niệm Chiến thắng Điện Biên Phủ.'],
    ['a building site in lower case', 'công nhân tại công trường Thủ Thiêm.'],
    ['a project located by a place it is not at', 'các dự án nhà ở trên địa bàn phường Trấn Biên.'],
    ['a lighthouse without a name', 'Du khách ngắm ngọn hải đăng trên đảo.'],
    ['a person named like a citadel or a lighthouse', 'Ông Hoàng Thành Trung và ông Trần Hải Đăng Khoa phát biểu.'],
  ])('finds none for %s', (_name, text) => {
    expect(projects(text)).toEqual([]);
  });
});

describe('organizations', () => {
  it.each([
    ['Ban Thường vụ Huyện ủy có Công văn', ['Ban Thường vụ Huyện ủy']],
    ['Ủy ban nhân dân huyện tập trung', ['Ủy ban nhân dân huyện']],
    ['Sở Công Thương có trách nhiệm', ['Sở Công Thương']],
    ['gửi Sở Khoa học và Công nghệ để', ['Sở Khoa học và Công nghệ']],
  ])('%s', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  it.each([
    ['lower-case heads', 'các ban, ngành, đoàn thể và các sở, cục.'],
    ['a named head without a name', 'Sở có trách nhiệm.'],
  ])('finds none in %s', (_name, text) => {
    expect(orgs(text)).toEqual([]);
  });
});

describe('periods', () => {
  it.each([
    ['nhiệm kỳ 2020-2025', [['2020', '2025', 'nhiệm kỳ']]],
    ['giai đoạn 2021 – 2030', [['2021', '2030', 'giai đoạn']]],
    ['kế hoạch 5 năm 2021-2025', [['2021', '2025', 'kế hoạch 5 năm']]],
  ])('%s', (text, expected) => {
    expect(periods(text)).toEqual(expected);
  });

  it.each([
    ['a backwards range', 'năm 2025-2020'],
    ['a date', 'ngày 20-3-2023'],
    ['a code', 'số 2021-2025/QĐ'],
    ['a phone number', '0912-2020-2025'],
  ])('finds none in %s', (_name, text) => {
    expect(periods(text)).toEqual([]);
  });
});

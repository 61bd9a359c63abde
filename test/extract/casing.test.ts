// normalCase: text in capitals (headers) in normal case, names capitalised, codes and acronyms kept.
import { describe, expect, it } from 'vitest';
import { normalCase } from '../../src/extract/casing.js';

describe('normalCase', () => {
  it.each([
    ['ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ', 'Ủy ban nhân dân tỉnh Quảng Trị'],
    // A name after a unit, even one that begins like a unit (hồ: a lake).
    ['ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'Ủy ban nhân dân thành phố Hồ Chí Minh'],
    // Syllables ending in k (Tây Nguyên names) are words, not acronyms.
    ['ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK', 'Ủy ban nhân dân tỉnh Đắk Lắk'],
    ['KT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ HQ', 'KT. Trưởng ban Giám sát quản lý về HQ'],
    ['BÃI BỎ THÔNG TƯ SỐ 31/2015/TT-BYT', 'Bãi bỏ Thông tư số 31/2015/TT-BYT'],
    ['BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'Bộ Văn hóa, Thể thao và Du lịch'],
    ['Đã viết thường', 'Đã viết thường'],
  ])('%s', (input, expected) => {
    expect(normalCase(input)).toBe(expected);
  });

  it('starts anew at an administrative unit after another ("CẤP XÃ TỈNH CAO BẰNG")', () => {
    expect(normalCase('ỦY BAN NHÂN DÂN CẤP XÃ TỈNH CAO BẰNG')).toMatch(/ xã tỉnh Cao Bằng$/u);
  });
});

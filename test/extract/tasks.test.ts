import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { officialWith } from '../helpers.js';

const REQUEST = 'Tiêu đề\n\nBan Thường vụ Huyện ủy yêu cầu các đồng chí Huyện ủy viên; lãnh đạo Ủy ban nhân dân huyện tập trung thực hiện một số nhiệm vụ sau: ';
const tasks = (text: string) => parse(text).tasks.map((t) => [t.text, t.actors, t.deadline]);

describe('tasks', () => {
  it('takes each directive after the request as its own task, the addressees as actors', () => {
    expect(tasks(REQUEST + 'tăng cường trách nhiệm. Rà soát các chỉ tiêu; xây dựng kế hoạch khắc phục.')).toEqual([
      ['tăng cường trách nhiệm', ['các đồng chí Huyện ủy viên', 'lãnh đạo Ủy ban nhân dân huyện'], null],
      ['Rà soát các chỉ tiêu', ['các đồng chí Huyện ủy viên', 'lãnh đạo Ủy ban nhân dân huyện'], null],
      ['xây dựng kế hoạch khắc phục', ['các đồng chí Huyện ủy viên', 'lãnh đạo Ủy ban nhân dân huyện'], null],
    ]);
  });

  it('takes a named subject as actor, also for the next sentence of its paragraph', () => {
    const out = tasks(REQUEST + 'rà soát.\n\nMặt trận tổ quốc và các đoàn thể đẩy mạnh tuyên truyền. Xây dựng nông thôn mới.');
    expect(out.slice(1).map((t) => t[1])).toEqual([
      ['Mặt trận tổ quốc', 'các đoàn thể'],
      ['Mặt trận tổ quốc', 'các đoàn thể'],
    ]);
  });

  it.each([
    ['trước ngày 18/11/2025', '2025-11-18'],
    ['đến cuối năm 2023', '2023-12-31'],
    ['trong quý IV/2025', '2025-12-31'],
    ['trong tháng 12/2025', '2025-12-31'],
  ])('reads the deadline "%s"', (deadline, iso) => {
    expect(tasks(REQUEST + `hoàn thành báo cáo ${deadline}.`)[0]?.[2]).toBe(iso);
  });

  it.each([
    ['a text without a request', 'Tiêu đề\n\nTăng cường lãnh đạo. Rà soát các chỉ tiêu.'],
    ['context sentences after the request', REQUEST + 'Năm 2023 là năm thứ ba. Tình hình an ninh ổn định.'],
    ['a purpose clause without a directive', REQUEST + 'Nhằm tạo chuyển biến mạnh mẽ.'],
  ])('finds none in %s', (_name, text) => {
    expect(tasks(text)).toEqual([]);
  });

  it('does not take a past period for a deadline', () => {
    expect(tasks(REQUEST + 'khắc phục hạn chế đã được chỉ ra trong năm 2022.')[0]?.[2]).toBeNull();
  });
});

// An official decision around its articles; each case puts one article body in it.
const DECISION = officialWith;

describe('tasks in an official document', () => {
  it('takes the list of actors of "chịu trách nhiệm thi hành"', () => {
    const out = tasks(DECISION('Điều 4. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Công Thương, Giám đốc Sở Khoa học và Công nghệ và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.'));
    expect(out.map((t) => t[1])).toEqual([
      ['Chánh Văn phòng UBND tỉnh', 'Giám đốc Sở Công Thương', 'Giám đốc Sở Khoa học và Công nghệ', 'các tổ chức, cá nhân có liên quan'],
    ]);
    expect(out[0]?.[0]).not.toMatch(/\/\.?$/u);
  });

  it("gives the article's later deadline to its one task", () => {
    const out = tasks(
      DECISION('Điều 2. Sở Công Thương có trách nhiệm rà soát các quy trình.\nTrường hợp đã có dịch vụ công thì cung cấp thông tin, hoàn thành trước ngày 18/11/2025.'),
    );
    expect(out.map((t) => [t[1], t[2]])).toEqual([[['Sở Công Thương'], '2025-11-18']]);
  });

  it('reads a subject that lists its members after a colon', () => {
    const out = tasks(DECISION('Điều 2. Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng chỉ đạo rà soát, thống kê thiệt hại.'));
    expect(out.map((t) => t[1])).toEqual([['Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng']]);
  });

  it('takes the object of "Giao" as the actor', () => {
    expect(tasks(DECISION('Điều 2. Giao Sở Tài chính chủ trì, phối hợp với các sở kiểm tra việc thực hiện.'))[0]?.[1]).toEqual(['Sở Tài chính']);
  });

  it.each([
    ['the enacting formula', 'Bộ trưởng Bộ Y tế ban hành Thông tư bãi bỏ Thông tư số 31/2015/TT-BYT.'],
    ['a table heading', 'Cơ quan thực hiện'],
    ['a verb inside a body name', 'Điều 1. Bãi bỏ Quyết định số 12/2020/QĐ-UBND của Sở Xây dựng.'],
    ['a sentence without an actor', 'Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.'],
  ])('finds none in %s', (_, body) => {
    expect(tasks(DECISION(body))).toEqual([]);
  });
});

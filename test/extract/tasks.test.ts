import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

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

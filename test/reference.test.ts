/**
 * The reference text (a news write-up of Công văn 522-CV/HU): everything the pipeline issue
 * requires of it, and nothing invented.
 */
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/index.js';

const result = await parseFile('fixtures/vinh-thuan-522-cv-hu.txt');

describe('reference text', () => {
  it('reads the document', () => {
    expect(result.document).toMatchObject({
      type: 'Công văn',
      number: '522-CV/HU',
      date: '2023-03-20',
      issuer: 'Ban Thường vụ Huyện ủy',
      subject: 'tăng cường lãnh đạo, chỉ đạo thực hiện nhiệm vụ năm 2023 và Nghị quyết Đại hội Đảng bộ huyện lần thứ XII',
    });
  });

  it('cites Nghị quyết 09-NQ/HU and nothing else', () => {
    expect(result.references.map((r) => [r.type, r.number, r.date, r.issuer])).toEqual([
      ['Nghị quyết', '09-NQ/HU', '2022-10-17', 'Ban Thường vụ Huyện ủy'],
    ]);
  });

  it('finds exactly the four projects', () => {
    expect(result.projects.map((p) => [p.name, p.text])).toEqual([
      ['Vàm Chắc Băng', 'Khu di tích tập kết 200 ngày đêm Vàm Chắc Băng'],
      ['Ranh Hạt', 'phòng truyền thống khu di tích Ranh Hạt'],
      ['Ban Biện Phú', 'khu tưởng niệm các anh hùng liệt sĩ và người có công huyện Vĩnh Thuận tại Vườn tràm Ban Biện Phú'],
      ['Cái Lớn', 'đường ven sông Cái Lớn'],
    ]);
  });

  it('finds the places with their units, and no capitalised common noun', () => {
    const places = result.places.map((p) => [p.name, p.unit]);
    for (const expected of [['Vĩnh Thuận', 'huyện'], ['Tân Thuận', 'xã'], ['Vĩnh Bình Nam', 'xã'], ['Cái Lớn', 'sông']]) {
      expect(places).toContainEqual(expected);
    }
    const names = result.places.map((p) => p.name);
    for (const common of ['Nghị quyết', 'Đại hội', 'Huyện ủy', 'Đảng', 'Tỉnh ủy', 'Covid']) expect(names).not.toContain(common);
    expect(names.every((n) => /^\p{Lu}/u.test(n))).toBe(true);
  });

  it('takes each directive as its own task, with its actors', () => {
    expect(result.tasks.length).toBeGreaterThanOrEqual(12);
    expect(result.tasks.length).toBeLessThanOrEqual(25);
    const actorsOf = (start: string) => result.tasks.find((t) => t.text.startsWith(start))?.actors;
    expect(actorsOf('Ủy ban nhân dân huyện tập trung')).toEqual(['Ủy ban nhân dân huyện']);
    expect(actorsOf('Mặt trận tổ quốc')).toEqual(['Mặt trận tổ quốc', 'các đoàn thể']);
    expect(actorsOf('Các cơ quan khối Nội chính')).toEqual(['Các cơ quan khối Nội chính']);
    expect(actorsOf('tăng cường trách nhiệm')).toEqual([
      'các đồng chí Huyện ủy viên',
      'lãnh đạo Ủy ban nhân dân huyện',
      'các ban, ngành, đoàn thể huyện',
      'Đảng ủy các xã, thị trấn',
    ]);
  });

  it('takes no context sentence for a task', () => {
    for (const context of ['Năm 2023', 'Tình hình', 'Tuy nhiên', 'Còn nhiều', 'Một số cấp ủy', 'Nhằm phát huy']) {
      expect(result.tasks.some((t) => t.text.startsWith(context))).toBe(false);
    }
  });

  it('finds the periods', () => {
    expect(result.periods.map((p) => [p.kind, p.start, p.end])).toEqual([
      ['kế hoạch 5 năm', '2021', '2025'],
      ['nhiệm kỳ', '2020', '2025'],
    ]);
  });

  it('locates every item at its text in the input', async () => {
    const { readFileSync } = await import('node:fs');
    const lines = readFileSync('fixtures/vinh-thuan-522-cv-hu.txt', 'utf8').split('\n');
    const at = (item: { line: number; column: number }) => (lines[item.line - 1] as string).slice(item.column - 1);
    for (const p of result.projects) expect(at(p)).toMatch(new RegExp(`^${p.text.slice(0, 10)}`, 'u'));
    for (const p of result.places) expect(at(p)).toMatch(new RegExp(`^${p.name}`, 'u'));
    for (const t of result.tasks) expect(at(t).startsWith(t.text.slice(0, 20))).toBe(true);
    expect(at(result.references[0] as { line: number; column: number })).toMatch(/^Nghị quyết số 09-NQ\/HU/u);
    expect(at(result.document.positions.number as { line: number; column: number })).toMatch(/^522-CV\/HU/u);
  });
});

// Language: Vietnamese is processed; another language gives a warning and no guessed entities; the
// English half of a bilingual document is left out.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const VI = 'Ủy ban nhân dân huyện Vĩnh Thuận giao Phòng Tài chính rà soát các dự án trên địa bàn xã Tân Thuận, hoàn thành trước ngày 30/6/2023.';
const EN =
  'The People’s Committee of the province shall direct the Department of Finance to review all the projects in the area of the commune, and report the results to the Government before the end of the year.';

describe('language', () => {
  it('reads Vietnamese as vie, with no warning', () => {
    const r = parse(VI);
    expect(r.source.language).toBe('vie');
    expect(r.warnings.map((w) => w.rule)).not.toContain('not-vietnamese');
    expect(r.places.length).toBeGreaterThan(0);
  });

  it.each([
    ['English', `${EN}\n${EN}`],
    ['French', "Le comité populaire de la province doit examiner tous les projets de la commune et présenter un rapport au gouvernement avant la fin de l'année, conformément à la décision du ministère."],
  ])('warns on %s and guesses no entities', (_name, text) => {
    const r = parse(text);
    expect(r.warnings.map((w) => w.rule)).toContain('not-vietnamese');
    expect([r.tasks, r.projects, r.places, r.organizations, r.people]).toEqual([[], [], [], [], []]);
  });

  it('reads the Vietnamese half of a bilingual document and leaves the English out', () => {
    const r = parse(`${VI}\n\n${EN}\nThe project of Tan Thuan Bridge in Vinh Thuan District shall be completed by the Committee.`);
    expect(r.source.language).toBe('vie');
    expect(r.places.map((p) => p.name)).toEqual(['Vĩnh Thuận', 'Tân Thuận']);
    expect(r.organizations.map((o) => o.name).join(' ')).not.toMatch(/Committee|Department|Government/u);
  });

  it('recognises Vietnamese typed without diacritics, with a warning', () => {
    const r = parse('Uy ban nhan dan huyen Vinh Thuan giao cac phong, ban thuc hien viec ra soat cac du an trong nam 2023 theo quyet dinh cua tinh.');
    expect(r.source.language).toBe('vie');
    expect(r.warnings.map((w) => w.rule)).toContain('no-diacritics');
  });
});

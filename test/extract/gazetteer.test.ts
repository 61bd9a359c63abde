import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolvePlaces, type PlaceQuery, type Resolution } from '../../src/extract/gazetteer.js';

const q = (unit: string | null, name: string): PlaceQuery => ({ name, unit });
/** code, unit, name, then the parents' codes: a compact view of a resolution. */
const brief = (r: Resolution | null) => (r ? [r.code, r.unit, r.name, r.era, ...r.parents.map((p) => p.code)] : null);

describe('gazetteer: tables', () => {
  const dir = new URL('../../src/lexicon/data/admin-units/', import.meta.url);
  const rows = (file: string) => readFileSync(new URL(file, dir), 'utf8').trimEnd().split('\n');

  it('has the units from 2025-07-01: 34 provinces and 3,321 communes', () => {
    const [head, ...body] = rows('new.tsv');
    expect(head).toBe('code\tunit\tname\tparentCode');
    expect(body.filter((r) => r.endsWith('\t')).length).toBe(34);
    expect(body.filter((r) => !r.endsWith('\t')).length).toBe(3321);
  });

  it('has the 63 provinces before 2025-07-01 and their successors', () => {
    const [head, ...body] = rows('old.tsv');
    expect(head).toBe('code\tunit\tname\tparentCode');
    expect(new Set(body.filter((r) => r.endsWith('\t')).map((r) => r.split('\t')[0])).size).toBe(63);
    expect(rows('successors.tsv')[0]).toBe('oldCode\tnewCodes');
  });
});

describe('gazetteer: before 2025-07-01', () => {
  const D = '2024-05-01';
  it.each([
    ['Hà Nội without a unit', [q(null, 'Hà Nội')], ['01', 'thành phố', 'Hà Nội', 'old']],
    ['thủ đô Hà Nội', [q('thủ đô', 'Hà Nội')], ['01', 'thành phố', 'Hà Nội', 'old']],
    ['Thành phố Hồ Chí Minh (unit in the name)', [q(null, 'Thành phố Hồ Chí Minh')], ['79', 'thành phố', 'Hồ Chí Minh', 'old']],
    ['TP. Hồ Chí Minh', [q(null, 'TP. Hồ Chí Minh')], ['79', 'thành phố', 'Hồ Chí Minh', 'old']],
    ['Tp Hồ Chí Minh (unit apart)', [q('Tp', 'Hồ Chí Minh')], ['79', 'thành phố', 'Hồ Chí Minh', 'old']],
    ['tỉnh Kiên Giang', [q('tỉnh', 'Kiên Giang')], ['91', 'tỉnh', 'Kiên Giang', 'old']],
    ['tone placement: tỉnh Hòa Bình / Hoà Bình', [q('tỉnh', 'Hòa Bình')], ['17', 'tỉnh', 'Hoà Bình', 'old']],
    ['tone placement: huyện Thủy Nguyên', [q('huyện', 'Thủy Nguyên')], ['311', 'huyện', 'Thuỷ Nguyên', 'old', '31']],
    ['case: HUYỆN VĨNH THUẬN', [q('HUYỆN', 'VĨNH THUẬN')], ['910', 'huyện', 'Vĩnh Thuận', 'old', '91']],
    ['quận Gò Vấp', [q('quận', 'Gò Vấp')], ['764', 'quận', 'Gò Vấp', 'old', '79']],
    ['Huế without a unit: the province, not the city inside it', [q(null, 'Huế')], ['46', 'thành phố', 'Huế', 'old']],
  ] as const)('%s', (_label, places, expected) => {
    expect(brief(resolvePlaces(places, D)[0] ?? null)).toEqual(expected);
  });

  it('resolves xã Tân Thuận under the huyện Vĩnh Thuận also named, with its successor', () => {
    const [district, commune] = resolvePlaces([q('huyện', 'Vĩnh Thuận'), q('xã', 'Tân Thuận')], D);
    expect(brief(district ?? null)).toEqual(['910', 'huyện', 'Vĩnh Thuận', 'old', '91']);
    expect(commune).toEqual({
      code: '31072',
      unit: 'xã',
      name: 'Tân Thuận',
      era: 'old',
      parents: [
        { code: '910', unit: 'huyện', name: 'Vĩnh Thuận' },
        { code: '91', unit: 'tỉnh', name: 'Kiên Giang' },
      ],
      successors: [{ code: '31069', unit: 'xã', name: 'Vĩnh Thuận', parents: [{ code: '91', unit: 'tỉnh', name: 'An Giang' }] }],
    });
  });

  it('leaves xã Tân Thuận alone unresolved: there is one in three provinces', () => {
    expect(resolvePlaces([q('xã', 'Tân Thuận')], D)).toEqual([null]);
  });

  it('resolves two ambiguous names that meet in one place (Vĩnh Thuận without a unit, xã Tân Thuận)', () => {
    const out = resolvePlaces([q(null, 'Vĩnh Thuận'), q('xã', 'Tân Thuận')], D).map((r) => r?.code ?? null);
    expect(out).toEqual(['910', '31072']);
  });

  it('resolves "xã Vĩnh Thuận, huyện Vĩnh Thuận": the commune under the district of the same name', () => {
    const out = resolvePlaces([q('xã', 'Vĩnh Thuận'), q('huyện', 'Vĩnh Thuận')], D).map(brief);
    expect(out).toEqual([
      ['31069', 'xã', 'Vĩnh Thuận', 'old', '910', '91'],
      ['910', 'huyện', 'Vĩnh Thuận', 'old', '91'],
    ]);
  });

  it('picks huyện Châu Thành by the province named', () => {
    const [district] = resolvePlaces([q('huyện', 'Châu Thành'), q('tỉnh', 'Kiên Giang')], D);
    expect(brief(district ?? null)).toEqual(['905', 'huyện', 'Châu Thành', 'old', '91']);
  });

  it('does not resolve a district name shared by ten provinces, nor a commune outside it', () => {
    expect(resolvePlaces([q('huyện', 'Châu Thành'), q('xã', 'Tân Thuận')], D)).toEqual([null, null]);
  });

  it('does not let a name support itself (Châu Thành, huyện Châu Thành)', () => {
    expect(resolvePlaces([q(null, 'Châu Thành'), q('huyện', 'Châu Thành')], D)).toEqual([null, null]);
  });

  it.each([
    ['phường 12, quận Gò Vấp', [q('phường', '12'), q('quận', 'Gò Vấp')], '26881', ['26882']],
    ['Phường 12 (unit in the name)', [q(null, 'Phường 12'), q('quận', 'Gò Vấp')], '26881', ['26882']],
    ['Phường 05 (zero-padded)', [q('Phường', '05'), q('quận', 'Gò Vấp')], '26887', ['26876']],
    ['Phường 13, split between two new wards', [q('phường', '13'), q('quận', 'Gò Vấp')], '26872', ['26878', '26882']],
  ] as const)('numbered ward: %s', (_label, places, code, successors) => {
    const [ward] = resolvePlaces(places, D);
    expect(ward?.code).toBe(code);
    expect(ward?.parents.map((p) => p.code)).toEqual(['764', '79']);
    expect(ward?.successors.map((s) => s.code)).toEqual(successors);
  });

  it('leaves a numbered ward without its district unresolved', () => {
    expect(resolvePlaces([q('phường', '12')], D)).toEqual([null]);
  });

  it('reads a name that starts with a unit word as a name first (phường Phường Đúc, Huế)', () => {
    const [ward] = resolvePlaces([q('phường', 'Phường Đúc')], D);
    expect(brief(ward ?? null)).toEqual(['19780', 'phường', 'Phường Đúc', 'old', '474', '46']);
    expect(ward?.successors.map((s) => s.code)).toEqual(['19789']);
  });

  it('shows a 2025 district only the mapping knows, with no code (quận Thuận Hóa)', () => {
    const [ward] = resolvePlaces([q('phường', 'Phường Đúc'), q('quận', 'Thuận Hóa')], D);
    expect(ward?.parents).toEqual([
      { code: null, unit: 'quận', name: 'Thuận Hóa' },
      { code: '46', unit: 'thành phố', name: 'Huế' },
    ]);
  });

  it('tells thị trấn from xã of the same name in one district (Quân Chu, Đại Từ)', () => {
    const out = resolvePlaces([q('thị trấn', 'Quân Chu'), q('xã', 'Quân Chu')], D).map((r) => r?.code ?? null);
    expect(out).toEqual(['05764', '05851']);
  });

  it('gives an old province its successor', () => {
    const [r] = resolvePlaces([q('tỉnh', 'Hà Giang')], D);
    expect(r?.successors.map((s) => [s.code, s.unit, s.name])).toEqual([['08', 'tỉnh', 'Tuyên Quang']]);
  });

  it('leaves "thành phố Huế" unresolved: the city in the province until 2025, the province since', () => {
    expect(resolvePlaces([q('thành phố', 'Huế')], D)).toEqual([null]);
  });
});

describe('gazetteer: from 2025-07-01', () => {
  const D = '2025-08-01';
  it.each([
    ['phường An Hội Tây', [q('phường', 'An Hội Tây')], ['26882', 'phường', 'An Hội Tây', 'new', '79']],
    ['đặc khu Côn Đảo', [q('đặc khu', 'Côn Đảo')], ['26732', 'đặc khu', 'Côn Đảo', 'new', '79']],
    ['phường Tân Thuận (the only phường of that name)', [q('phường', 'Tân Thuận')], ['27478', 'phường', 'Tân Thuận', 'new', '79']],
    ['xã Tân Thuận, tỉnh Cà Mau', [q('xã', 'Tân Thuận'), q('tỉnh', 'Cà Mau')], ['32167', 'xã', 'Tân Thuận', 'new', '96']],
    ['Hà Nội', [q(null, 'Hà Nội')], ['01', 'thành phố', 'Hà Nội', 'new']],
    ['Thành phố Hồ Chí Minh', [q('Thành phố', 'Hồ Chí Minh')], ['79', 'thành phố', 'Hồ Chí Minh', 'new']],
    ['tỉnh An Giang', [q('tỉnh', 'An Giang')], ['91', 'tỉnh', 'An Giang', 'new']],
    ['phường Thuỷ Nguyên', [q('phường', 'Thuỷ Nguyên')], ['11560', 'phường', 'Thủy Nguyên', 'new', '31']],
    ['an old province named after the change', [q('tỉnh', 'Kiên Giang')], ['91', 'tỉnh', 'Kiên Giang', 'old']],
  ] as const)('%s', (_label, places, expected) => {
    expect(brief(resolvePlaces(places, D)[0] ?? null)).toEqual(expected);
  });

  it('leaves xã Tân Thuận without its province unresolved (Hưng Yên, Cà Mau)', () => {
    expect(resolvePlaces([q('xã', 'Tân Thuận')], D)).toEqual([null]);
  });

  it('has no successors for a new unit', () => {
    expect(resolvePlaces([q('phường', 'An Hội Tây')], D)[0]?.successors).toEqual([]);
  });
});

describe('gazetteer: no date', () => {
  it('takes the old units when the document names a district', () => {
    const out = resolvePlaces([q('huyện', 'Vĩnh Thuận'), q('xã', 'Tân Thuận')], null).map(brief);
    expect(out[1]).toEqual(['31072', 'xã', 'Tân Thuận', 'old', '910', '91']);
  });

  it('takes the new units otherwise, and the old ones for a name only they have', () => {
    const out = resolvePlaces([q('xã', 'Tân Thuận'), q('tỉnh', 'Cà Mau'), q('tỉnh', 'Hà Giang')], null).map(brief);
    expect(out).toEqual([['32167', 'xã', 'Tân Thuận', 'new', '96'], ['96', 'tỉnh', 'Cà Mau', 'new'], ['02', 'tỉnh', 'Hà Giang', 'old']]);
  });
});

describe('gazetteer: what never resolves', () => {
  it.each([
    ['a unit that is not administrative', [q('vườn tràm', 'Ban Biện Phú')]],
    ['a hamlet', [q('ấp', 'Tân Thuận')]],
    ['a river named like a province', [q('sông', 'Kiên Giang')]],
    ['an unknown commune', [q('xã', 'Không Có Thật')]],
    ['a province under a district unit', [q('huyện', 'Kiên Giang')]],
    ['a province-level city as tỉnh', [q('tỉnh', 'Hồ Chí Minh')]],
    ['a commune-level name under a district unit', [q('huyện', 'Tân Thuận')]],
    ['an empty name', [q(null, '')]],
  ] as const)('%s', (_label, places) => {
    expect(resolvePlaces(places, '2024-05-01')).toEqual([null]);
    expect(resolvePlaces(places, '2025-08-01')).toEqual([null]);
  });

  it('leaves a unit-less name of units in several provinces unresolved (Vĩnh Long before 2025: communes too)', () => {
    expect(resolvePlaces([q(null, 'Vĩnh Long')], '2024-05-01')).toEqual([null]);
    expect(resolvePlaces([q('tỉnh', 'Vĩnh Long')], '2024-05-01')[0]?.code).toBe('86');
    expect(resolvePlaces([q(null, 'Vĩnh Long')], '2025-08-01')[0]?.code).toBe('86');
  });

  it('returns one result per place, in order', () => {
    expect(resolvePlaces([], null)).toEqual([]);
    expect(resolvePlaces([q('xã', 'Không Có Thật'), q(null, 'Hà Nội')], null).map((r) => r?.code ?? null)).toEqual([null, '01']);
  });
});

describe('gazetteer: every unit of both tables', () => {
  // scripts/check-gazetteer.mjs resolves each unit with its parents and alone (runs on dist/, which
  // `npm test` builds first): never a wrong code, and with its parents nearly always the right one.
  it('resolves to its own code or to none, never to another', { timeout: 60_000 }, () => {
    const out = execFileSync(process.execPath, [fileURLToPath(new URL('../../scripts/check-gazetteer.mjs', import.meta.url))], { encoding: 'utf8' });
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).toMatch(/with parents: 0 wrong, \d+ unresolved; alone: 0 wrong/u);
      expect(Number(/with parents: 0 wrong, (\d+) unresolved/u.exec(line)?.[1])).toBeLessThan(10);
    }
  });
});

import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey } from '../../src/normalize/fold.js';
import { adminTable, buildIndex, indexFile, placeKey, tableLines, type AdminEra, type IndexKind } from '../../src/lexicon/admin-units.js';
import { watchHangs } from '../hang-guard.js';

// A rewrite that loops fails the file and prints its input, instead of hanging the run.
const guarded = watchHangs();

const ERAS: AdminEra[] = ['old', 'new'];
const KINDS: IndexKind[] = ['key', 'code'];
const built = (era: AdminEra, kind: IndexKind) => new URL(`../../dist/lexicon/data/${indexFile(era, kind)}`, import.meta.url);

describe('admin-unit indexes', () => {
  // The build writes the indexes; the sources build the same text on first use.
  it.each(ERAS.flatMap((era) => KINDS.map((kind) => [era, kind] as const)))('the built %s by-%s index is the one the code builds', (era, kind) => {
    const file = built(era, kind);
    expect(existsSync(file), 'run npm run build first').toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(buildIndex(tableLines(era), kind));
  });

  it.each(ERAS)('the %s table is read as written: NFC, no cell with spaces around it', (era) => {
    for (const line of tableLines(era)) {
      expect(line.normalize('NFC')).toBe(line);
      for (const cell of line.split('\t')) expect(cell.trim()).toBe(cell);
    }
  });

  it('an index lists keys sorted, each once, and every row under its key', () => {
    const lines = tableLines('new');
    const text = buildIndex(lines, 'key').split('\n').slice(1, -1);
    const keys = text.map((line) => line.slice(0, line.indexOf('\t')));
    expect([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
    const rows = text.flatMap((line) => line.slice(line.indexOf('\t') + 1).split(',').map(Number));
    expect(rows.sort((a, b) => a - b)).toEqual(lines.map((_, i) => i));
  });

  const cases: [AdminEra, 'byKey' | 'byCode', string, string[]][] = [
    ['old', 'byKey', placeKey('Vĩnh Thuận'), ['huyện Vĩnh Thuận', 'xã Vĩnh Thuận']],
    ['old', 'byKey', placeKey('KIÊN GIANG'), ['tỉnh Kiên Giang']],
    ['old', 'byKey', placeKey('Thanh Hoá'), ['tỉnh Thanh Hóa', 'thành phố Thanh Hóa']],
    ['new', 'byKey', placeKey('Hà  Nội'), ['thành phố Hà Nội']],
    ['new', 'byCode', '01', ['thành phố Hà Nội']],
    // Not in the tables: no rows, before the first key and after the last.
    ['new', 'byKey', placeKey('Ban Biện Phú'), []],
    ['new', 'byKey', '', []],
    ['new', 'byKey', '\u{10FFFF}', []],
    ['old', 'byCode', '99999', []],
  ];
  it.each(cases)('%s %s(%j)', (era, by, key, expected) => {
    const t = adminTable(era);
    const found = t[by](key).map((i) => `${t.row(i).unit} ${t.row(i).name}`);
    for (const unit of expected) expect(found).toContain(unit);
    if (expected.length === 0) expect(found).toEqual([]);
  });

  it('placeKey unifies case, tone placement, hyphens, apostrophes and leading zeros', () => {
    expect(placeKey('Phường 01')).toBe(placeKey('phường 1'));
    expect(placeKey('Ea H’Leo')).toBe(placeKey("ea h' leo"));
    expect(placeKey('Cam Ly-Đà Lạt')).toBe(placeKey('Cam Ly - Đà Lạt'));
    expect(placeKey('Thanh Hoá')).toBe(placeKey('THANH HÓA'));
  });

  it('placeKey skips the rewrites only when they would change nothing', () => {
    const slow = (name: string) =>
      foldKey(name.normalize('NFC'))
        .replace(/[’‘`]/gu, "'")
        .replace(/\s*'\s*/gu, "'")
        .replace(/[-–—]/gu, ' ')
        .replace(/\s+/gu, ' ')
        .trim()
        .replace(/(^| )0+(?=\d)/gu, '$1');
    const pieces = fc.constantFrom('Hà', 'nội', ' ', '  ', '\t', '\u00a0', '-', '–', "'", '’', '`', '0', '01', '9', 'Ea', 'H', 'Đắk', 'hoà');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }), (parts) => {
        const name = parts.join('');
        return guarded(name, () => placeKey(name)) === slow(name);
      }),
      { numRuns: 2000 },
    );
  });
});

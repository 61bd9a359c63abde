import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExtractInput } from '../../src/extract/context.js';
import { extractPeriods } from '../../src/extract/periods.js';
import { watchHangs } from '../hang-guard.js';

// A scan that loops fails the file and prints its input, instead of hanging the run.
const guarded = watchHangs();

// The rule as one regular expression (what the extractor did before it scanned from the years):
// the extractor must find exactly what it finds, on any text.
const RULE = /(?<![\d/.\p{L}-])(?:(nhiệm kỳ|giai đoạn|thời kỳ|niên độ|năm học|\d+\s+năm)\s+)?((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})(?![\d/\p{L}-])/gu;

function byRule(key: string) {
  const out = [];
  for (const m of key.matchAll(RULE)) {
    const start = Number(m[2]);
    const end = Number(m[3]);
    if (end <= start || end - start > 30) continue;
    const kind = m[1] ? (/^\d/u.test(m[1]) ? 'kế hoạch ' + m[1] : m[1]) : null;
    out.push({ start: m.index, end: m.index + m[0].length, kind });
  }
  return out;
}

const found = (key: string) =>
  guarded(key, () => extractPeriods({ normalized: { text: key, key } } as unknown as ExtractInput)).map((p) => ({
    start: p.span.start,
    end: p.span.end,
    kind: p.value.kind,
  }));

describe('periods: scanning from the years finds what the rule finds', () => {
  it.each([
    'nhiệm kỳ 2020-2025',
    'xnhiệm kỳ 2020-2025',
    'kế hoạch 15 năm 2021-2025 và 5  năm\n2026-2030',
    'a15 năm 2021-2025',
    '2020-2025 năm 2021-2022',
    '5 năm học 2020-2021',
    'giai đoạn 2021 – 2030, giai đoạn2031-2035',
    'số 2021-2025/QĐ, ngày 20-3-2023, 0912-2020-2025',
    'thời kỳ 1990-2025 2019-2020-2021',
  ])('%j', (key) => {
    expect(found(key)).toEqual(byRule(key));
  });

  it('on any arrangement of the pieces', () => {
    const pieces = fc.constantFrom('nhiệm kỳ', 'giai đoạn', 'năm học', 'năm', '5', '12', ' ', '  ', '\n', '-', '–', '/', '.', 'x', '2020', '2021', '1999', '2045', '2025', 'a');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 14 }), (parts) => {
        const key = parts.join('');
        expect(found(key)).toEqual(byRule(key));
      }),
      { numRuns: 3000 },
    );
  });
});

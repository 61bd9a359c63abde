import { describe, expect, it } from 'vitest';
import type { Section } from '../../src/types.js';
import { prepare, OFFICIAL } from '../helpers.js';
import { splitSentences } from '../../src/sections/index.js';

function flatten(s: Section): Section[] {
  return [s, ...s.children.flatMap(flatten)];
}

function parts(text: string, format: 'text' | 'markdown' = 'text') {
  const input = prepare(text, format);
  const all = flatten(input.sections.root);
  const of = (kind: Section['kind']) => all.filter((s) => s.kind === kind).map((s) => input.normalized.text.slice(s.span.start, s.span.end));
  return { kind: input.sections.kind, of, all };
}

describe('sections: official documents', () => {
  const doc = parts(OFFICIAL);
  it.each([
    ['number-line', ['Số: 2685/QĐ-UBND']],
    ['place-date', ['Quảng Trị, ngày 17 tháng 11 năm 2025']],
    ['type-line', ['QUYẾT ĐỊNH']],
    ['subject', ['Công bố danh mục thủ tục hành chính']],
    ['authority', ['CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ']],
    ['signature', ['KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Đức Tiến']],
  ] as const)('finds the %s', (kind, expected) => {
    expect(doc.kind).toBe('official');
    expect(doc.of(kind)).toEqual(expected);
  });

  it('finds the preamble, the articles with their labels and the recipients', () => {
    expect(doc.of('preamble')[0]).toMatch(/^Căn cứ Luật/u);
    expect(doc.all.filter((s) => s.kind === 'article').map((s) => s.label)).toEqual(['Điều 1', 'Điều 2', 'Điều 3']);
    expect(doc.of('recipients')[0]).toMatch(/^Nơi nhận/u);
  });

  it('nests clauses and points under their article', () => {
    const { all } = parts(`${OFFICIAL.split('QUYẾT ĐỊNH:')[0]}QUYẾT ĐỊNH:\nĐiều 1. Giao:\n1. Sở Tài chính:\na) Rà soát;\n- Báo cáo.\n2. Sở Nội vụ.`);
    const article = all.find((s) => s.kind === 'article') as Section;
    const labels = flatten(article).filter((s) => s.label).map((s) => s.label);
    expect(labels).toEqual(['Điều 1', '1', 'a', '-', '2']);
  });

  it('treats a text without a national or Party title as a write-up', () => {
    expect(parts('Số 5 đường Lê Lợi\n\nNội dung bài viết.').kind).toBe('news');
  });
});

describe('sections: news write-ups', () => {
  const news = parts('Tiêu đề bài viết\n\nBan Thường vụ có Công văn số 5-CV/HU. Nội dung hai.\n\nYêu cầu các cơ quan thực hiện nhiệm vụ sau: rà soát; báo cáo.');
  it('gives title, lead, paragraphs and sentences', () => {
    expect(news.of('title')).toEqual(['Tiêu đề bài viết']);
    expect(news.of('lead')).toHaveLength(1);
    expect(news.of('sentence').slice(0, 2)).toEqual(['Ban Thường vụ có Công văn số 5-CV/HU.', 'Nội dung hai.']);
  });
  it('gives the enumeration after a colon with its items', () => {
    expect(news.of('item')).toEqual(['rà soát', 'báo cáo.']);
  });
});

describe('sections: sentences', () => {
  it.each([
    ['no split after an abbreviation', 'Tại TP. Hồ Chí Minh có mưa.', 1],
    ['no split inside a number', 'Chi 1.500 tỷ đồng cho dự án.', 1],
    ['a split after an ellipsis without a space', 'tài sản...Một số cấp ủy chưa quyết liệt.', 2],
    ['a split after a period', 'Câu một. Câu hai.', 2],
  ])('%s', (_name, text, count) => {
    expect(splitSentences(text, { start: 0, end: text.length })).toHaveLength(count);
  });
});

describe('sections: markdown', () => {
  it('turns headings and lists into sections', () => {
    const md = parts('# Kế hoạch\n\nNội dung.\n\n- Mục một\n- Mục hai\n', 'markdown');
    expect(md.of('title')).toEqual(['Kế hoạch']);
    expect(md.of('item')).toEqual(['Mục một', 'Mục hai']);
  });
});

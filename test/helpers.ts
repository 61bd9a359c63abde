import { decode } from '../src/decode/index.js';
import { normalize } from '../src/normalize/index.js';
import { tokenize } from '../src/tokenize/index.js';
import { buildSections } from '../src/sections/index.js';
import type { ExtractInput } from '../src/extract/context.js';
import type { InputFormat } from '../src/types.js';

/** Runs the pipeline up to the extract stage's input. */
export function prepare(text: string, format: InputFormat = 'text'): ExtractInput {
  const normalized = normalize(decode(text, { path: 't.txt', format }));
  const tokens = tokenize(normalized);
  return { normalized, tokens, sections: buildSections(normalized, tokens) };
}

export const OFFICIAL = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH QUẢNG TRỊ',
  '-------',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 2685/QĐ-UBND',
  'Quảng Trị, ngày 17 tháng 11 năm 2025',
  'QUYẾT ĐỊNH',
  'Công bố danh mục thủ tục hành chính',
  'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ',
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;',
  'Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;',
  'QUYẾT ĐỊNH:',
  'Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục.',
  'Điều 2. Sở Công Thương có trách nhiệm rà soát quy trình, hoàn thành trước ngày 18/11/2025.',
  'Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký./.',
  'Nơi nhận:',
  '- Như Điều 3;',
  '- Lưu: VT.',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'Lê Đức Tiến',
].join('\n');

/** OFFICIAL with its articles (Điều 1 up to Nơi nhận) replaced by `articles`. */
export function officialWith(articles: string): string {
  const lines = OFFICIAL.split('\n');
  const first = lines.findIndex((l) => l.startsWith('Điều 1.'));
  const end = lines.indexOf('Nơi nhận:');
  return [...lines.slice(0, first), articles, ...lines.slice(end)].join('\n');
}

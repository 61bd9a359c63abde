/**
 * Stage 4, sections: normalized text + tokens -> the document's layout. An official document
 * (national or Party title in its first lines) gets header, preamble, body structure, signature
 * and recipients; a news write-up gets title, lead, paragraphs, sentences and enumerations;
 * Markdown input its headings and lists.
 */
import type { Normalized, Sections, Token } from '../types.js';
import { splitLines, isBlank } from './lines.js';
import { buildOfficial } from './official.js';
import { buildNews } from './news.js';
import { buildMarkdown } from './markdown.js';

const OFFICIAL_TITLE = /^(?:cộng hòa xã hội chủ nghĩa việt nam|đảng cộng sản việt nam)/u;
const LOOK_LINES = 40;

export function isOfficial(key: string, lines: ReturnType<typeof splitLines>): boolean {
  let seen = 0;
  for (const line of lines) {
    if (isBlank(line)) continue;
    if (OFFICIAL_TITLE.test(key.slice(line.content.start, line.content.end))) return true;
    if (++seen >= LOOK_LINES) break;
  }
  return false;
}

export function buildSections(normalized: Normalized, _tokens: readonly Token[]): Sections {
  const { text, key } = normalized;
  const lines = splitLines(text);
  if (isOfficial(key, lines)) return { kind: 'official', lines, ...buildOfficial(text, key, lines) };
  if (normalized.source.format === 'markdown') return { kind: 'news', lines, ...buildMarkdown(normalized) };
  return { kind: 'news', lines, ...buildNews(text, key, lines) };
}

export { splitLines, isCaps } from './lines.js';
export { splitSentences } from './sentences.js';
export { labelOf } from './labels.js';

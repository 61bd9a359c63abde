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
const GREETING_FIRST = /^kính gửi\s*:/u;
const RECIPIENTS_LINE = /^nơi nhận\s*:/u;
const SIGNING_LINE = /^(?:(?:tm|kt|tl|tuq)\s?[./]\s?|(?:t\/m|k\/t|t\/l)\s?[./]?\s?)\p{L}/u;

/**
 * An official document: the national or Party title in its first lines, or, when the header was
 * lost in copying, a "Kính gửi" opening, or a "Nơi nhận" list followed or preceded by a signing
 * authority (TM., KT., TL. ...), which a news write-up never has.
 */
export function isOfficial(key: string, lines: ReturnType<typeof splitLines>): boolean {
  let seen = 0;
  for (const line of lines) {
    if (isBlank(line)) continue;
    const k = key.slice(line.content.start, line.content.end);
    if (OFFICIAL_TITLE.test(k)) return true;
    if (seen < 3 && GREETING_FIRST.test(k)) return true;
    if (++seen >= LOOK_LINES) break;
  }
  let recipients = false;
  let signing = false;
  for (const line of lines) {
    const k = key.slice(line.content.start, line.content.end);
    if (RECIPIENTS_LINE.test(k)) recipients = true;
    else if (SIGNING_LINE.test(k)) signing = true;
    if (recipients && signing) return true;
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

/**
 * The review page (issue 8): one self-contained HTML file to check a conversion at a glance, the
 * text as written with every extracted item highlighted in place, and a panel with the YAML's
 * fields linked to the highlights. See README "Review page".
 *
 *   const { result, text, spans } = parseWithSpans(input, options);
 *   const html = renderReviewPage(result, text, spans);
 */
import { parseWithSpans, type ParseOptions } from '../pipeline.js';
import type { Result } from '../types.js';
import { renderReviewPage, type ReviewOptions } from './page.js';

export { renderReviewPage, escapeHtml, type ReviewOptions } from './page.js';
export { parseFileWithSpans } from './file.js';
export { reviewItems, KINDS, KIND_ORDER, type ReviewItem, type ReviewKind } from './items.js';
export { nest, type Interval, type Node, type Piece, type TextRun } from './nest.js';

/** Parses text or bytes in memory and renders its review page: `{ result, html }`. */
export function reviewPage(input: string | Uint8Array, options: ParseOptions & ReviewOptions = {}): { result: Result; html: string } {
  const { title, ...parseOptions } = options;
  const { result, text, spans } = parseWithSpans(input, parseOptions);
  return { result, html: renderReviewPage(result, text, spans, title === undefined ? {} : { title }) };
}

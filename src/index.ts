/**
 * The library API: `parse` for text or bytes in memory, `parseFile` for a path.
 * The pipeline: decode -> normalize -> tokenize -> sections -> extract -> assemble (-> serialize).
 */
export { parse, parseFile } from './pipeline.js';
export type { ParseOptions } from './pipeline.js';
export { InputError, isInputError } from './errors.js';
export type { InputErrorCode } from './errors.js';
export { toYaml, toJson, toNdjson, formatDiagnostic, loadPalette } from './serialize/index.js';
export { outputSchema } from './serialize/schema.js';
// The review page (README "Review page"): the text with every item highlighted, as one HTML file.
export { parseWithSpans } from './pipeline.js';
export type { ParsedWithSpans } from './pipeline.js';
export type { ResultSpans } from './assemble/spans.js';
export { renderReviewPage, reviewPage, parseFileWithSpans } from './review/index.js';
export type { ReviewOptions, ReviewKind } from './review/index.js';
export type * from './types.js';

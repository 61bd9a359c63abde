/**
 * Stage 7, serialize: a `Result` -> YAML, JSON or NDJSON text, and warnings -> report lines.
 *
 * Keys are written in the order of the types (see ./order.ts), strings plain (unquoted) wherever
 * YAML allows, long lines never folded, and `null` written out, so that a reader sees every field.
 */
import { Document } from 'yaml';
import type { Result } from '../types.js';
import { colorizeYaml, loadedPalette, type Palette } from './color.js';
import { ordered } from './order.js';

export { loadPalette, colorizeYaml, type Palette } from './color.js';
export { outputSchema, type JsonSchema } from './schema.js';

export interface YamlOptions {
  /**
   * Colour the YAML with ANSI escapes. `true` uses the palette `loadPalette()` loaded (await it
   * first: chalk is imported lazily); a `Palette` is used as is.
   */
  color?: boolean | Palette;
}

/** The result as one YAML document, ending with a newline. */
export function toYaml(result: Result, options: YamlOptions = {}): string {
  const doc = new Document(ordered(result), { aliasDuplicateObjects: false, version: '1.2' });
  const text = doc.toString({ lineWidth: 0, minContentWidth: 0, nullStr: 'null', indentSeq: true });
  if (!options.color) return text;
  const palette = options.color === true ? loadedPalette() : options.color;
  if (!palette) throw new Error('toYaml: call `await loadPalette()` before asking for colour');
  return colorizeYaml(text, palette);
}

export interface JsonOptions {
  /** Indent by two spaces (default: one line). */
  pretty?: boolean;
}

/** The result as JSON, without a final newline: one line unless `pretty`. */
export function toJson(result: Result, options: JsonOptions = {}): string {
  return JSON.stringify(ordered(result), null, options.pretty ? 2 : undefined);
}

/** NDJSON: one compact JSON object per line, each line ending with a newline. */
export function toNdjson(results: Iterable<Result>): string {
  let out = '';
  for (const result of results) out += toJson(result) + '\n';
  return out;
}

export interface DiagnosticLike {
  line: number;
  column: number;
  severity: string;
  message: string;
  rule: string;
}

/**
 * One report line, like vfile-reporter: `path:line:column  warning  message  rule-id` (fields
 * separated by two spaces; a message on several lines is joined into one).
 */
export function formatDiagnostic(path: string, w: DiagnosticLike): string {
  const message = w.message.replace(/\s*[\r\n]+\s*/g, ' ');
  return `${path}:${w.line}:${w.column}  ${w.severity}  ${message}  ${w.rule}`;
}

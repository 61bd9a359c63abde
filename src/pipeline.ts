/**
 * The pipeline, stage by stage. Every stage is a pure function of its typed input: no global
 * state, so a worker thread or a streaming mapper can run it on any input in any order.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { decode } from './decode/index.js';
import { normalize } from './normalize/index.js';
import { tokenize } from './tokenize/index.js';
import { buildSections } from './sections/index.js';
import { extract } from './extract/index.js';
import { assemble } from './assemble/index.js';
import { emptySpans, mapSpans, type ResultSpans } from './assemble/spans.js';
import { InputError } from './errors.js';
import { lazy } from './lazy.js';
import type { DecodeOptions, InputFormat, Result, Span } from './types.js';

// Loaded on the first Word file only.
const mammoth = lazy<typeof import('mammoth')>('mammoth');

export type ParseOptions = DecodeOptions;

/** The stages up to extract: what `parse` and `parseWithSpans` assemble. */
function stages(input: string | Uint8Array, options: ParseOptions) {
  const decoded = decode(input, options);
  const normalized = normalize(decoded);
  const tokens = tokenize(normalized);
  const sections = buildSections(normalized, tokens);
  const extracted = extract({ normalized, tokens, sections });
  return { decoded, normalized, sections, extracted };
}

/** Runs the whole pipeline on text or bytes in memory. Throws `InputError` for unusable input. */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): Result {
  const { normalized, sections, extracted } = stages(input, options);
  return assemble(normalized, sections, extracted);
}

/** What `parseWithSpans` returns. */
export interface ParsedWithSpans {
  result: Result;
  /** The decoded input: the result's lines and columns, and the offsets in `spans`, index it. */
  text: string;
  /** Start and end of every item of `result`, as offsets into `text` (see src/assemble/spans.ts). */
  spans: ResultSpans;
}

/** `parse`, plus the decoded text and where each item is in it, start and end (the review page). */
export function parseWithSpans(input: string | Uint8Array, options: ParseOptions = {}): ParsedWithSpans {
  const { decoded, normalized, sections, extracted } = stages(input, options);
  const spans = emptySpans();
  const result = assemble(normalized, sections, extracted, spans);
  const toInput = (span: Span): Span => {
    const start = normalized.map.toInput(span.start);
    return { start, end: Math.max(start, normalized.map.toInput(span.end, 'end')) };
  };
  return { result, text: decoded.text, spans: mapSpans(spans, toInput) };
}

const FORMATS: Record<string, InputFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
};

/** The format a path's extension stands for, or null when vanban does not read it. */
export function formatOf(path: string): InputFormat | null {
  return FORMATS[extname(path).toLowerCase()] ?? null;
}

export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS).filter((ext) => ext !== '');

/** A file read for parsing: its format, and the input to give `parse` (a .docx: its raw text). */
export interface ReadInput {
  format: InputFormat;
  input: string | Uint8Array;
  /** The file's size in bytes (a .docx's text is not its bytes). */
  bytes: number;
}

/**
 * Reads one file for parsing. Throws `InputError` (never a raw Node error) for a bad input: an
 * unsupported extension, a missing, unreadable or directory path, a .docx that is not Word's.
 */
export async function readInput(path: string, options: ParseOptions = {}): Promise<ReadInput> {
  const format = options.format ?? formatOf(path);
  if (!format) {
    throw new InputError(
      'unsupported-format',
      path,
      `unsupported format '${extname(path)}': vanban reads ${SUPPORTED_EXTENSIONS.join(', ')} files`,
    );
  }
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError('is-directory', path, 'is a directory, not a file');
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('not-found', path, 'no such file');
    if (code === 'EISDIR') throw new InputError('is-directory', path, 'is a directory, not a file');
    throw new InputError('unreadable', path, `cannot read the file (${code ?? 'unknown error'})`);
  }
  if (format !== 'docx') return { format, input: bytes, bytes: bytes.length };
  return { format, input: await docxText(bytes, path), bytes: bytes.length };
}

/**
 * A Word file's text through mammoth's raw-text extraction (paragraphs on their own lines; its
 * Markdown output would escape the "-" and "." of document numbers). Positions are lines and
 * columns of that text.
 */
async function docxText(bytes: Uint8Array, path: string): Promise<string> {
  try {
    return (await mammoth().extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch {
    throw new InputError('unreadable', path, 'is not a readable .docx file (a Word 2007+ document)');
  }
}

/** A .docx result says what the file was: UTF-8 text inside, and the file's own size. */
export function withFileSource(result: Result, read: ReadInput): Result {
  if (read.format !== 'docx') return result;
  return { ...result, source: { ...result.source, encoding: 'utf-8', bytes: read.bytes } };
}

/** Reads and parses one file. Throws `InputError` (never a raw Node error) for a bad input. */
export async function parseFile(path: string, options: ParseOptions = {}): Promise<Result> {
  return parseRead(await readInput(path, options), path, options);
}

/** The result of a file already read by `readInput`. */
export function parseRead(read: ReadInput, path: string, options: ParseOptions = {}): Result {
  return withFileSource(parse(read.input, { ...options, path, format: read.format }), read);
}

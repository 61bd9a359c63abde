/**
 * `parseFileWithSpans`: `parseFile` for the review page, with the same formats and the same
 * `InputError`s, returning the decoded text and the items' spans beside the result.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { InputError } from '../errors.js';
import { formatOf, parseWithSpans, SUPPORTED_EXTENSIONS, type ParsedWithSpans, type ParseOptions } from '../pipeline.js';

/** Reads and parses one file like `parseFile`, with the text and spans the review page needs. */
export async function parseFileWithSpans(path: string, options: ParseOptions = {}): Promise<ParsedWithSpans> {
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
  if (format !== 'docx') return parseWithSpans(bytes, { ...options, path, format });
  // A Word file: its raw text, as parseFile reads it (positions are lines and columns of that text).
  let text: string;
  try {
    const { extractRawText } = (await import('mammoth')).default;
    text = (await extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch {
    throw new InputError('unreadable', path, 'is not a readable .docx file (a Word 2007+ document)');
  }
  const parsed = parseWithSpans(text, { ...options, path, format: 'docx' });
  const result = { ...parsed.result, source: { ...parsed.result.source, encoding: 'utf-8', bytes: bytes.length } };
  return { ...parsed, result };
}

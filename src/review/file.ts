/**
 * `parseFileWithSpans`: `parseFile` for the review page, with the same formats and the same
 * `InputError`s, returning the decoded text and the items' spans beside the result.
 */
import { parseWithSpans, readInput, withFileSource, type ParsedWithSpans, type ParseOptions } from '../pipeline.js';

/** Reads and parses one file like `parseFile`, with the text and spans the review page needs. */
export async function parseFileWithSpans(path: string, options: ParseOptions = {}): Promise<ParsedWithSpans> {
  const read = await readInput(path, options);
  const parsed = parseWithSpans(read.input, { ...options, path, format: read.format });
  return { ...parsed, result: withFileSource(parsed.result, read) };
}

/**
 * Modules loaded on first use, synchronously (Node >= 20.19 requires ES modules): a run that reads
 * no Markdown never loads remark, one that reads no HTML never loads htmlparser2, and franc loads
 * only for a text whose language the cheap tests cannot tell. Keeps the CLI's start fast.
 */
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

export function lazy<T>(name: string): () => T {
  let module: T | undefined;
  return () => (module ??= load(name) as T);
}

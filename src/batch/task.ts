/**
 * One unit of batch work: read (or take) an input, run the pipeline, serialize the result. The same
 * function runs in a worker thread and in the main thread, and never throws: a bad input or a bug
 * comes back as an `Outcome` with an error, so one input never stops a batch.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isInputError } from '../errors.js';
import { parse, parseRead, readInput, type ParseOptions, type ReadInput } from '../pipeline.js';
import { toJson, toYaml, type Palette } from '../serialize/index.js';
import type { InputFormat, Result, ResultWarning } from '../types.js';

export type Task =
  /** A file to read; `path` is also what `source.path` and the messages show. */
  | { kind: 'file'; path: string; encoding?: string }
  /** Text or bytes already in memory (standard input, a `--jsonl` line); `path` is shown as is. */
  | { kind: 'data'; path: string; data: string | Uint8Array; format?: InputFormat; encoding?: string };

/** How to serialize a result. */
export interface RenderOptions {
  format: 'yaml' | 'json' | 'ndjson';
  /** JSON indented by two spaces (`format: 'json'` only). */
  pretty?: boolean;
  /** Colour level for YAML: 0 none, 1-3 as chalk's. */
  color?: 0 | 1 | 2 | 3;
}

export interface TaskError {
  /** `input`: a bad input (an `InputError`); `bug`: anything else thrown. */
  kind: 'input' | 'bug';
  code: string;
  message: string;
  stack?: string;
}

export type Outcome =
  /**
   * `output`: the serialized result as UTF-8 bytes, in a buffer of its own, so a worker hands it
   * to the main thread without a copy (a transfer) and the main thread writes it without ever
   * holding it as a string: thousands of results then leave no garbage on the main thread's heap.
   */
  | { ok: true; output: Uint8Array; warnings: ResultWarning[] }
  | { ok: false; error: TaskError };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The text of an `output`. */
export function outputText(output: Uint8Array): string {
  return decoder.decode(output);
}

/**
 * A full garbage collection every this many tasks of a thread. V8 collects lazily: left alone, a
 * thread's heap keeps growing for the first few thousand inputs of a batch (from about 180 to 230
 * MB for the main thread) before it settles, so a batch of 5,000 would use more than one of 500.
 * Collecting every 100 inputs keeps it where it is after the first ones, for 1-2% of the time.
 */
export const COLLECT_EVERY = 100;

let tasksRun = 0;
let collect: (() => void) | undefined;

function collectGarbage(): void {
  if (!collect) {
    // `gc` is only defined with --expose-gc; set now, the flag gives it to contexts made after.
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
}

/**
 * Files being read ahead of their task, by path: a thread starts reading the task after the one it
 * is running (`readAhead`), so the read overlaps the parse instead of leaving the thread idle (about
 * a sixth of a batch's time on small files). At most `AHEAD_LIMIT`: a read whose task went to
 * another thread is dropped when newer ones come.
 */
const ahead = new Map<string, Promise<ReadInput>>();
const AHEAD_LIMIT = 4;

function readOptions(task: Task): ParseOptions {
  const options: ParseOptions = {};
  if (task.encoding !== undefined) options.encoding = task.encoding;
  return options;
}

/** Starts reading a file task's input now, for `runTask` to take when the task runs. */
export function readAhead(task: Task | undefined): void {
  if (task?.kind !== 'file' || ahead.has(task.path)) return;
  if (ahead.size >= AHEAD_LIMIT) ahead.delete(ahead.keys().next().value as string);
  const read = readInput(task.path, readOptions(task));
  read.catch(() => undefined); // its task reports the error when it runs
  ahead.set(task.path, read);
}

export async function runTask(task: Task, render: RenderOptions, palette?: Palette): Promise<Outcome> {
  if (++tasksRun % COLLECT_EVERY === 0) collectGarbage();
  try {
    const options = readOptions(task);
    let result: Result;
    if (task.kind === 'file') {
      const read = ahead.get(task.path) ?? readInput(task.path, options);
      ahead.delete(task.path);
      result = parseRead(await read, task.path, options);
    } else {
      options.path = task.path;
      if (task.format !== undefined) options.format = task.format;
      result = parse(task.data, options);
    }
    let text: string;
    if (render.format === 'yaml') text = toYaml(result, palette ? { color: palette } : {});
    else text = toJson(result, { pretty: render.format === 'json' && render.pretty === true });
    return { ok: true, output: encoder.encode(text), warnings: result.warnings };
  } catch (error) {
    return { ok: false, error: toTaskError(error) };
  }
}

export function toTaskError(error: unknown): TaskError {
  if (isInputError(error)) return { kind: 'input', code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  const stack = error instanceof Error ? error.stack : undefined;
  return stack === undefined ? { kind: 'bug', code: 'internal', message } : { kind: 'bug', code: 'internal', message, stack };
}

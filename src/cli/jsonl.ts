/**
 * `vanban --jsonl`: a streaming mapper. Reads JSON lines `{"id": ..., "text": ...}` on standard
 * input and writes one JSON line per input line on standard output, `{"id": ..., "result": {...}}`
 * or `{"id": ..., "line": n, "error": {"code", "message"}}`, each written as soon as it is ready (in
 * input order unless --unordered), so vanban runs unchanged under Hadoop Streaming, Spark's
 * `RDD.pipe` or GNU parallel --pipe. Blank lines are skipped. Memory stays flat: lines are read
 * only as fast as results are written.
 *
 * A bad line (not JSON, no text, an unusable text) is answered in band with an error line and does
 * not change the exit code: Hadoop Streaming and Spark's Scala `pipe` fail a task whose process
 * exits non-zero, and a retry would fail the same way, so one bad record would fail the whole job.
 * Exit codes: 0 every line answered; 1 warnings under --strict; 3 standard output could not be
 * written; 70 a bug (its line is answered with the code `internal` too).
 */
import { createInterface } from 'node:readline';
import { mapBounded, TaskRunner, type Outcome, type Task, type TaskError } from '../batch/index.js';
import { formatDiagnostic } from '../serialize/index.js';
import type { InputFormat } from '../types.js';
import { bugLine, defaultJobs, EXIT, inputErrorLine, oneLine, STDIN_PATH, type CliIo } from './common.js';
import { StreamSink } from './output.js';
import { Progress } from './progress.js';

export interface JsonlOptions {
  jobs?: number;
  unordered?: boolean;
  quiet?: boolean;
  strict?: boolean;
}

interface Line {
  /** 1-based line number in the input. */
  number: number;
  text: string;
}

interface Request {
  id: unknown;
  path: string;
  text: string;
  format?: InputFormat;
}

const FORMATS: readonly string[] = ['text', 'markdown'];

export async function runJsonl(options: JsonlOptions, ctx: CliIo): Promise<number> {
  const runner = new TaskRunner({ jobs: options.jobs ?? defaultJobs(), render: { format: 'ndjson' } });
  const progress = new Progress(ctx.stderr, undefined, Progress.wanted(ctx.stderr, options.quiet));
  const stdout = new StreamSink(ctx.stdout);
  let outputFailed = false;
  let bugs = 0;
  let warnings = 0;

  const work = async (line: Line): Promise<{ id: unknown; path: string; outcome: Outcome }> => {
    const read = readRequest(line);
    if (!('request' in read)) {
      return { id: read.id, path: STDIN_PATH, outcome: { ok: false, error: { kind: 'input', code: 'bad-line', message: read.message } } };
    }
    const { request } = read;
    // As UTF-8 bytes, so that `source.encoding` and `source.bytes` are those of the line as sent.
    const task: Task = { kind: 'data', path: request.path, data: Buffer.from(request.text, 'utf8') };
    if (request.format) task.format = request.format;
    return { id: request.id, path: request.path, outcome: await runner.run(task) };
  };

  try {
    for await (const { item, value } of mapBounded(lines(ctx.stdin), work, {
      window: runner.window,
      ordered: !options.unordered,
    })) {
      const { id, outcome } = value;
      const name = `${value.path}#${item.number}`;
      if (!outcome.ok) {
        report(outcome.error, name);
        stdout.write(
          JSON.stringify({ id, line: item.number, error: { code: outcome.error.code, message: oneLine(outcome.error.message) } }) +
            '\n',
        );
      } else {
        let warned = false;
        for (const warning of outcome.warnings) {
          if (warning.severity !== 'info') {
            warnings++;
            warned = true;
          }
          if (!options.quiet) progress.log(formatDiagnostic(name, warning));
        }
        progress.around(() => {
          stdout.write(`{"id":${JSON.stringify(id)},"result":`);
          stdout.write(outcome.output);
          stdout.write('}\n');
        });
        progress.tick(warned ? 'warned' : 'parsed');
      }
      await stdout.drain();
    }
  } finally {
    await runner.close();
  }

  function report(error: TaskError, name: string): void {
    progress.tick('failed');
    if (error.kind === 'bug') {
      bugs++;
      progress.log(bugLine(ctx.env, error, name).trimEnd());
    } else {
      progress.log(inputErrorLine(name, error));
    }
  }

  const streamError = stdout.error;
  if (streamError) {
    outputFailed = true;
    progress.log(`vanban: error: cannot write to standard output (${streamError.code ?? 'unknown error'})`);
  }
  progress.finish();
  if (bugs > 0) return EXIT.bug;
  if (outputFailed) return EXIT.input;
  if (options.strict && warnings > 0) return EXIT.warnings;
  return EXIT.ok;
}

/** The non-blank lines of standard input, numbered. */
async function* lines(stream: NodeJS.ReadableStream): AsyncGenerator<Line> {
  const reader = createInterface({ input: stream, crlfDelay: Infinity });
  let number = 0;
  for await (const text of reader) {
    number++;
    if (text.trim() !== '') yield { number, text };
  }
}

/** One input line as a request, or why it is not one (with its id when it has one). */
function readRequest(line: Line): { request: Request } | { id: unknown; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(line.text);
  } catch {
    return { id: null, message: 'not a JSON line' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { id: null, message: 'not a JSON object' };
  const record = value as Record<string, unknown>;
  const id = record['id'] ?? null;
  const text = record['text'];
  if (typeof text !== 'string') return { id, message: 'no "text" string' };
  const path = record['path'];
  if (path !== undefined && typeof path !== 'string') return { id, message: '"path" is not a string' };
  const format = record['format'];
  if (format !== undefined && (typeof format !== 'string' || !FORMATS.includes(format))) {
    return { id, message: `"format" must be one of ${FORMATS.join(', ')}` };
  }
  const request: Request = { id, path: typeof path === 'string' ? path : STDIN_PATH, text };
  if (typeof format === 'string') request.format = format as InputFormat;
  return { request };
}

/**
 * `vanban [parse]`: many inputs (files, directories, globs, `--files-from`), parsed in worker
 * threads, written to standard output as they finish (in input order unless `--unordered`), to one
 * file (`-o`) or to one file per input (`--out-dir`). One bad input never stops the batch.
 */
import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { InputError } from '../errors.js';
import { parseWithSpans } from '../pipeline.js';
import { parseFileWithSpans, renderReviewPage } from '../review/index.js';
import {
  DEFAULT_EXTENSIONS,
  expandArgument,
  mapBounded,
  outputPathFor,
  parseExtensions,
  outputText,
  TaskRunner,
  type InputSpec,
  type Outcome,
  type Task,
  type TaskError,
} from '../batch/index.js';
import { formatDiagnostic, loadPalette, type Palette } from '../serialize/index.js';
import { colorLevel } from './color.js';
import {
  bugLine,
  defaultJobs,
  errorRecord,
  EXIT,
  inputErrorLine,
  STDIN_PATH,
  UsageError,
  type CliIo,
} from './common.js';
import { AtomicFileSink, cleanUpOnSignal, removeStaleTemporaries, StreamSink, writeFileAtomic, type Sink } from './output.js';
import { Progress } from './progress.js';

export type OutputFormat = 'yaml' | 'json' | 'ndjson';

export interface ParseCommandOptions {
  format: OutputFormat;
  output?: string;
  outDir?: string;
  skipExisting?: boolean;
  /** Also write the review page of the one input to this file. */
  html?: string;
  /** Also write one review page per input under this folder, mirroring the input tree. */
  htmlDir?: string;
  filesFrom?: string;
  ext?: string[];
  encoding?: string;
  jobs?: number;
  unordered?: boolean;
  color: boolean;
  quiet?: boolean;
  strict?: boolean;
}

/** The extension of the files `--out-dir` writes, by format. */
const OUT_EXTENSION: Record<OutputFormat, string> = { yaml: '.yaml', json: '.json', ndjson: '.json' };

interface Planned {
  spec: InputSpec;
  /** Where `--out-dir` writes this input's output. */
  out?: string;
}

interface Done {
  outcome: Outcome;
  /** `--out-dir`: the output file could not be written. */
  writeError?: NodeJS.ErrnoException;
  /** The file that could not be written, when not the `--out-dir` output (a review page). */
  writeTarget?: string;
  skipped?: boolean;
}

export async function runParse(files: string[], options: ParseCommandOptions, ctx: CliIo): Promise<number> {
  const format = options.format;
  const outDir = options.outDir;
  if (options.output !== undefined && outDir !== undefined) throw new UsageError('give either -o/--output or --out-dir, not both');
  if (options.skipExisting && outDir === undefined) throw new UsageError('--skip-existing goes with --out-dir');
  if (options.html !== undefined && options.htmlDir !== undefined) throw new UsageError('give either --html or --html-dir, not both');

  // 1. The inputs.
  const extensions = options.ext ? parseExtensions(options.ext) : [...DEFAULT_EXTENSIONS];
  if (extensions.length === 0) throw new UsageError('--ext needs at least one extension');
  const args = files.length > 0 || options.filesFrom !== undefined ? files : ['-'];
  if (options.filesFrom === '-' && args.includes('-')) {
    throw new UsageError('standard input cannot be both an input and the --files-from list');
  }
  let stdinBytes: Promise<Uint8Array> | undefined;
  const readStdin = (): Promise<Uint8Array> => {
    if (!stdinBytes) {
      if (ctx.stdin.isTTY && !options.quiet) ctx.stderr.write('vanban: reading standard input (end it with Ctrl-D)\n');
      stdinBytes = readAll(ctx.stdin);
    }
    return stdinBytes;
  };

  const specs: InputSpec[] = [];
  for (const arg of args) specs.push(...(await expandArgument(arg, { extensions })));
  if (options.filesFrom !== undefined) {
    for (const line of await readList(options.filesFrom, ctx)) {
      specs.push(...(await expandListed(line, extensions)));
    }
  }
  const single = files.length <= 1 && options.filesFrom === undefined && specs.length === 1 && specs[0]?.path === args[0];

  // 2. With --out-dir, where each output goes (refusing two inputs that would share one).
  let planned: Planned[] = specs.map((spec) => ({ spec }));
  if (outDir !== undefined) planned = planOutputs(specs, outDir, OUT_EXTENSION[format]);
  if (options.html !== undefined && planned.length > 1) throw new UsageError('--html writes one page: give one input, or use --html-dir <dir>');

  // 3. How to run and where to write.
  const toFile = options.output !== undefined && options.output !== '-';
  const toStdout = !toFile && outDir === undefined;
  const level = format === 'yaml' && toStdout ? colorLevel(options.color, ctx.env, ctx.stdout) : 0;
  const palette: Palette | undefined = level > 0 ? await loadPalette(level as 1 | 2 | 3) : undefined;
  const runner = new TaskRunner({
    jobs: options.jobs ?? defaultJobs(),
    render: { format, pretty: format === 'json', color: level },
    ...(palette ? { palette } : {}),
    count: planned.length,
  });

  const progress = new Progress(ctx.stderr, planned.length, Progress.wanted(ctx.stderr, options.quiet) && planned.length > 1);
  const stdoutSink = new StreamSink(ctx.stdout);
  const fileSink = toFile ? new AtomicFileSink(options.output as string) : undefined;
  const sink: Sink = fileSink ?? stdoutSink;
  // On Ctrl-C: remove the temporary file being written, and the progress bar.
  const uninstall = !toStdout || progress.visible ? cleanUpOnSignal(() => progress.clear()) : undefined;
  // Each output folder: created, and cleared of a killed run's temporary files, once.
  const folders = new Map<string, Promise<void>>();
  const prepare = (dir: string): Promise<void> => {
    let ready = folders.get(dir);
    if (!ready) {
      ready = mkdir(dir, { recursive: true }).then(() => removeStaleTemporaries(dir));
      folders.set(dir, ready);
    }
    return ready;
  };

  const work = async ({ spec, out }: Planned): Promise<Done> => {
    if (spec.error) return { outcome: { ok: false, error: { kind: 'input', ...spec.error } } };
    if (out !== undefined) {
      try {
        await prepare(dirname(out));
      } catch (error) {
        return { outcome: { ok: true, output: EMPTY, warnings: [] }, writeError: error as NodeJS.ErrnoException };
      }
      if (options.skipExisting && (await exists(out))) {
        return { outcome: { ok: true, output: EMPTY, warnings: [] }, skipped: true };
      }
    }
    let task: Task;
    if (spec.path === '-') {
      try {
        task = { kind: 'data', path: STDIN_PATH, data: await readStdin() };
      } catch (error) {
        return { outcome: { ok: false, error: { kind: 'input', code: 'unreadable', message: (error as Error).message } } };
      }
    } else {
      task = { kind: 'file', path: spec.path };
    }
    if (options.encoding !== undefined) task.encoding = options.encoding;
    const outcome = await runner.run(task);
    // The review page: parsed again with spans, here (a page is for a person: one at a time).
    const page = options.html ?? (options.htmlDir !== undefined ? outputPathFor(spec, options.htmlDir, '.html') : undefined);
    if (page !== undefined && outcome.ok) {
      try {
        const encoding = options.encoding === undefined ? {} : { encoding: options.encoding };
        const parsedWithSpans = task.kind === 'data' ? parseWithSpans(task.data, { path: STDIN_PATH, ...encoding }) : await parseFileWithSpans(task.path, encoding);
        await mkdir(dirname(page), { recursive: true });
        await writeFileAtomic(page, new TextEncoder().encode(renderReviewPage(parsedWithSpans.result, parsedWithSpans.text, parsedWithSpans.spans, { title: task.path })));
      } catch (error) {
        return { outcome, writeError: error as NodeJS.ErrnoException, writeTarget: page };
      }
    }
    if (out === undefined || !outcome.ok) return { outcome };
    // --out-dir: write the file here, in parallel with the other inputs, and keep no text.
    try {
      await writeFileAtomic(out, withNewline(outcome.output));
      return { outcome: { ...outcome, output: EMPTY } };
    } catch (error) {
      return { outcome: { ...outcome, output: EMPTY }, writeError: error as NodeJS.ErrnoException };
    }
  };

  let parsed = 0;
  let failed = 0;
  let bugs = 0;
  let warnings = 0;
  let jsonItems = 0;
  const write = (...parts: Array<string | Uint8Array>): void => {
    const all = (): void => {
      for (const part of parts) sink.write(part);
    };
    if (toStdout) progress.around(all);
    else all();
  };

  let outputFailed = false;
  try {
    for await (const { item, value } of mapBounded(planned, work, {
      window: runner.window,
      ordered: !options.unordered,
    })) {
      const path = item.spec.path === '-' ? STDIN_PATH : item.spec.path;
      const { outcome } = value;
      if (value.skipped) {
        progress.tick('skipped');
        continue;
      }
      if (!outcome.ok) {
        report(outcome.error, path);
        if (format === 'ndjson' && outDir === undefined) write(errorRecord(path, outcome.error.code, outcome.error.message));
        continue;
      }
      let warned = false;
      for (const warning of outcome.warnings) {
        if (warning.severity !== 'info') {
          warnings++;
          warned = true;
        }
        if (!options.quiet) progress.log(formatDiagnostic(path, warning));
      }
      if (value.writeError) {
        failed++;
        progress.tick('failed');
        progress.log(`${value.writeTarget ?? item.out}: error: cannot write the output (${value.writeError.code ?? value.writeError.message})`);
        continue;
      }
      if (outDir === undefined) {
        if (format === 'yaml') {
          write(parsed > 0 ? (palette ? palette.punctuation('---') : '---') + '\n' : '', outcome.output);
        } else if (format === 'ndjson' || single) {
          write(outcome.output, '\n');
        } else {
          write((jsonItems === 0 ? '[\n' : ',\n') + indent(outputText(outcome.output)));
          jsonItems++;
        }
        if (toStdout) await stdoutSink.drain();
      }
      parsed++;
      progress.tick(warned ? 'warned' : 'parsed');
    }

    if (format === 'json' && outDir === undefined && !single) write(jsonItems > 0 ? '\n]\n' : '[]\n');
    if (fileSink) {
      try {
        if (parsed > 0) fileSink.commit();
        else fileSink.discard();
      } catch (error) {
        outputFailed = true;
        const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
        progress.log(`${options.output}: error: cannot write the output (${code})`);
      }
    }
  } finally {
    await runner.close();
    fileSink?.discard(); // after a commit, nothing left to remove
    uninstall?.();
  }

  function report(error: TaskError, path: string): void {
    if (error.kind === 'input') {
      failed++;
      progress.tick('failed');
      progress.log(inputErrorLine(path, error));
    } else {
      bugs++;
      progress.tick('failed');
      progress.log(bugLine(ctx.env, error, path).trimEnd());
    }
  }

  const streamError = stdoutSink.error;
  if (streamError) {
    outputFailed = true;
    progress.log(`vanban: error: cannot write to standard output (${streamError.code ?? 'unknown error'})`);
  }
  progress.finish();

  if (bugs > 0) return EXIT.bug;
  if (failed > 0 || outputFailed) return EXIT.input;
  if (options.strict && warnings > 0) return EXIT.warnings;
  return EXIT.ok;
}

/** Decides each input's output file; drops an input named twice; refuses two inputs sharing one output. */
function planOutputs(specs: InputSpec[], outDir: string, ext: string): Planned[] {
  const byOutput = new Map<string, string>();
  const planned: Planned[] = [];
  for (const spec of specs) {
    if (spec.path === '-') throw new UsageError('--out-dir cannot name an output for standard input: give files');
    if (spec.error) {
      planned.push({ spec });
      continue;
    }
    const out = outputPathFor(spec, outDir, ext);
    const key = resolve(out);
    const previous = byOutput.get(key);
    if (previous !== undefined) {
      if (resolve(previous) === resolve(spec.path)) continue; // the same input twice
      throw new UsageError(`${previous} and ${spec.path} would both be written to ${out}`);
    }
    byOutput.set(key, spec.path);
    planned.push({ spec, out });
  }
  return planned;
}

/** A `--files-from` line: a directory is walked, anything else is taken as a file. */
async function expandListed(line: string, extensions: readonly string[]): Promise<InputSpec[]> {
  const info = await stat(line).catch(() => undefined);
  if (info?.isDirectory()) return expandArgument(line, { extensions });
  return [{ path: line, root: process.cwd() }];
}

/** The paths of a `--files-from` list: one a line, blank lines skipped. */
async function readList(source: string, ctx: CliIo): Promise<string[]> {
  const paths: string[] = [];
  if (source === '-') {
    const lines = createInterface({ input: ctx.stdin, crlfDelay: Infinity });
    for await (const line of lines) if (line.trim() !== '') paths.push(line);
    return paths;
  }
  let text: string;
  try {
    text = await readFile(source, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new UsageError(`cannot read the --files-from list ${source} (${code})`);
  }
  for (const line of text.split(/\r?\n/)) if (line.trim() !== '') paths.push(line);
  return paths;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

export async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new InputError('unreadable', STDIN_PATH, `cannot read standard input (${code})`);
  }
  return Buffer.concat(chunks);
}

const EMPTY = new Uint8Array(0);
const NEWLINE = 0x0a;

function withNewline(output: Uint8Array): Uint8Array {
  if (output.length > 0 && output[output.length - 1] === NEWLINE) return output;
  const out = new Uint8Array(output.length + 1);
  out.set(output);
  out[output.length] = NEWLINE;
  return out;
}

function indent(text: string): string {
  return text.replace(/^/gm, '  ');
}

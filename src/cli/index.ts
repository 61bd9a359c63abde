/**
 * The command line: `vanban [parse] [files...]` and `vanban schema`. `main` returns the exit code
 * (bin/vanban.js sets it); it never calls `process.exit`, and takes its streams and environment
 * from `io` (tests pass their own).
 *
 * Exit codes: 0 done; 1 warnings under --strict; 2 usage error; 3 an input could not be read or
 * parsed (or the output file could not be written); 70 a bug in vanban.
 */
import { Command, CommanderError, Option } from 'commander';
import { InputError, isInputError } from '../errors.js';
import { parse, parseFile, SUPPORTED_EXTENSIONS } from '../pipeline.js';
import { formatDiagnostic, loadPalette, outputSchema, toJson, toYaml, type Palette } from '../serialize/index.js';
import type { Result } from '../types.js';
import { colorLevel } from './color.js';
import { BufferSink, StreamSink, writeFileAtomic, type Sink } from './output.js';
import { packageInfo } from './package-info.js';

export const EXIT = {
  ok: 0,
  warnings: 1,
  usage: 2,
  input: 3,
  bug: 70,
} as const;

export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean; getColorDepth?: () => number };
  stderr: NodeJS.WritableStream;
  env: Record<string, string | undefined>;
}

export type OutputFormat = 'yaml' | 'json' | 'ndjson';

interface ParseCommandOptions {
  format: OutputFormat;
  output?: string;
  color: boolean;
  quiet?: boolean;
  strict?: boolean;
}

const STDIN_PATH = '<stdin>';

export async function main(argv: string[], io: Partial<CliIo> = {}): Promise<number> {
  const ctx: CliIo = {
    stdin: io.stdin ?? process.stdin,
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    env: io.env ?? process.env,
  };
  let exitCode: number = EXIT.ok;
  try {
    const program = buildProgram(ctx, (code) => {
      exitCode = code;
    });
    await program.parseAsync(argv, { from: 'node' });
    return exitCode;
  } catch (error) {
    // Commander throws (exitOverride) after printing help, the version or a usage error.
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    reportBug(ctx, error);
    return EXIT.bug;
  }
}

function buildProgram(ctx: CliIo, setExitCode: (code: number) => void): Command {
  const program = new Command('vanban');
  // Set before adding commands: subcommands inherit these settings.
  program
    .description('Turn Vietnamese administrative texts into structured YAML.')
    .version(packageInfo().version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .helpCommand(false)
    .enablePositionalOptions()
    .exitOverride()
    .showHelpAfterError('(run `vanban --help` for usage)')
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      writeErr: (text) => ctx.stderr.write(text),
    });

  const action = async (files: string[], options: ParseCommandOptions): Promise<void> => {
    setExitCode(await runParse(files, options, ctx));
  };

  addParseArguments(program).action(action);
  addParseArguments(
    program
      .command('parse')
      .description('parse files (the default command: `vanban x.txt` is `vanban parse x.txt`)')
      .helpOption('-h, --help', 'show this help'),
  ).action(action);

  program
    .command('schema')
    .description('print the JSON Schema of the output')
    .helpOption('-h, --help', 'show this help')
    .action(() => {
      const sink = new StreamSink(ctx.stdout);
      sink.write(JSON.stringify(outputSchema, null, 2) + '\n');
    });

  program.addHelpText(
    'after',
    `
Inputs: ${SUPPORTED_EXTENSIONS.join(', ')} or no extension; \`-\` or no file reads standard input.

Exit codes:
  0   done
  1   the input has warnings and --strict was given
  2   usage error (unknown option, bad --format value)
  3   an input could not be read or parsed, or the output file could not be written
  70  a bug in vanban (set VANBAN_DEBUG=1 for the stack trace)`,
  );
  return program;
}

function addParseArguments(command: Command): Command {
  return command
    .argument('[files...]', 'the texts to read (`-` or none: standard input)')
    .addOption(
      new Option('--format <format>', 'output format').choices(['yaml', 'json', 'ndjson']).default('yaml'),
    )
    .option('-o, --output <file>', 'write the output to <file> (atomically) instead of standard output')
    .option('--no-color', 'never colour the output (also NO_COLOR=1; FORCE_COLOR=1 forces colour)')
    .option('-q, --quiet', 'do not print warnings on stderr')
    .option('--strict', 'exit with code 1 when an input has warnings');
}

async function runParse(files: string[], options: ParseCommandOptions, ctx: CliIo): Promise<number> {
  const inputs = files.length > 0 ? files : ['-'];
  const format = options.format;
  const toFile = options.output !== undefined && options.output !== '-';
  const level = format === 'yaml' && !toFile ? colorLevel(options.color, ctx.env, ctx.stdout) : 0;
  const palette: Palette | undefined = level > 0 ? await loadPalette(level as 1 | 2 | 3) : undefined;

  const stdoutSink = new StreamSink(ctx.stdout);
  const fileSink = toFile ? new BufferSink() : undefined;
  const sink: Sink = fileSink ?? stdoutSink;

  const json: Result[] = [];
  let parsed = 0;
  let failed = 0;
  let bugs = 0;
  let warnings = 0;
  let stdin: Promise<Uint8Array> | undefined;

  for (const input of inputs) {
    const isStdin = input === '-';
    const path = isStdin ? STDIN_PATH : input;
    try {
      let result: Result;
      if (isStdin) {
        if (!stdin) {
          if (ctx.stdin.isTTY && !options.quiet) {
            ctx.stderr.write('vanban: reading standard input (end it with Ctrl-D)\n');
          }
          stdin = readAll(ctx.stdin);
        }
        result = parse(await stdin, { path });
      } else {
        result = await parseFile(input);
      }

      for (const warning of result.warnings) {
        if (warning.severity !== 'info') warnings++;
        if (!options.quiet) ctx.stderr.write(formatDiagnostic(path, warning) + '\n');
      }

      if (format === 'yaml') {
        if (parsed > 0) sink.write((palette ? palette.punctuation('---') : '---') + '\n');
        sink.write(toYaml(result, { color: palette ?? false }));
      } else if (format === 'ndjson') {
        sink.write(toJson(result) + '\n');
      } else {
        json.push(result);
      }
      parsed++;
    } catch (error) {
      if (isInputError(error)) {
        failed++;
        ctx.stderr.write(`${path}: error: ${oneLine(error.message)} (${error.code})\n`);
        if (format === 'ndjson') sink.write(errorLine(path, error.code, error.message));
      } else {
        bugs++;
        reportBug(ctx, error, path);
        if (format === 'ndjson') sink.write(errorLine(path, 'internal', errorMessage(error)));
      }
    }
  }

  if (format === 'json') {
    if (inputs.length > 1) {
      const items = json.map((result) => indent(toJson(result, { pretty: true })));
      sink.write(items.length > 0 ? `[\n${items.join(',\n')}\n]\n` : '[]\n');
    } else if (json[0]) {
      sink.write(toJson(json[0], { pretty: true }) + '\n');
    }
  }

  let outputFailed = false;
  if (fileSink && options.output !== undefined && parsed > 0) {
    try {
      await writeFileAtomic(options.output, fileSink.text());
    } catch (error) {
      outputFailed = true;
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
      ctx.stderr.write(`${options.output}: error: cannot write the output (${code})\n`);
    }
  }
  const streamError = stdoutSink.error;
  if (streamError) {
    outputFailed = true;
    ctx.stderr.write(`vanban: error: cannot write to standard output (${streamError.code ?? 'unknown error'})\n`);
  }

  if (bugs > 0) return EXIT.bug;
  if (failed > 0 || outputFailed) return EXIT.input;
  if (options.strict && warnings > 0) return EXIT.warnings;
  return EXIT.ok;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new InputError('unreadable', STDIN_PATH, `cannot read standard input (${code})`);
  }
  return Buffer.concat(chunks);
}

function errorLine(path: string, code: string, message: string): string {
  return JSON.stringify({ source: { path }, error: { code, message } }) + '\n';
}

function indent(text: string): string {
  return text.replace(/^/gm, '  ');
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

function errorMessage(error: unknown): string {
  return oneLine(error instanceof Error ? error.message : String(error));
}

/** A bug: one line asking to report it; the stack only with VANBAN_DEBUG=1. */
function reportBug(ctx: CliIo, error: unknown, path?: string): void {
  const where = path === undefined ? '' : ` while processing ${path}`;
  const { bugs } = packageInfo();
  const report = bugs ? `please report it at ${bugs}` : 'please report it';
  const debug = ctx.env['VANBAN_DEBUG'] === '1';
  ctx.stderr.write(
    `vanban: internal error${where}: ${errorMessage(error)}. This is a bug in vanban: ${report}, with the input if you can` +
      (debug ? '.\n' : ' (set VANBAN_DEBUG=1 for the stack trace).\n'),
  );
  if (debug && error instanceof Error && error.stack) ctx.stderr.write(error.stack + '\n');
}

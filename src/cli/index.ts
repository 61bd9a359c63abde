/**
 * The command line: `vanban [parse] [files...]` (./parse.ts; `--jsonl`: ./jsonl.ts),
 * `vanban check [paths...]` (./check.ts) and `vanban schema`. `main` returns the exit code
 * (bin/vanban.js sets it); it never calls `process.exit`, and takes its streams and environment
 * from `io` (tests pass their own).
 *
 * Exit codes: 0 done; 1 warnings under --strict, or a mismatch in `check`; 2 usage error; 3 an
 * input could not be read or parsed (or an output file could not be written); 70 a bug in vanban.
 */
import { Command, CommanderError, Option } from 'commander';
import { SUPPORTED_EXTENSIONS } from '../pipeline.js';
import { DEFAULT_EXTENSIONS } from '../batch/index.js';
import { outputSchema } from '../serialize/index.js';
import { runCheck, type CheckOptions } from './check.js';
import { bugLine, collect, EXIT, parseJobs, UsageError, type CliIo } from './common.js';
import { runJsonl } from './jsonl.js';
import { StreamSink } from './output.js';
import { runParse, type ParseCommandOptions } from './parse.js';
import { packageInfo } from './package-info.js';

export { EXIT, type CliIo } from './common.js';
export type { OutputFormat } from './parse.js';

interface ParseActionOptions extends ParseCommandOptions {
  jsonl?: boolean;
}

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
    if (error instanceof UsageError) {
      ctx.stderr.write(`vanban: error: ${error.message}\n(run \`vanban --help\` for usage)\n`);
      return EXIT.usage;
    }
    ctx.stderr.write(bugLine(ctx.env, error));
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

  const action = async (files: string[], options: ParseActionOptions, command: Command): Promise<void> => {
    if (options.jsonl) {
      const conflicts: string[] = [];
      if (files.length > 0) conflicts.push('files');
      for (const name of ['output', 'outDir', 'filesFrom', 'skipExisting', 'ext', 'encoding'] as const) {
        if (options[name] !== undefined) conflicts.push(`--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
      }
      if (command.getOptionValueSource('format') === 'cli' && options.format !== 'ndjson') conflicts.push('--format');
      if (conflicts.length > 0) {
        throw new UsageError(`--jsonl reads standard input and writes JSON lines: it takes no ${conflicts.join(', ')}`);
      }
      setExitCode(await runJsonl(options, ctx));
      return;
    }
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
    .command('check')
    .description(
      'parse each input that has a sibling <name>.expected.yaml and compare (default: fixtures/); exit 1 on a mismatch',
    )
    .helpOption('-h, --help', 'show this help')
    .argument('[paths...]', 'files, directories or glob patterns (default: fixtures/)')
    .option('--update', 'rewrite the expected files that differ (and create missing ones), and say which')
    .option('--ext <list>', `extensions to take from directories (default: ${DEFAULT_EXTENSIONS.join(',')})`, collect)
    .option('-j, --jobs <n>', 'inputs parsed at once, in worker threads (default: one fewer than the cores)', parseJobs)
    .option('--no-color', 'never colour the report (also NO_COLOR=1; FORCE_COLOR=1 forces colour)')
    .action(async (paths: string[], options: CheckOptions) => {
      setExitCode(await runCheck(paths, options, ctx));
    });

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
Inputs: files (${SUPPORTED_EXTENSIONS.join(', ')} or no extension); directories, searched
recursively for ${DEFAULT_EXTENSIONS.join(', ')} (see --ext); glob patterns, quoted: 'corpus/**/*.txt';
\`-\` or no file: standard input.

Examples:
  vanban x.txt                                   YAML on standard output
  vanban corpus/ --out-dir out/ --skip-existing  one file per input, resumable
  vanban 'corpus/**/*.txt' --format ndjson       one JSON line per input, streamed in input order
  find corpus -name '*.txt' | vanban --files-from - --format ndjson
  vanban --jsonl < texts.jsonl                   streaming mapper: {"id","text"} lines in, results out
  vanban x.txt --html x.html                     also the review page: the text with every item highlighted
  vanban check                                   compare fixtures/ with their .expected.yaml

Exit codes:
  0   done
  1   the input has warnings and --strict was given; \`vanban check\`: a mismatch
  2   usage error (unknown option, bad --format value, options that do not go together)
  3   an input could not be read or parsed, or an output file could not be written
  70  a bug in vanban (set VANBAN_DEBUG=1 for the stack trace)`,
  );
  return program;
}

function addParseArguments(command: Command): Command {
  return command
    .argument('[files...]', 'files, directories or glob patterns to read (`-` or none: standard input)')
    .addOption(
      new Option('--format <format>', 'output format').choices(['yaml', 'json', 'ndjson']).default('yaml'),
    )
    .option('-o, --output <file>', 'write the output to <file> (atomically) instead of standard output')
    .option('--out-dir <dir>', 'write one file per input under <dir>, mirroring the input tree (each atomically)')
    .option('--skip-existing', 'with --out-dir: leave out the inputs whose output file exists (resume a run)')
    .option('--html <file>', 'also write the review page of the input to <file> (one self-contained HTML page)')
    .option('--html-dir <dir>', 'also write one review page per input under <dir>, mirroring the input tree')
    .option('--files-from <file>', 'also read the paths listed in <file>, one a line (`-`: standard input)')
    .option('--ext <list>', `extensions to take from directories (default: ${DEFAULT_EXTENSIONS.join(',')})`, collect)
    .option('--encoding <name>', 'read the inputs in this encoding instead of detecting it')
    .option('-j, --jobs <n>', 'inputs parsed at once, in worker threads (default: one fewer than the cores)', parseJobs)
    .option('--unordered', 'write each output as soon as it is done, not in input order')
    .option('--jsonl', 'streaming mapper: read {"id","text"} JSON lines on stdin, write one result line each')
    .option('--no-color', 'never colour the output (also NO_COLOR=1; FORCE_COLOR=1 forces colour)')
    .option('-q, --quiet', 'print no warnings, progress bar or summary on stderr')
    .option('--strict', 'exit with code 1 when an input has warnings');
}

/**
 * `vanban check [paths...]`: for every input with a sibling `<name>.expected.yaml`, parse it and
 * compare the YAML with the file, byte for byte; print the differences of each mismatch field by
 * field, and a one-line summary. `--update` rewrites the expected files instead (and creates the
 * missing ones), exactly as `vanban <input>` prints them without colour.
 *
 * Exit codes: 0 all match (or were updated); 1 a mismatch; 3 an input could not be read or an
 * expected file written; 70 a bug.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import YAML from 'yaml';
import {
  DEFAULT_EXTENSIONS,
  expandArgument,
  mapBounded,
  outputText,
  parseExtensions,
  TaskRunner,
  type InputSpec,
  type Outcome,
} from '../batch/index.js';
import { colorLevel } from './color.js';
import { bugLine, defaultJobs, EXIT, EXIT_MISMATCH, inputErrorLine, UsageError, type CliIo } from './common.js';
import { diffValues, showValue, type Difference } from './diff.js';
import { StreamSink, writeFileAtomic } from './output.js';

export interface CheckOptions {
  update?: boolean;
  ext?: string[];
  jobs?: number;
  color: boolean;
  /** How many differences to show per file (default 20). */
  maxDiffs?: number;
}

export const DEFAULT_CHECK_PATHS = ['fixtures/'];
const EXPECTED_SUFFIX = '.expected.yaml';

interface Styles {
  bad(text: string): string;
  good(text: string): string;
  field(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const plain: Styles = { bad: id, good: id, field: id, dim: id, bold: id };

function id(text: string): string {
  return text;
}

async function loadStyles(level: 1 | 2 | 3): Promise<Styles> {
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level });
  return {
    bad: (t) => chalk.red(t),
    good: (t) => chalk.green(t),
    field: (t) => chalk.cyan(t),
    dim: (t) => chalk.dim(t),
    bold: (t) => chalk.bold(t),
  };
}

interface Checked {
  outcome: Outcome;
  /** The expected file's text, or null when there is none. */
  before: string | null;
}

export async function runCheck(paths: string[], options: CheckOptions, ctx: CliIo): Promise<number> {
  const extensions = options.ext ? parseExtensions(options.ext) : [...DEFAULT_EXTENSIONS];
  if (extensions.length === 0) throw new UsageError('--ext needs at least one extension');
  const args = paths.length > 0 ? paths : DEFAULT_CHECK_PATHS;
  if (args.includes('-')) throw new UsageError('vanban check reads files, not standard input');

  const specs: InputSpec[] = [];
  const seen = new Set<string>();
  for (const arg of args) {
    for (const spec of await expandArgument(arg, { extensions })) {
      if (spec.path.endsWith(EXPECTED_SUFFIX)) continue;
      const key = resolve(spec.path);
      if (seen.has(key)) continue;
      seen.add(key);
      // Paths as seen from the current directory (`fixtures/x.txt`), as the expected files have them.
      specs.push(spec.error ? spec : { ...spec, path: fromCwd(spec.path) });
    }
  }

  const level = colorLevel(options.color, ctx.env, ctx.stdout);
  const styles = level > 0 ? await loadStyles(level as 1 | 2 | 3) : plain;
  const out = new StreamSink(ctx.stdout);
  const maxDiffs = options.maxDiffs ?? 20;
  const runner = new TaskRunner({ jobs: options.jobs ?? defaultJobs(), render: { format: 'yaml' }, count: specs.length });

  let checked = 0;
  let mismatched = 0;
  let updated = 0;
  let created = 0;
  let skipped = 0;
  let failed = 0;
  let bugs = 0;

  const work = async (spec: InputSpec): Promise<Checked | null> => {
    if (spec.error) return { outcome: { ok: false, error: { kind: 'input', ...spec.error } }, before: null };
    const before = await readFile(expectedPathOf(spec.path), 'utf8').catch(() => null);
    if (before === null && !options.update) return null;
    return { outcome: await runner.run({ kind: 'file', path: spec.path }), before };
  };

  try {
    for await (const { item: spec, value } of mapBounded(specs, work, { window: runner.window })) {
      if (value === null) {
        skipped++;
        continue;
      }
      const { outcome, before } = value;
      if (!outcome.ok) {
        if (outcome.error.kind === 'bug') {
          bugs++;
          ctx.stderr.write(bugLine(ctx.env, outcome.error, spec.path));
        } else {
          failed++;
          ctx.stderr.write(inputErrorLine(spec.path, outcome.error) + '\n');
        }
        continue;
      }
      checked++;
      const text = outputText(outcome.output);
      if (before === text) continue;
      mismatched++;
      const expectedPath = expectedPathOf(spec.path);
      if (options.update) {
        try {
          await writeFileAtomic(expectedPath, text);
        } catch (error) {
          failed++;
          const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
          ctx.stderr.write(`${expectedPath}: error: cannot write the expected file (${code})\n`);
          continue;
        }
        if (before === null) created++;
        else updated++;
        out.write(`${before === null ? 'created' : 'updated'}  ${expectedPath}\n`);
        continue;
      }
      out.write(describeMismatch(spec.path, expectedPath, before ?? '', text, styles, maxDiffs));
    }
  } finally {
    await runner.close();
  }

  let summary = `${checked} checked, ${mismatched} mismatched`;
  if (options.update) summary += ` (${updated} updated, ${created} created)`;
  if (failed + bugs > 0) summary += `, ${failed + bugs} failed`;
  if (skipped > 0) summary += `; ${skipped} without ${EXPECTED_SUFFIX} skipped`;
  const good = mismatched === 0 || options.update;
  out.write((good && failed + bugs === 0 ? styles.good(summary) : styles.bad(summary)) + '\n');

  if (bugs > 0) return EXIT.bug;
  if (failed > 0) return EXIT.input;
  if (mismatched > 0 && !options.update) return EXIT_MISMATCH;
  return EXIT.ok;
}

/** `dir/name.txt` -> `dir/name.expected.yaml`. */
export function expectedPathOf(input: string): string {
  const ext = extname(input);
  return join(dirname(input), `${basename(input, ext)}${EXPECTED_SUFFIX}`);
}

function describeMismatch(input: string, expectedPath: string, before: string, after: string, s: Styles, max: number): string {
  let differences: Difference[];
  let note = '';
  try {
    differences = diffValues(YAML.parse(before), YAML.parse(after));
  } catch (error) {
    differences = [];
    note = `the expected file is not valid YAML (${(error as Error).message.split('\n')[0]})`;
  }
  if (differences.length === 0 && note === '') note = 'same data, but the YAML text differs (run `vanban check --update`)';
  const count = differences.length === 1 ? '1 difference' : `${differences.length} differences`;
  const lines = [`${s.bad(s.bold('MISMATCH'))} ${s.bold(input)}  ${s.dim(`(vs ${expectedPath}: ${note ? note : count})`)}`];
  for (const d of differences.slice(0, max)) {
    const where = d.kind === 'missing' ? ' (missing from the output)' : d.kind === 'extra' ? ' (not in the expected file)' : '';
    lines.push(`  ${s.field(d.path)}${s.dim(where)}`);
    if (d.kind !== 'extra') lines.push(`    ${s.bad(`expected: ${showValue(d.expected)}`)}`);
    if (d.kind !== 'missing') lines.push(`    ${s.good(`actual:   ${showValue(d.actual)}`)}`);
  }
  if (differences.length > max) lines.push(s.dim(`  ... and ${differences.length - max} more`));
  return lines.join('\n') + '\n';
}

/** A path relative to the current directory when it is inside it, with `/`; otherwise as given. */
function fromCwd(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return path;
  return sep === '/' ? rel : rel.split(sep).join('/');
}

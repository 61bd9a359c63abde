/** What the commands share: exit codes, the streams, message formats. */
import { availableParallelism } from 'node:os';
import { InvalidArgumentError } from 'commander';
import type { TaskError } from '../batch/task.js';
import { packageInfo } from './package-info.js';

export const EXIT = {
  ok: 0,
  warnings: 1,
  usage: 2,
  input: 3,
  bug: 70,
} as const;

/** Exit code 1 of `vanban check`: an output differs from its expected file. */
export const EXIT_MISMATCH = 1;

export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean; getColorDepth?: () => number; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; getColorDepth?: () => number; columns?: number };
  env: Record<string, string | undefined>;
}

export const STDIN_PATH = '<stdin>';

/** A usage error found after commander parsed the line (a bad combination of options). */
export class UsageError extends Error {}

export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

export function errorMessage(error: unknown): string {
  return oneLine(error instanceof Error ? error.message : String(error));
}

/** `path: error: message (code)`, the line for an input that could not be read or parsed. */
export function inputErrorLine(path: string, error: { code: string; message: string }): string {
  return `${path}: error: ${oneLine(error.message)} (${error.code})`;
}

/** The NDJSON line for an input that failed. */
export function errorRecord(path: string, code: string, message: string): string {
  return JSON.stringify({ source: { path }, error: { code, message: oneLine(message) } }) + '\n';
}

/** A bug: one line asking to report it; the stack only with VANBAN_DEBUG=1. */
export function bugLine(env: CliIo['env'], error: unknown, path?: string): string {
  const task = isTaskError(error) ? error : undefined;
  const message = task ? oneLine(task.message) : errorMessage(error);
  const stack = task ? task.stack : error instanceof Error ? error.stack : undefined;
  const where = path === undefined ? '' : ` while processing ${path}`;
  const { bugs } = packageInfo();
  const report = bugs ? `please report it at ${bugs}` : 'please report it';
  const debug = env['VANBAN_DEBUG'] === '1';
  return (
    `vanban: internal error${where}: ${message}. This is a bug in vanban: ${report}, with the input if you can` +
    (debug ? '.\n' : ' (set VANBAN_DEBUG=1 for the stack trace).\n') +
    (debug && stack ? stack + '\n' : '')
  );
}

function isTaskError(error: unknown): error is TaskError {
  return typeof error === 'object' && error !== null && 'kind' in error && 'code' in error && !(error instanceof Error);
}

/** `--jobs`: a positive whole number. */
export function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return jobs;
}

/**
 * The default `--jobs`: one fewer than the cores. A run in one thread already keeps more than one
 * core busy (V8 collects garbage and compiles on threads of its own: about 1.5 cores on the
 * development corpus), and the main thread reads, orders and writes; on two cores two workers were
 * slower than none (BENCHMARKS.md).
 */
export function defaultJobs(cores = availableParallelism()): number {
  return Math.max(1, cores - 1);
}

/** Collects a repeatable option's values. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

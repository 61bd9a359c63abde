// Runs the BUILT command (`npm test` builds first): node bin/vanban.js ..., for the CLI tests.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const bin = join(root, 'bin/vanban.js');

// eslint-disable-next-line no-control-regex
export const ANSI = /\u001b\[/;
export const STACK = '    at ';

export interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: Record<string, string>;
}

export function env(extra: Record<string, string> = {}): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = { ...process.env, ...extra };
  if (!('FORCE_COLOR' in extra)) delete out['FORCE_COLOR'];
  if (!('NO_COLOR' in extra)) delete out['NO_COLOR'];
  delete out['VANBAN_DEBUG'];
  return out;
}

export function run(command: string, args: string[], options: RunOptions = {}): Run {
  const done = spawnSync(command, args, {
    cwd: options.cwd ?? root,
    env: env(options.env),
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: done.status, signal: done.signal, stdout: done.stdout, stderr: done.stderr };
}

export function vanban(args: string[], options: RunOptions = {}): Run {
  return run(process.execPath, [bin, ...args], options);
}

/** Runs a shell command line (for pipes through GNU parallel, script...). */
export function shell(command: string, options: RunOptions = {}): Run {
  return run('/bin/sh', ['-c', command], options);
}

/** Starts the command without waiting: for the tests that interrupt it or feed it slowly. */
export function start(args: string[], options: { cwd?: string } = {}) {
  return spawn(process.execPath, [bin, ...args], { cwd: options.cwd ?? root, env: env(), stdio: ['pipe', 'pipe', 'pipe'] });
}

export function has(command: string): boolean {
  return spawnSync('/bin/sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function assertBuilt(): void {
  if (!existsSync(join(root, 'dist/cli/index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm test` does)');
  }
}

export async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

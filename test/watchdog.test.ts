// The watchdog itself: a call that loops must end the process with the input printed. A loop in
// this process would kill the test run, so the loops run in small Node children (about 0.4 s each).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { deadlineFromEnv, startWatchdog } from './watchdog.js';

// The module as plain JS in a data: URL, so a child needs no TypeScript loader and no temp file.
const MODULE = `data:text/javascript,${encodeURIComponent(
  transformSync(readFileSync(new URL('./watchdog.ts', import.meta.url), 'utf8'), { loader: 'ts', format: 'esm' }).code,
)}`;

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs `body` in a child after `const { startWatchdog } = await import(<the module>)`. */
function child(body: string, env: Record<string, string> = {}): Promise<Exit> {
  const script = `const { startWatchdog } = await import(process.env.WATCHDOG_MODULE);\n${body}`;
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, WATCHDOG_MODULE: MODULE, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
      // If the watchdog fails, the loop must still end; SIGTERM, not the watchdog's SIGKILL.
      timeout: 10_000,
      killSignal: 'SIGTERM',
    });
    let stderr = '';
    proc.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    proc.on('error', reject);
    proc.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

/** The line after the one that announces the input. */
function printedInput(stderr: string): string {
  const lines = stderr.split('\n');
  return lines[lines.findIndex((l) => l.startsWith('[watchdog] the input')) + 1] as string;
}

describe('watchdog', () => {
  it.concurrent('kills a process whose guarded call loops, printing the test and the input as JSON', async () => {
    // The loop comes after a guarded call inside it returned: that must not mark the outer one idle.
    const input = 'ቋ΄ӞĐiều 2. "\nĐie\u0302\u0300u\u200b\u00a0𝒜';
    const exit = await child(
      `const { guarded } = startWatchdog({ label: () => 'a test > that loops' });
       guarded('fine', () => 1);
       guarded(${JSON.stringify(input)}, () => { guarded('inner', () => 2); for (;;); });`,
      { VANBAN_HANG_MS: '200' },
    );
    expect(exit.signal).toBe('SIGKILL');
    expect(exit.stderr).toContain('[watchdog] HANG in a test > that loops:');
    expect(exit.stderr).toContain('past the deadline of 200 ms (VANBAN_HANG_MS)');
    // Marks and invisible characters are escaped, so they survive a copy into a unit test.
    expect(printedInput(exit.stderr)).toBe(String.raw`"ቋ΄ӞĐiều 2. \"\nĐie\u0302\u0300u\u200b\u00a0𝒜"`);
    expect(JSON.parse(printedInput(exit.stderr))).toBe(input);
    expect(exit.stderr).not.toContain('truncated');
  });

  it.concurrent('prints other inputs as JSON, and says when it cut a long one', async () => {
    const exit = await child(
      `const { guarded } = startWatchdog({ deadlineMs: 200 });
       guarded([{ start: 1, text: 'x'.repeat(70000) }], () => { for (;;); });`,
    );
    expect(exit.signal).toBe('SIGKILL');
    expect(exit.stderr).toContain('[watchdog] HANG in a guarded call:');
    expect(printedInput(exit.stderr)).toMatch(/^\[\{"start":1,"text":"x{65000,}$/u);
    expect(exit.stderr).toMatch(/truncated: the first \d+ of 70023 UTF-16 units/u);
  });

  it.concurrent('lets a process whose calls all return exit by itself, even without stop()', async () => {
    const exit = await child(
      `const { guarded } = startWatchdog({ deadlineMs: 200 });
       let sum = 0;
       for (let i = 0; i < 1000; i++) sum += guarded('text ' + i, () => i);
       await new Promise((r) => setTimeout(r, 400));
       if (sum !== 499500) process.exit(3);`,
    );
    expect(exit).toEqual({ code: 0, signal: null, stderr: '' });
  });

  it('returns what the call returns and passes on what it throws', async () => {
    const watchdog = startWatchdog({ deadlineMs: 60_000 });
    try {
      expect(watchdog.guarded('a', () => 42)).toBe(42);
      expect(() =>
        watchdog.guarded({ a: 1 }, () => {
          throw new Error('boom');
        }),
      ).toThrow('boom');
      expect(watchdog.guarded('b', () => 'again')).toBe('again');
    } finally {
      await watchdog.stop();
    }
  });

  it('reads its deadline from VANBAN_HANG_MS, else 20 s', () => {
    expect(deadlineFromEnv('1500')).toBe(1500);
    expect(deadlineFromEnv(undefined)).toBe(20_000);
    expect(deadlineFromEnv('')).toBe(20_000);
    expect(deadlineFromEnv('soon')).toBe(20_000);
    expect(deadlineFromEnv('0')).toBe(20_000);
  });
});

// A watchdog for synchronous calls that may never return. A property test runs the code under test
// synchronously inside fc.assert, so when a bug makes it loop, vitest's timeout never gets a turn:
// the run hangs and nobody learns the input. Here a worker thread watches a shared buffer the test
// thread writes the input into before each call; when one call stays busy past the deadline, the
// worker prints the input as JSON and kills the process, which is the only way out of a busy loop.
// No vitest import, so a plain Node child can load this module (test/watchdog.test.ts does).
import { Worker } from 'node:worker_threads';

/** Header words (Int32), then the label's bytes, then the input's bytes. */
const GENERATION = 0; // bumped at the start of every call, so the worker tells calls apart
const BUSY = 1; // 1 while a call runs
const STOP = 2; // set by stop(); the worker waits on this word, so stop() wakes it at once
const LABEL_BYTES = 3;
const INPUT_BYTES = 4;
const INPUT_UNITS = 5; // the input's UTF-16 length
const INPUT_WRITTEN = 6; // how many of its UTF-16 units fitted in INPUT_MAX bytes
const JSON_INPUT = 7; // 1 when the input was not a string and is stored as JSON text
const HEADER = 8 * Int32Array.BYTES_PER_ELEMENT;
const LABEL_MAX = 1024;
/** Larger than any fixture and its mutations; a longer input is printed truncated, and says so. */
const INPUT_MAX = 64 * 1024;

const DEFAULT_DEADLINE_MS = 20_000;

/** The deadline from VANBAN_HANG_MS, or 20 s: far above any one call of the pipeline (milliseconds). */
export function deadlineFromEnv(value = process.env.VANBAN_HANG_MS): number {
  const ms = Number(value);
  return value && Number.isFinite(ms) && ms > 0 ? ms : DEFAULT_DEADLINE_MS;
}

// Plain JS for `eval: true`. It writes with fs.writeSync on fd 2: a worker's process.stderr goes
// through the test thread, which is the one stuck. SIGKILL, because the stuck thread would never
// run a handler. Under vitest's forks pool (the default) that ends one test file's child: vitest
// prints the child's stderr, reports "Worker exited unexpectedly" and exits non-zero. Under the
// threads pool the process is vitest itself, so the whole run ends (exit 137) after the message.
const WORKER = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const { buffer, deadlineMs, pollMs } = workerData;
const words = new Int32Array(buffer, 0, ${HEADER / 4});
const bytes = new Uint8Array(buffer, ${HEADER});
const text = (start, length) => new TextDecoder().decode(bytes.slice(start, start + length));
// JSON.stringify leaves marks, format and space characters raw; a terminal or an editor may drop
// or recompose them on the way to a unit test (NFD against NFC is just what such bugs hinge on).
const INVISIBLE = /[\\p{M}\\p{C}\\p{Z}]/gu;
const unit = (c) => '\\\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
const escaped = (json) => json.replace(INVISIBLE, (c) => (c === ' ' ? c : c.split('').map(unit).join('')));
let seen = -1;
let since = 0;
while (Atomics.load(words, ${STOP}) === 0) {
  Atomics.wait(words, ${STOP}, 0, pollMs);
  const generation = Atomics.load(words, ${GENERATION});
  if (Atomics.load(words, ${BUSY}) === 0 || generation !== seen) {
    seen = generation;
    since = Date.now();
    continue;
  }
  const busyMs = Date.now() - since;
  if (busyMs < deadlineMs) continue;
  const label = text(0, Atomics.load(words, ${LABEL_BYTES}));
  const stored = text(${LABEL_MAX}, Atomics.load(words, ${INPUT_BYTES}));
  const units = Atomics.load(words, ${INPUT_UNITS});
  const written = Atomics.load(words, ${INPUT_WRITTEN});
  const json = Atomics.load(words, ${JSON_INPUT}) === 1;
  // The call ended while we read: not a hang after all.
  if (Atomics.load(words, ${GENERATION}) !== generation || Atomics.load(words, ${BUSY}) === 0) continue;
  const lines = [
    '',
    '[watchdog] HANG in ' + (label || 'a guarded call') + ':',
    '[watchdog] one call has run for at least ' + busyMs + ' ms, past the deadline of ' + deadlineMs + ' ms (VANBAN_HANG_MS); killing the test process.',
    '[watchdog] the input' + (json ? ' (JSON)' : ' (a JSON string, to paste into a unit test)') + ':',
    escaped(json ? stored : JSON.stringify(stored)),
  ];
  if (written < units) lines.push('[watchdog] (truncated: the first ' + written + ' of ' + units + ' UTF-16 units)');
  writeSync(2, lines.join('\\n') + '\\n\\n');
  process.kill(process.pid, 'SIGKILL');
}
`;

export interface WatchdogOptions {
  deadlineMs?: number;
  /** Names the running call in the report, e.g. the test's name; read at the start of each call. */
  label?: () => string;
}

export interface Watchdog {
  /** Runs `run()`; if it is still running after the deadline, reports `input` and kills the process. */
  guarded<T>(input: unknown, run: () => T): T;
  /** Ends the worker (it is unref'd, so a forgotten stop() does not keep the process alive). */
  stop(): Promise<void>;
}

export function startWatchdog(options: WatchdogOptions = {}): Watchdog {
  const deadlineMs = options.deadlineMs ?? deadlineFromEnv();
  const buffer = new SharedArrayBuffer(HEADER + LABEL_MAX + INPUT_MAX);
  const words = new Int32Array(buffer, 0, HEADER / 4);
  const labelBytes = new Uint8Array(buffer, HEADER, LABEL_MAX);
  const inputBytes = new Uint8Array(buffer, HEADER + LABEL_MAX, INPUT_MAX);
  const encoder = new TextEncoder();
  // Polling, not a wake-up per call: a call then costs two atomic stores and one encodeInto.
  const pollMs = Math.max(10, Math.min(250, deadlineMs / 4));
  // No inherited flags: under --input-type=module the eval'd source would be ESM, without require.
  const worker = new Worker(WORKER, { eval: true, execArgv: [], workerData: { buffer, deadlineMs, pollMs } });
  worker.unref();
  let lastLabel: string | undefined;
  let depth = 0;

  return {
    guarded<T>(input: unknown, run: () => T): T {
      // A guarded call inside another is watched as part of it: the inner end must not mark idle.
      if (depth > 0) return run();
      if (options.label) {
        const label = options.label();
        // The same test makes many calls: encode its name once.
        if (label !== lastLabel) {
          lastLabel = label;
          words[LABEL_BYTES] = encoder.encodeInto(label, labelBytes).written;
        }
      }
      const text = typeof input === 'string' ? input : (JSON.stringify(input) ?? String(input));
      const { read, written } = encoder.encodeInto(text, inputBytes);
      words[INPUT_BYTES] = written;
      words[INPUT_UNITS] = text.length;
      words[INPUT_WRITTEN] = read;
      words[JSON_INPUT] = typeof input === 'string' ? 0 : 1;
      // Atomic stores after the plain writes: the worker that loads them sees the bytes too.
      Atomics.add(words, GENERATION, 1);
      Atomics.store(words, BUSY, 1);
      depth++;
      try {
        return run();
      } finally {
        depth--;
        Atomics.store(words, BUSY, 0);
      }
    },
    async stop(): Promise<void> {
      Atomics.store(words, STOP, 1);
      Atomics.notify(words, STOP);
      await worker.terminate();
    },
  };
}

// The watchdog (./watchdog.ts) wired for a test file: one worker per file, named after the running
// test, stopped after the file's tests.
import { relative } from 'node:path';
import { afterAll, expect } from 'vitest';
import { startWatchdog, type Watchdog } from './watchdog.js';

/**
 * Call at the top of a test file; wrap each call of the code under test in the returned function,
 * e.g. `guarded(text, () => parse(text))`. A call that does not return within VANBAN_HANG_MS (20 s)
 * prints the test and the input, and kills the file's process: vitest then reports "Worker exited
 * unexpectedly" and the run exits non-zero.
 */
export function watchHangs(): Watchdog['guarded'] {
  let test: string | undefined;
  let label = '';
  const watchdog = startWatchdog({
    label: () => {
      const { testPath, currentTestName } = expect.getState();
      // A property makes thousands of calls in one test: build its label (path.relative) once.
      if (currentTestName !== test) {
        test = currentTestName;
        label = `${testPath ? relative(process.cwd(), testPath) : '?'} > ${test ?? '?'}`;
      }
      return label;
    },
  });
  afterAll(() => watchdog.stop());
  return watchdog.guarded;
}

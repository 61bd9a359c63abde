// The default number of jobs, and files read ahead of their task (src/batch/task.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAhead, runTask, type Task } from '../../src/batch/task.js';
import { defaultJobs } from '../../src/cli/common.js';

describe('defaultJobs', () => {
  it.each([
    [1, 1],
    [2, 1],
    [4, 3],
    [16, 15],
  ])('%i cores: %i jobs', (cores, jobs) => {
    expect(defaultJobs(cores)).toBe(jobs);
  });
});

describe('readAhead', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-ahead-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const render = { format: 'ndjson' } as const;
  const text = (outcome: Awaited<ReturnType<typeof runTask>>) => (outcome.ok ? new TextDecoder().decode(outcome.output) : outcome.error);

  it('gives the outcome the task gives without it', async () => {
    const path = join(dir, 'a.txt');
    writeFileSync(path, 'Ban Thường vụ Huyện ủy có Công văn số 522-CV/HU, ngày 20-3-2023.\n');
    const task: Task = { kind: 'file', path };
    const plain = text(await runTask(task, render));
    readAhead(task);
    expect(text(await runTask(task, render))).toEqual(plain);
  });

  it('reports a file that cannot be read when its task runs, as without it', async () => {
    const task: Task = { kind: 'file', path: join(dir, 'missing.txt') };
    const plain = await runTask(task, render);
    readAhead(task);
    expect(await runTask(task, render)).toEqual(plain);
    expect(plain.ok).toBe(false);
  });

  it('reads the file again for a task whose read-ahead was dropped for newer ones', async () => {
    const paths = [0, 1, 2, 3, 4, 5].map((i) => join(dir, `f${i}.txt`));
    for (const [i, path] of paths.entries()) writeFileSync(path, `Công văn số ${i + 1}/UBND-VP.\n`);
    for (const path of paths) readAhead({ kind: 'file', path });
    const outcomes = await Promise.all(paths.map((path) => runTask({ kind: 'file', path }, render)));
    outcomes.forEach((outcome, i) => expect(text(outcome)).toContain(`"${i + 1}/UBND-VP"`));
  });

  it('ignores a task with its data in memory', async () => {
    const task: Task = { kind: 'data', path: '<stdin>', data: 'Công văn số 7/UBND-VP.\n' };
    readAhead(task);
    expect(text(await runTask(task, render))).toContain('"7/UBND-VP"');
  });
});

/**
 * Batch runs: many inputs, parsed in worker threads or in this thread, with a bounded number in
 * flight. The CLI's `parse`, `check` and `--jsonl` modes are built on this.
 */
import type { Palette } from '../serialize/index.js';
import { WorkerPool, type PoolOptions } from './pool.js';
import type { Outcome, RenderOptions, Task } from './task.js';

export { mapBounded, type MapOptions } from './map.js';
export { defaultWorkersAfterMs, WORKER_LIMITS, WorkerPool, type PoolOptions } from './pool.js';
export { outputText, runTask, toTaskError, type Outcome, type RenderOptions, type Task, type TaskError } from './task.js';
export {
  DEFAULT_EXTENSIONS,
  expandArgument,
  listExtensions,
  outputPathFor,
  parseExtensions,
  patternBase,
  type ExpandOptions,
  type InputSpec,
} from './inputs.js';

/**
 * Below this many inputs a batch runs in the main thread only, whatever `--jobs` says (see
 * ./pool.ts for how a larger batch decides to start its workers).
 */
export const MIN_INPUTS_FOR_WORKERS = 16;

export interface RunnerOptions {
  /** How many inputs to parse at once, each in a worker thread; 1 runs everything in this thread. */
  jobs: number;
  render: RenderOptions;
  /** The palette for coloured YAML in this thread (workers load their own). */
  palette?: Palette;
  /** How many inputs the batch has, when known: a small batch stays in this thread. */
  count?: number;
  /** See `PoolOptions.workersAfterMs`. */
  workersAfterMs?: number;
}

/** Runs tasks on worker threads, or in this thread for one job or a short batch. */
export class TaskRunner {
  private readonly pool: WorkerPool;
  /** How many tasks to keep in flight: enough to keep every thread busy, few enough to stay small. */
  readonly window: number;

  constructor(options: RunnerOptions) {
    const small = options.count !== undefined && options.count < MIN_INPUTS_FOR_WORKERS;
    const workers = small || options.jobs <= 1 ? 0 : options.jobs;
    const pool: PoolOptions = { workers, render: options.render };
    if (options.palette) pool.palette = options.palette;
    if (options.count !== undefined) pool.expected = options.count;
    if (options.workersAfterMs !== undefined) pool.workersAfterMs = options.workersAfterMs;
    this.pool = new WorkerPool(pool);
    this.window = Math.max(2, workers * 4);
  }

  /** Worker threads started (0: everything ran in the main thread so far). */
  get workerCount(): number {
    return this.pool.workerCount;
  }

  run(task: Task): Promise<Outcome> {
    return this.pool.run(task);
  }

  async close(): Promise<void> {
    await this.pool.close();
  }
}

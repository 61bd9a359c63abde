/**
 * Runs tasks on worker threads (node:worker_threads), or on this (main) thread when there are none.
 *
 * - The main thread starts alone. Workers start only once the batch has kept it busy for
 *   `workersAfterMs` and what is left looks three times as long: a worker needs a few hundred
 *   milliseconds to load the pipeline and its word lists, and more to warm up, so a short batch is
 *   faster in one thread.
 * - Once a worker is ready, the main thread only hands out tasks: its heap stays small.
 * - Each worker's heap is capped (`WORKER_LIMITS`), so memory is bounded by the number of workers,
 *   not by the length of the batch; V8 would otherwise let each heap grow for thousands of inputs
 *   before collecting. An input too large for a worker (its worker runs out of memory) is parsed
 *   again in the main thread, which has no cap, and the worker is replaced.
 * - A ready worker gets up to two tasks at a time, so it never waits for the next one.
 * - Tasks wait in a FIFO queue; the caller bounds how many it hands over at once (see ./map.ts).
 * - A worker that dies otherwise (a crash) fails only the tasks it held, with a `bug` outcome, and
 *   is replaced.
 */
import { Worker } from 'node:worker_threads';
import type { Palette } from '../serialize/index.js';
import { WORKER_URL } from '../paths.js';
import { readAhead, runTask, type Outcome, type RenderOptions, type Task } from './task.js';
import type { WorkerReply, WorkerRequest } from './worker.js';

interface Job {
  task: Task;
  resolve: (outcome: Outcome) => void;
}

interface Thread {
  worker: Worker;
  ready: boolean;
  /** The jobs sent to this worker and not answered yet, by request id. */
  jobs: Map<number, Job>;
  /** It ran a task before (a worker that never got ready is not replaced). */
  served: boolean;
}

/**
 * The heap of a worker: enough for a 1.5 MB text (the whole development corpus as one input parses
 * in 128 MB), small enough that 5,000 inputs use no more memory than 500 (see README, Batch runs).
 * The young generation (short-lived objects) is not cut down: capped at 16 MB, a worker parsed
 * 10-15% slower than one without limits; at 48 MB, within the noise of it
 * (`node scripts/worker-limits.mjs`). It costs about 12 MB more per worker.
 */
export const WORKER_LIMITS = { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 48 };

export interface PoolOptions {
  /** How many worker threads (0: this thread runs every task). */
  workers: number;
  render: RenderOptions;
  /** The palette for coloured YAML in this thread (workers load their own). */
  palette?: Palette;
  /** Tasks a ready worker may hold at once (default 2). */
  perWorker?: number;
  /**
   * Start the workers once the main thread has parsed for this long (default 1 s; 0: at once), and
   * only if the tasks left (of `expected`) look like taking three times as long: starting and
   * warming up a worker costs about a second of work.
   */
  workersAfterMs?: number;
  /** How many tasks the batch has, when known. */
  expected?: number;
}

/** `VANBAN_WORKERS_AFTER_MS` (tests set 0 to use workers at once), else 1 s. */
export function defaultWorkersAfterMs(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env['VANBAN_WORKERS_AFTER_MS']);
  return env['VANBAN_WORKERS_AFTER_MS'] !== undefined && Number.isFinite(value) && value >= 0 ? value : 1000;
}

export class WorkerPool {
  private readonly threads = new Set<Thread>();
  private readonly queue: Job[] = [];
  /** Tasks whose worker ran out of memory: for the main thread. */
  private readonly retries: Job[] = [];
  private readonly perWorker: number;
  private mainBusy = false;
  private nextId = 0;
  private closed = false;
  private started = false;
  /** Time the main thread spent on tasks, and how many it finished. */
  private mainMs = 0;
  private mainDone = 0;
  private finished = 0;

  constructor(private readonly options: PoolOptions) {
    this.perWorker = Math.max(1, options.perWorker ?? 2);
    if (options.workers > 0 && (options.workersAfterMs ?? defaultWorkersAfterMs()) === 0) this.startWorkers();
  }

  private startWorkers(): void {
    if (this.started || this.closed) return;
    this.started = true;
    for (let i = 0; i < this.options.workers; i++) this.spawn();
  }

  /** After a task in the main thread: start the workers if the batch looks long enough. */
  private considerWorkers(): void {
    if (this.started || this.options.workers === 0) return;
    const after = this.options.workersAfterMs ?? defaultWorkersAfterMs();
    if (this.mainMs < after) return;
    const expected = this.options.expected;
    if (expected !== undefined) {
      const left = (expected - this.finished) * (this.mainMs / Math.max(1, this.mainDone));
      if (left < 3 * after) return;
    }
    this.startWorkers();
  }

  /** Worker threads alive (ready or loading). */
  get workerCount(): number {
    return this.threads.size;
  }

  /** Runs one task; never rejects. */
  run(task: Task): Promise<Outcome> {
    if (this.closed) return Promise.resolve(failure('the worker pool is closed'));
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.pump();
    });
  }

  /** Stops every worker; tasks still queued or held by a worker get a `bug` outcome. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of [...this.queue.splice(0), ...this.retries.splice(0)]) job.resolve(failure('the worker pool was closed'));
    const threads = [...this.threads];
    this.threads.clear();
    await Promise.all(threads.map((thread) => thread.worker.terminate()));
    for (const thread of threads) for (const job of thread.jobs.values()) job.resolve(failure('the worker pool was closed'));
  }

  private pump(): void {
    if (this.retries.length > 0 && !this.mainBusy) this.runHere(this.retries.shift() as Job);
    while (this.queue.length > 0) {
      // An idle worker first, then a worker's second slot; this thread while no worker is ready.
      const thread = this.pick(1) ?? this.pick(this.perWorker);
      if (thread) {
        this.send(thread, this.queue.shift() as Job);
      } else if (!this.mainBusy && !this.anyReady()) {
        this.runHere(this.queue.shift() as Job);
      } else {
        return;
      }
    }
  }

  private anyReady(): boolean {
    for (const thread of this.threads) if (thread.ready) return true;
    return false;
  }

  /** A ready worker holding fewer than `limit` tasks, the least busy first. */
  private pick(limit: number): Thread | undefined {
    let best: Thread | undefined;
    for (const thread of this.threads) {
      if (!thread.ready || thread.jobs.size >= limit) continue;
      if (!best || thread.jobs.size < best.jobs.size) best = thread;
    }
    return best;
  }

  private send(thread: Thread, job: Job): void {
    const id = this.nextId++;
    thread.jobs.set(id, job);
    thread.served = true;
    const request: WorkerRequest = { id, task: job.task };
    thread.worker.postMessage(request);
  }

  private runHere(job: Job): void {
    this.mainBusy = true;
    // Later, so that `pump` hands out the rest of the queue before this thread gets busy.
    setImmediate(() => {
      const start = performance.now();
      const outcome = runTask(job.task, this.options.render, this.options.palette);
      readAhead(this.queue[0]?.task); // the next input is read while this one is parsed
      void outcome.then((outcome) => {
        this.mainBusy = false;
        this.mainMs += performance.now() - start;
        this.mainDone++;
        this.finished++;
        job.resolve(outcome);
        this.considerWorkers();
        this.pump();
      });
    });
  }

  private spawn(): void {
    const worker = new Worker(WORKER_URL, {
      workerData: { render: this.options.render },
      resourceLimits: WORKER_LIMITS,
    });
    const thread: Thread = { worker, ready: false, jobs: new Map(), served: false };
    this.threads.add(thread);
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'ready') {
        thread.ready = true;
      } else {
        const job = thread.jobs.get(reply.id);
        thread.jobs.delete(reply.id);
        this.finished++;
        job?.resolve(reply.outcome);
      }
      this.pump();
    });
    const lost = (reason: string, outOfMemory = false): void => {
      if (!this.threads.delete(thread)) return;
      for (const job of thread.jobs.values()) {
        if (outOfMemory && !this.closed) this.retries.push(job);
        else job.resolve(failure(reason));
      }
      thread.jobs.clear();
      if (!this.closed && thread.served) this.spawn();
      if (!this.closed) this.pump();
    };
    worker.on('error', (error: NodeJS.ErrnoException) =>
      lost(`a worker thread failed: ${error.message}`, error.code === 'ERR_WORKER_OUT_OF_MEMORY'),
    );
    worker.on('exit', (code) => lost(`a worker thread exited (code ${code})`));
  }
}

function failure(message: string): Outcome {
  return { ok: false, error: { kind: 'bug', code: 'internal', message } };
}

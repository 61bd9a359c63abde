/**
 * A worker thread of the pool (./pool.ts): says when it is ready, then runs the tasks it receives
 * one after the other and posts back each outcome. It holds one input and its result at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadPalette, type Palette } from '../serialize/index.js';
import { readAhead, runTask, type Outcome, type RenderOptions, type Task } from './task.js';

export interface WorkerRequest {
  id: number;
  task: Task;
}

export type WorkerReply = { type: 'ready' } | { type: 'done'; id: number; outcome: Outcome };

const WARM_UP =
  'ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG\nSố: 1/QĐ-UBND\nKiên Giang, ngày 1 tháng 1 năm 2025\nQUYẾT ĐỊNH\n' +
  'Điều 1. Giao Sở Tài chính, Ủy ban nhân dân huyện Vĩnh Thuận hoàn thành dự án trước ngày 30/6/2025.\n';

const port = parentPort;
if (!port) throw new Error('vanban: batch/worker.js runs only as a worker thread');

const render = (workerData as { render: RenderOptions }).render;
const palette: Palette | undefined = render.color ? await loadPalette(render.color) : undefined;

// Load the word lists (read on first use) before saying ready: until then the main thread parses.
await runTask({ kind: 'data', path: '<warm-up>', data: WARM_UP }, render, palette);

// Tasks run one at a time, in the order received.
let chain: Promise<void> = Promise.resolve();
port.on('message', (request: WorkerRequest) => {
  readAhead(request.task); // read while the task before it runs
  chain = chain.then(async () => {
    const outcome = await runTask(request.task, render, palette);
    const reply: WorkerReply = { type: 'done', id: request.id, outcome };
    port.postMessage(reply, outcome.ok ? [outcome.output.buffer as ArrayBuffer] : []);
  });
});
port.postMessage({ type: 'ready' } satisfies WorkerReply);

// What the worker heap caps cost: parses a folder of .txt files (and serializes each result to
// JSON), three rounds after one to warm up, in the main thread, in one worker thread without limits, and in one with the pool's limits
// (src/batch/pool.ts WORKER_LIMITS) or others given as old/young MB pairs; prints each time.
// Usage: node scripts/worker-limits.mjs [dir] [old/young ...]   (after npm run build)
//        e.g. node scripts/worker-limits.mjs ../shared/corpus/dev 160/16 256/48
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

async function run(dir) {
  const { parse } = await import('../dist/index.js');
  const { toJson } = await import('../dist/serialize/index.js');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f));
  const once = () => {
    for (const f of files) toJson(parse(readFileSync(f)));
  };
  once(); // warm up: a worker starts with cold code, the main thread only the first time
  const started = performance.now();
  for (let round = 0; round < 3; round++) once();
  return performance.now() - started;
}

if (isMainThread) {
  const dir = process.argv[2] ?? '../shared/corpus/dev';
  const { WORKER_LIMITS } = await import('../dist/batch/pool.js');
  const pairs = process.argv.slice(3);
  const limits = [
    ['none', {}],
    [`pool's ${WORKER_LIMITS.maxOldGenerationSizeMb}/${WORKER_LIMITS.maxYoungGenerationSizeMb}`, WORKER_LIMITS],
    ...pairs.map((p) => {
      const [old, young] = p.split('/').map(Number);
      return [p, { maxOldGenerationSizeMb: old, maxYoungGenerationSizeMb: young }];
    }),
  ];
  const inWorker = (resourceLimits) =>
    new Promise((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { dir }, resourceLimits });
      worker.once('message', (ms) => void worker.terminate().then(() => resolve(ms)));
      worker.once('error', reject);
    });
  // Twice each, alternating, on a machine with nothing else running.
  for (let round = 0; round < 2; round++) {
    console.log(`main thread                   ${(await run(dir)).toFixed(0)} ms`);
    for (const [name, l] of limits) console.log(`worker, limits ${name.padEnd(14)} ${(await inWorker(l)).toFixed(0)} ms`);
  }
} else {
  parentPort.postMessage(await run(workerData.dir));
}

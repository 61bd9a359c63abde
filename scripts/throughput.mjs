// Full-pipeline throughput in one thread, in process, against the floor (read + NFC + one
// document-number regex), over a folder of .txt files read three times; then the best of fifteen
// rounds over the folder, the steadier figure on a machine shared with other work.
// Usage: node scripts/throughput.mjs [dir]   (after npm run build; default ../shared/corpus/dev)
// It uses only dist/index.js's parse, so it also runs in a checkout of an older commit (copy it
// there with ./floor.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../dist/index.js';
import { floorPass } from './floor.mjs';

const dir = process.argv[2] ?? '../shared/corpus/dev';
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f)));
for (const bytes of files) parse(bytes); // warm up
let bytes = 0;
let started = performance.now();
for (let round = 0; round < 3; round++) for (const f of files) {
  parse(f);
  bytes += f.length;
}
const full = bytes / 1e6 / ((performance.now() - started) / 1000);
started = performance.now();
for (let round = 0; round < 3; round++) for (const f of files) floorPass(f);
const floor = bytes / 1e6 / ((performance.now() - started) / 1000);
console.log(`${(bytes / 1e6).toFixed(1)} MB  pipeline ${full.toFixed(2)} MB/s  floor ${floor.toFixed(1)} MB/s  ${((100 * full) / floor).toFixed(1)}%`);
let best = Infinity;
for (let round = 0; round < 15; round++) {
  const t = performance.now();
  for (const f of files) parse(f);
  best = Math.min(best, performance.now() - t);
}
console.log(`best of 15 rounds over the folder: ${best.toFixed(0)} ms  ${(bytes / 3 / 1e6 / (best / 1000)).toFixed(2)} MB/s`);

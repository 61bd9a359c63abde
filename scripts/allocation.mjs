// Bytes the pipeline allocates, garbage included: V8's sampling heap profiler (through the
// inspector, keeping objects the collector has already freed) over three rounds of a folder of
// .txt files after one to warm up; prints the total per input byte and the functions that
// allocate most. Sampled every 1 KB, so figures move by a percent or two between runs.
// Usage: node scripts/allocation.mjs [dir] [top]   (after npm run build; default ../shared/corpus/dev)
import { Session } from 'node:inspector/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../dist/index.js';

const dir = process.argv[2] ?? '../shared/corpus/dev';
const top = Number(process.argv[3] ?? 15);
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f)));
for (const f of files) parse(f); // warm up
const session = new Session();
session.connect();
await session.post('HeapProfiler.startSampling', {
  samplingInterval: 1024,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
for (let round = 0; round < 3; round++) for (const f of files) parse(f);
const { profile } = await session.post('HeapProfiler.stopSampling');
session.disconnect();

const nodes = new Map();
const visit = (node) => {
  nodes.set(node.id, node);
  for (const child of node.children) visit(child);
};
visit(profile.head);
let total = 0;
const bySite = new Map();
for (const sample of profile.samples) {
  const node = nodes.get(sample.nodeId);
  if (!node) continue;
  total += sample.size;
  const { functionName, url, lineNumber } = node.callFrame;
  const site = `${functionName || '(anonymous)'} ${url.replace(/^.*\/dist\//u, '')}:${lineNumber + 1}`;
  bySite.set(site, (bySite.get(site) ?? 0) + sample.size);
}
const bytes = 3 * files.reduce((sum, f) => sum + f.length, 0);
console.log(`${(total / 1e6).toFixed(0)} MB allocated for ${(bytes / 1e6).toFixed(1)} MB of input: ${(total / bytes).toFixed(0)} bytes per input byte`);
for (const [site, size] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${(size / 1e6).toFixed(1).padStart(7)} MB ${((100 * size) / total).toFixed(1).padStart(5)}%  ${site}`);
}

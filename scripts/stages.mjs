// Where the time goes: milliseconds per stage and per extractor over a folder of .txt files, one
// thread: the best of ten rounds for each stage, after one to warm up (BENCHMARKS.md, Throughput).
// A mean of a few rounds moved by 20% and more between runs; the best of ten is steadier.
// Usage: node scripts/stages.mjs [dir]   (after npm run build; default ../shared/corpus/dev)
// Extractors a checkout does not have are left out, so it also runs on older commits.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../dist/decode/index.js';
import { normalize } from '../dist/normalize/index.js';
import { tokenize } from '../dist/tokenize/index.js';
import { buildSections } from '../dist/sections/index.js';
import { extract } from '../dist/extract/index.js';
const optional = async (path, name) => (await import(path).catch(() => ({})))[name];
const extractors = [
  ['extract: document', await optional('../dist/extract/document/index.js', 'extractDocument')],
  ['extract: references', await optional('../dist/extract/references.js', 'extractReferences')],
  ['extract: tasks', await optional('../dist/extract/tasks.js', 'extractTasks')],
  ['extract: projects', await optional('../dist/extract/projects.js', 'extractProjects')],
  ['extract: places', await optional('../dist/extract/places.js', 'extractPlaces')],
  ['extract: organisations', await optional('../dist/extract/organizations.js', 'extractOrganizations')],
  ['extract: people', await optional('../dist/extract/people.js', 'extractPeople')],
  ['extract: periods', await optional('../dist/extract/periods.js', 'extractPeriods')],
].filter(([, run]) => typeof run === 'function');
import { assemble } from '../dist/assemble/index.js';

const dir = process.argv[2] ?? '../shared/corpus/dev';
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f)));
const ROUNDS = 10;
let total = {};
const best = {};
const time = (stage, run) => {
  const started = performance.now();
  const out = run();
  total[stage] = (total[stage] ?? 0) + performance.now() - started;
  return out;
};
for (let round = -1; round < ROUNDS; round++) {
  total = {};
  for (const bytes of files) {
    const decoded = time('decode', () => decode(bytes, {}));
    const normalized = time('normalize', () => normalize(decoded));
    const tokens = time('tokenize', () => tokenize(normalized));
    const sections = time('sections', () => buildSections(normalized, tokens));
    const input = { normalized, tokens, sections };
    for (const [stage, run] of extractors) time(stage, () => run(input, null));
    const extracted = extract(input);
    time('assemble', () => assemble(normalized, sections, extracted));
  }
  if (round >= 0) for (const [stage, ms] of Object.entries(total)) best[stage] = Math.min(best[stage] ?? Infinity, ms);
}
const sum = Object.values(best).reduce((a, b) => a + b, 0);
const mb = files.reduce((s, f) => s + f.length, 0) / 1e6;
console.log(`${files.length} files, ${mb.toFixed(2)} MB, best of ${ROUNDS} rounds per stage`);
for (const [stage, ms] of Object.entries(best)) {
  console.log(`${stage.padEnd(24)} ${ms.toFixed(0).padStart(5)} ms  ${((100 * ms) / sum).toFixed(0).padStart(3)}%`);
}
console.log(`${'sum (stages timed alone)'.padEnd(24)} ${sum.toFixed(0).padStart(5)} ms`);

// The output on every input the project has, one JSON line each, to show that a change meant to
// be behaviour-neutral (a speed-up, a refactor) changes nothing: the development corpus, the
// fixtures, and every annotated passage of test/data/entities. Run it before and after, then
// compare the two files (`cmp`).
// Usage: node scripts/output-snapshot.mjs [corpus dir] > out.jsonl   (after npm run build; default
// ../shared/corpus/dev, left out when absent). Uses only dist/index.js's parse, so it also runs
// in a checkout of an older commit (copy it there).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../dist/index.js';

const corpus = process.argv[2] ?? '../shared/corpus/dev';
const fixtures = new URL('../fixtures/', import.meta.url);
const entities = new URL('../test/data/entities/', import.meta.url);
const inputs = [];
if (existsSync(corpus)) {
  for (const f of readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort()) inputs.push([f, readFileSync(join(corpus, f))]);
}
for (const f of readdirSync(fixtures).filter((f) => /\.(txt|md)$/u.test(f)).sort()) inputs.push([f, readFileSync(new URL(f, fixtures))]);
for (const set of readdirSync(entities).filter((f) => f.endsWith('.jsonl')).sort()) {
  for (const line of readFileSync(new URL(set, entities), 'utf8').split('\n').filter(Boolean)) {
    const passage = JSON.parse(line);
    inputs.push([`${set}:${passage.id}`, passage.text]);
  }
}
for (const [id, input] of inputs) console.log(JSON.stringify({ id, r: parse(input) }));
console.error(`${inputs.length} inputs`);

// Header accuracy on a folder with metadata.jsonl: number, date and type, hits / total and misses.
// Usage: npm run eval -- <dir>   (default ../shared/corpus/dev). Matching: number without spaces,
// date and type exact ("Văn bản khác" and "Văn bản hợp nhất" skipped for type).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from '../dist/index.js';

const dir = process.argv[2] ?? '../shared/corpus/dev';
const meta = readFileSync(join(dir, 'metadata.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const fields = { number: [0, 0], date: [0, 0], type: [0, 0] };
const misses = [];
const check = (field, id, expected, got) => {
  fields[field][1]++;
  if (expected === got) fields[field][0]++;
  else misses.push(`${field}\t${id}\texpected ${expected}\tgot ${got}`);
};
for (const m of meta) {
  const r = await parseFile(join(dir, `${m.id}.txt`));
  check('number', m.id, m.number.replace(/\s+/g, ''), (r.document.number ?? '').replace(/\s+/g, ''));
  check('date', m.id, m.date, r.document.date);
  if (m.type !== 'Văn bản khác' && m.type !== 'Văn bản hợp nhất') check('type', m.id, m.type, r.document.type);
}
for (const [field, [hit, total]] of Object.entries(fields)) {
  console.log(`${field.padEnd(8)} ${hit}/${total} (${((100 * hit) / total).toFixed(1)}%)`);
}
if (misses.length) console.log(`\nmisses:\n${misses.join('\n')}`);

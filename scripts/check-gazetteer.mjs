// Resolves every unit of the bundled administrative-unit tables as a query, with its parent units
// named beside it and alone, and counts the codes that come out wrong or not at all: a resolution
// must never be a wrong code (unresolved is allowed). Usage: npm run build && node scripts/check-gazetteer.mjs
import { readFileSync } from 'node:fs';
import { resolvePlaces } from '../dist/extract/gazetteer.js';

const DATES = { old: '2024-06-01', new: '2025-08-01' };
for (const era of ['old', 'new']) {
  const rows = readFileSync(new URL(`../src/lexicon/data/admin-units/${era}.tsv`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .slice(1)
    .map((line) => line.split('\t'));
  const byId = new Map(rows.map(([code, unit, name, parent]) => [code, { code, unit, name, parent }]));
  const counts = { withParents: { wrong: 0, unresolved: 0 }, alone: { wrong: 0, unresolved: 0 } };
  let checked = 0;
  for (const row of byId.values()) {
    if (row.code.startsWith('~')) continue; // no official code to compare with
    checked++;
    const chain = [row];
    for (let p = byId.get(row.parent); p; p = byId.get(p.parent)) chain.push(p);
    for (const [mode, queries] of [
      ['withParents', chain.map((u) => ({ name: u.name, unit: u.unit }))],
      ['alone', [{ name: row.name, unit: row.unit }]],
    ]) {
      const got = resolvePlaces(queries, DATES[era])[0];
      if (!got?.code) counts[mode].unresolved++;
      else if (got.code !== row.code) counts[mode].wrong++;
    }
  }
  console.log(`${era}: ${checked} units; with parents: ${counts.withParents.wrong} wrong, ${counts.withParents.unresolved} unresolved; alone: ${counts.alone.wrong} wrong, ${counts.alone.unresolved} unresolved`);
}

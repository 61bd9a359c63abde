// Part of `npm run build`: writes the sorted indexes of the administrative-unit tables (by place
// key and by code) next to the compiled tables, so that a run searches them instead of
// folding 15,000 names into maps on start. Uses the compiled `buildIndex`, so an index is always
// the one the code would build (src/lexicon/admin-units.ts).
import { writeFileSync } from 'node:fs';
import { buildIndex, indexFile, tableLines } from '../dist/lexicon/admin-units.js';
import { dataUrl } from '../dist/lexicon/index.js';

for (const era of ['old', 'new']) {
  const lines = tableLines(era);
  for (const kind of ['key', 'code']) writeFileSync(dataUrl(indexFile(era, kind)), buildIndex(lines, kind));
}

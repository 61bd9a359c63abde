// Accuracy on a folder with metadata.jsonl: per field, hits / total and the misses (id, expected, got).
// Usage: npm run eval -- [dir]   (default ../shared/corpus/dev). Also scores the named entities of
// test/data/entities/passages.jsonl (precision and recall per kind).
// Matching, as issue 3 defines it:
//   number  exact after removing spaces;        date  exact (ISO);
//   type    exact ("Văn bản khác" and "Văn bản hợp nhất" skipped);
//   issuer  lenient: the metadata name without a leading "Tỉnh"/"Thành phố" is contained in
//           document.issuer or document.issuerParent, ignoring case and diacritics;
//   signer  the metadata name is contained in document.signer.name (case-insensitive).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseFile } from '../dist/index.js';
import { DEVNEWS2_PATH, DEVNEWS3_PATH, DEVNEWS4_PATH, DEVNEWS5_PATH, DEVNEWS6_PATH, DEVNEWS_PATH, evalEntities, formatScores, HELDOUT2_PATH, HELDOUT6_PATH, HELDOUT_PATH, KINDS, loadPassages, PASSAGES_PATH } from './eval-entities.mjs';
import { foldKey } from '../dist/normalize/fold.js';

const dir = process.argv[2] ?? '../shared/corpus/dev';
const metaPath = join(dir, 'metadata.jsonl');
if (!existsSync(metaPath)) {
  console.error(`eval: ${metaPath} not found (a folder with metadata.jsonl and <id>.txt files is needed)`);
  process.exit(2);
}
const meta = readFileSync(metaPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l));

const plain = (s) =>
  (s ?? '').normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/\s+/g, ' ').trim();
const lower = (s) => (s ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

const FIELDS = ['number', 'date', 'type', 'issuer', 'signer'];
const score = Object.fromEntries(FIELDS.map((f) => [f, { hit: 0, total: 0, misses: [] }]));
const check = (field, id, ok, expected, got) => {
  const s = score[field];
  s.total++;
  if (ok) s.hit++;
  else s.misses.push(`${field}\t${id}\texpected ${expected}\tgot ${got}`);
};

for (const m of meta) {
  const r = await parseFile(join(dir, `${m.id}.txt`));
  const d = r.document;
  const number = (d.number ?? '').replace(/\s+/g, '');
  check('number', m.id, m.number.replace(/\s+/g, '') === number, m.number, number);
  check('date', m.id, m.date === d.date, m.date, d.date);
  if (m.type !== 'Văn bản khác' && m.type !== 'Văn bản hợp nhất') check('type', m.id, m.type === d.type, m.type, d.type);
  if (m.issuer) {
    const want = plain(m.issuer.replace(/^(Tỉnh|Thành phố)\s+/u, ''));
    const ok = [d.issuer, d.issuerParent].some((x) => x && plain(x).includes(want));
    check('issuer', m.id, ok, m.issuer, [d.issuer, d.issuerParent].filter(Boolean).join(' / '));
  }
  if (m.signer) {
    const ok = !!d.signer?.name && foldKey(d.signer.name).includes(foldKey(m.signer));
    check('signer', m.id, ok, m.signer, d.signer?.name ?? null);
  }
}

console.log(`header fields, ${meta.length} documents (${dir})\n`);
for (const f of FIELDS) {
  const { hit, total } = score[f];
  console.log(`${f.padEnd(8)} ${String(hit).padStart(4)}/${total} (${total ? ((100 * hit) / total).toFixed(1) : '-'}%)`);
}
const misses = FIELDS.flatMap((f) => score[f].misses);
if (misses.length) console.log(`\nmisses:\n${misses.join('\n')}`);

// Named entities on the hand-annotated passages (test/data/entities, see its README): the dev set
// and the news development set the rules were written against, the first held-out set (its misses were looked at once), and
// the blind held-out sets of news passages, for reporting only: their misses are not printed.
for (const [label, path] of [
  ['dev', PASSAGES_PATH],
  ['news development', DEVNEWS_PATH],
  ['news development 2', DEVNEWS2_PATH],
  ['news development 3', DEVNEWS3_PATH],
  ['news development 4 (written blind, scored once, then tuned on)', DEVNEWS4_PATH],
  ['news development 5 (written blind, scored once, then tuned on)', DEVNEWS5_PATH],
  ['news development 6 (written blind, scored once, then tuned on)', DEVNEWS6_PATH],
  ['held-out (seen once, then tuned against)', HELDOUT_PATH],
  ['blind held-out (news, never tuned against)', HELDOUT2_PATH],
  ['blind held-out 6 (news, never tuned against)', HELDOUT6_PATH],
]) {
  const passages = loadPassages(path);
  const entities = await evalEntities(parse, passages);
  console.log(`\nnamed entities, ${label}: ${passages.length} annotated passages (${path.replace(/^.*?(test\/)/u, '$1')})\n`);
  console.log(formatScores(entities));
  const entityMisses = KINDS.flatMap((kind) => entities[kind].misses);
  if (path === HELDOUT2_PATH || path === HELDOUT6_PATH) continue; // blind: scores only, so nobody tunes against its misses
  if (entityMisses.length) console.log(`\nmisses:\n${entityMisses.map((m) => `${m.kind}\t${m.type}\t${m.id}\t${m.value}`).join('\n')}`);
}

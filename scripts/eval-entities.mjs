// Named-entity accuracy on the hand-annotated passages in test/data/entities/passages.jsonl
// (how they were annotated: test/data/entities/README.md).
//
// Usage: npm run build && node scripts/eval-entities.mjs [path]   (prints precision / recall per kind and the misses)
// `path` defaults to the dev set; pass test/data/entities/heldout.jsonl (HELDOUT_PATH), heldout-2.jsonl
// (HELDOUT2_PATH) to report on a held-out set, which is for reporting only and never for tuning, or
// test/data/entities/dev-news.jsonl (DEVNEWS_PATH), dev-news-2.jsonl (DEVNEWS2_PATH) or dev-news-3.jsonl (DEVNEWS3_PATH), written news sets that rules may be
// developed against.
// Library: evalEntities(parse[, passages]) -> { places, projects, organizations, people }, each
// { tp, fp, fn, precision, recall, misses: [{ id, kind, type: 'fp' | 'fn', value }] }.
//
// Matching, per passage and per kind, as multisets: names compared after NFC, lower case, collapsed
// spaces and one tone-mark placement (fold). Places: the units must also agree when both are given.
// Organisations: UBND, HĐND, MTTQ, BCH are expanded on both sides before comparing.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const PASSAGES_PATH = join(dirname(fileURLToPath(import.meta.url)), '../test/data/entities/passages.jsonl');
export const HELDOUT_PATH = join(dirname(fileURLToPath(import.meta.url)), '../test/data/entities/heldout.jsonl');
export const HELDOUT2_PATH = join(dirname(fileURLToPath(import.meta.url)), '../test/data/entities/heldout-2.jsonl');
export const HELDOUT6_PATH = join(dirname(fileURLToPath(import.meta.url)), '../test/data/entities/heldout-6.jsonl');
export const DEVNEWS6_PATH = join(dirname(fileURLToPath(import.meta.url)), '../test/data/entities/dev-news-6.jsonl');
export const DEVNEWS5_PATH = join(dirname(fileURLToPath(import.meta.url)), '../test/data/entities/dev-news-5.jsonl');
export const DEVNEWS4_PATH = join(dirname(fileURLToPath(import.meta.url)), '../test/data/entities/dev-news-4.jsonl');
export const DEVNEWS_PATH = join(dirname(fileURLToPath(import.meta.url)), '../test/data/entities/dev-news.jsonl');
export const DEVNEWS2_PATH = join(dirname(fileURLToPath(import.meta.url)), '../test/data/entities/dev-news-2.jsonl');
export const DEVNEWS3_PATH = join(dirname(fileURLToPath(import.meta.url)), '../test/data/entities/dev-news-3.jsonl');
export const KINDS = ['places', 'projects', 'organizations', 'people'];
export const TARGETS = {
  places: { precision: 0.95, recall: 0.9 },
  projects: { precision: 0.95, recall: 0.9 },
  organizations: { precision: 0.9, recall: 0.85 },
};

// Old-style tone placement (hoà, thuỷ) -> new style (hòa, thủy): both occur, NFC does not unify them.
const TONE_PAIRS = [
  ['oà', 'òa'], ['oá', 'óa'], ['oả', 'ỏa'], ['oã', 'õa'], ['oạ', 'ọa'],
  ['oè', 'òe'], ['oé', 'óe'], ['oẻ', 'ỏe'], ['oẽ', 'õe'], ['oẹ', 'ọe'],
  ['uỳ', 'ùy'], ['uý', 'úy'], ['uỷ', 'ủy'], ['uỹ', 'ũy'], ['uỵ', 'ụy'],
];
const TONE_RE = new RegExp(TONE_PAIRS.map(([old]) => old).join('|'), 'g');
const TONE_MAP = Object.fromEntries(TONE_PAIRS);

/** Lower-case text with one tone-mark placement: fold('Uỷ ban') === fold('Ủy ban'). */
export function fold(text) {
  return text.normalize('NFC').toLowerCase().replace(TONE_RE, (m) => TONE_MAP[m]);
}

/** The comparison key of a name: folded, spaces collapsed. */
export function normName(name) {
  return fold(String(name ?? '')).replace(/\s+/gu, ' ').trim();
}

const ABBREVIATIONS = [
  ['ubnd', 'ủy ban nhân dân'],
  ['hđnd', 'hội đồng nhân dân'],
  ['mttq', 'mặt trận tổ quốc'],
  ['bch', 'ban chấp hành'],
];

/** A folded text with the organisation abbreviations written out. */
export function expandAbbreviations(folded) {
  let out = folded;
  for (const [short, long] of ABBREVIATIONS) {
    out = out.replace(new RegExp(`(?<!\\p{L})${short}(?!\\p{L})`, 'gu'), long);
  }
  return out;
}

const orgKey = (item) => expandAbbreviations(normName(item.name));
const unitKey = (item) => (item.unit == null || item.unit === '' ? null : normName(item.unit));

/** Whether a predicted item counts for a gold item; `strict` also requires equal units (null = null). */
function matches(kind, gold, got, strict) {
  if (kind === 'organizations') return orgKey(gold) === orgKey(got);
  if (normName(gold.name) !== normName(got.name)) return false;
  if (kind !== 'places') return true;
  const [a, b] = [unitKey(gold), unitKey(got)];
  return strict ? a === b : a === null || b === null || a === b;
}

function describe(kind, item) {
  if (kind === 'places') return item.unit ? `${item.name} [${item.unit}]` : String(item.name);
  if (kind === 'projects') return `${item.name} [${item.kind ?? ''}] ${item.text ?? ''}`.trim();
  if (kind === 'people') return item.title ? `${item.name} [${item.title}]` : String(item.name);
  return String(item.name);
}

/** Multiset matching of one passage's items of one kind: exact pairs first, then lenient ones. */
export function matchItems(kind, gold, predicted) {
  const goldLeft = [...gold];
  const gotLeft = [...predicted];
  let tp = 0;
  for (const strict of [true, false]) {
    for (let g = 0; g < goldLeft.length; g++) {
      const p = gotLeft.findIndex((got) => matches(kind, goldLeft[g], got, strict));
      if (p < 0) continue;
      tp++;
      goldLeft.splice(g--, 1);
      gotLeft.splice(p, 1);
    }
  }
  return { tp, fn: goldLeft, fp: gotLeft };
}

export function loadPassages(path = PASSAGES_PATH) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
}

const ratio = (a, b) => (b === 0 ? null : a / b);

/**
 * Runs `parse` (sync or async, text -> vanban Result) on every passage and scores its places,
 * projects, organizations and people (a missing array counts as empty).
 */
export async function evalEntities(parse, passages = loadPassages()) {
  const scores = Object.fromEntries(KINDS.map((kind) => [kind, { tp: 0, fp: 0, fn: 0, misses: [] }]));
  for (const passage of passages) {
    const result = (await parse(passage.text)) ?? {};
    for (const kind of KINDS) {
      const { tp, fn, fp } = matchItems(kind, passage[kind] ?? [], result[kind] ?? []);
      const score = scores[kind];
      score.tp += tp;
      score.fn += fn.length;
      score.fp += fp.length;
      for (const item of fn) score.misses.push({ id: passage.id, kind, type: 'fn', value: describe(kind, item) });
      for (const item of fp) score.misses.push({ id: passage.id, kind, type: 'fp', value: describe(kind, item) });
    }
  }
  for (const score of Object.values(scores)) {
    score.precision = ratio(score.tp, score.tp + score.fp);
    score.recall = ratio(score.tp, score.tp + score.fn);
  }
  return scores;
}

const pct = (x) => (x === null ? '-' : `${(100 * x).toFixed(1)}%`);

/** The table printed by the command line. */
export function formatScores(scores) {
  const rows = [['kind', 'precision', 'recall', 'tp', 'fp', 'fn', 'target P/R']];
  for (const kind of KINDS) {
    const s = scores[kind];
    const t = TARGETS[kind];
    rows.push([kind, pct(s.precision), pct(s.recall), s.tp, s.fp, s.fn, t ? `${pct(t.precision)}/${pct(t.recall)}` : '-']);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ')).join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { parse } = await import('../dist/index.js');
  const path = process.argv[2] ? resolve(process.argv[2]) : PASSAGES_PATH;
  const passages = loadPassages(path);
  const scores = await evalEntities(parse, passages);
  console.log(`${passages.length} passages (${path})\n`);
  console.log(formatScores(scores));
  const misses = KINDS.flatMap((kind) => scores[kind].misses);
  if (misses.length) {
    console.log('\nmisses:');
    for (const m of misses) console.log(`${m.type}\t${m.kind}\t${m.id}\t${m.value}`);
  }
}

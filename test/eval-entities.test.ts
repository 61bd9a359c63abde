/**
 * The named-entity test sets (test/data/entities/passages.jsonl, the dev set, the written news
 * development sets dev-news.jsonl, dev-news-2.jsonl and dev-news-3.jsonl, and the held-out sets heldout.jsonl,
 * heldout-2.jsonl; dev-news-4.jsonl, dev-news-5.jsonl and dev-news-6.jsonl were written blind too) and their scorer (scripts/eval-entities.mjs): the scorer on tiny fake results, and the data's own consistency.
 * Nothing here runs vanban on a held-out set.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without type declarations
import * as scorer from '../scripts/eval-entities.mjs';

interface Place { name: string; unit: string | null }
interface Project { name: string; kind: string; text: string }
interface Org { name: string }
interface Person { name: string; title?: string | null }
interface Passage {
  id: string;
  source: string;
  /** Only on passages written for a set (`source: "written:news"`). */
  note?: string;
  text: string;
  places: Place[];
  projects: Project[];
  organizations: Org[];
  people: Person[];
}
interface Score { tp: number; fp: number; fn: number; precision: number | null; recall: number | null; misses: { id: string; kind: string; type: string; value: string }[] }
type Scores = Record<'places' | 'projects' | 'organizations' | 'people', Score>;

const { evalEntities, fold, normName, expandAbbreviations, loadPassages, KINDS, HELDOUT_PATH, HELDOUT2_PATH, HELDOUT6_PATH, DEVNEWS6_PATH, DEVNEWS5_PATH, DEVNEWS4_PATH, DEVNEWS_PATH, DEVNEWS2_PATH, DEVNEWS3_PATH } = scorer as {
  evalEntities: (parse: (text: string) => unknown, passages?: Passage[]) => Promise<Scores>;
  fold: (text: string) => string;
  normName: (text: string) => string;
  expandAbbreviations: (text: string) => string;
  loadPassages: (path?: string) => Passage[];
  KINDS: (keyof Scores)[];
  HELDOUT_PATH: string;
  HELDOUT2_PATH: string;
  HELDOUT6_PATH: string;
  DEVNEWS6_PATH: string;
  DEVNEWS5_PATH: string;
  DEVNEWS4_PATH: string;
  DEVNEWS_PATH: string;
  DEVNEWS2_PATH: string;
  DEVNEWS3_PATH: string;
};

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(ROOT, '../shared');

const gold: Passage = {
  id: 'fake-1',
  source: 'fake',
  text: 'Ủy ban nhân dân huyện Vĩnh Thuận xây dựng đường ven sông Cái Lớn; đồng chí Nguyễn Văn A dự.',
  places: [{ name: 'Vĩnh Thuận', unit: 'huyện' }, { name: 'Cái Lớn', unit: 'sông' }],
  projects: [{ name: 'Cái Lớn', kind: 'đường', text: 'đường ven sông Cái Lớn' }],
  organizations: [{ name: 'Ủy ban nhân dân huyện Vĩnh Thuận' }],
  people: [{ name: 'Nguyễn Văn A', title: null }],
};
const perfect = () => ({
  places: gold.places,
  projects: gold.projects,
  organizations: gold.organizations,
  people: gold.people,
});

describe('scorer', () => {
  it('gives precision and recall 1 for a perfect result', async () => {
    const scores = await evalEntities(perfect, [gold]);
    for (const kind of KINDS) {
      expect(scores[kind]).toMatchObject({ precision: 1, recall: 1, fp: 0, fn: 0, misses: [] });
    }
    expect(scores.places.tp).toBe(2);
  });

  it('accepts an async parse', async () => {
    const scores = await evalEntities(async () => perfect(), [gold]);
    expect(scores.organizations.precision).toBe(1);
  });

  it('lowers precision for one extra item and recall for one missing item', async () => {
    const scores = await evalEntities(
      () => ({ ...perfect(), places: [...gold.places, { name: 'Huyện ủy', unit: null }], projects: [] }),
      [gold],
    );
    expect(scores.places).toMatchObject({ tp: 2, fp: 1, fn: 0, recall: 1 });
    expect(scores.places.precision).toBeCloseTo(2 / 3);
    expect(scores.places.misses).toEqual([{ id: 'fake-1', kind: 'places', type: 'fp', value: 'Huyện ủy' }]);
    expect(scores.projects).toMatchObject({ tp: 0, fp: 0, fn: 1, recall: 0, precision: null });
  });

  it('treats a missing people array as empty', async () => {
    const { people, ...rest } = perfect();
    void people;
    const scores = await evalEntities(() => rest, [gold]);
    expect(scores.people).toMatchObject({ tp: 0, fp: 0, fn: 1, recall: 0 });
  });

  it('folds case, spaces and the two tone placements', async () => {
    expect(fold('Uỷ ban')).toBe(fold('Ủy ban'));
    expect(fold('Khánh Hoà')).toBe(fold('Khánh Hòa'));
    expect(fold('THUỶ LỢI')).toBe(fold('thủy lợi'));
    expect(normName('  Vĩnh   Thuận ')).toBe('vĩnh thuận');
    expect(normName('Vĩnh Thuận'.normalize('NFD'))).toBe('vĩnh thuận');
    const scores = await evalEntities(
      () => ({ ...perfect(), organizations: [{ name: 'UỶ BAN NHÂN DÂN HUYỆN  VĨNH THUẬN' }] }),
      [gold],
    );
    expect(scores.organizations).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('expands UBND, HĐND, MTTQ and BCH for organisations only', async () => {
    expect(expandAbbreviations(fold('UBND tỉnh và HĐND tỉnh, MTTQ, BCH'))).toBe(
      'ủy ban nhân dân tỉnh và hội đồng nhân dân tỉnh, mặt trận tổ quốc, ban chấp hành',
    );
    const org = await evalEntities(
      () => ({ ...perfect(), organizations: [{ name: 'UBND huyện Vĩnh Thuận' }] }),
      [gold],
    );
    expect(org.organizations.tp).toBe(1);
  });

  it('requires the place units to agree when both are given', async () => {
    const wrongUnit = await evalEntities(
      () => ({ ...perfect(), places: [{ name: 'Vĩnh Thuận', unit: 'xã' }, { name: 'Cái Lớn', unit: null }] }),
      [gold],
    );
    expect(wrongUnit.places).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it('matches as multisets, exact units first', async () => {
    const twice: Passage = { ...gold, places: [{ name: 'A', unit: null }, { name: 'A', unit: 'xã' }] };
    const scores = await evalEntities(
      () => ({ ...perfect(), places: [{ name: 'A', unit: 'xã' }, { name: 'A', unit: 'huyện' }, { name: 'A', unit: 'xã' }] }),
      [twice],
    );
    expect(scores.places).toMatchObject({ tp: 2, fp: 1, fn: 0 });
  });
});

// ---------------------------------------------------------------------------------------------

const passages: Passage[] = loadPassages();
const heldout: Passage[] = loadPassages(HELDOUT_PATH);
const heldout2: Passage[] = loadPassages(HELDOUT2_PATH);
const heldout6: Passage[] = loadPassages(HELDOUT6_PATH);
const devNews6: Passage[] = loadPassages(DEVNEWS6_PATH);
const devNews5: Passage[] = loadPassages(DEVNEWS5_PATH);
const devNews4: Passage[] = loadPassages(DEVNEWS4_PATH);
const devNews: Passage[] = loadPassages(DEVNEWS_PATH);
const devNews2: Passage[] = loadPassages(DEVNEWS2_PATH);
const devNews3: Passage[] = loadPassages(DEVNEWS3_PATH);
/** Passages written for a set (held-out or news development); they have no source file. */
const WRITTEN = 'written:news';
/** How a name is looked for in a passage: folded, markdown emphasis dropped, spaces collapsed. */
const plain = (text: string) => normName(text.replace(/\*/g, ''));
const countBy = <T>(items: T[], key: (item: T) => string) => {
  const seen = new Map<string, number>();
  for (const item of items) seen.set(key(item), (seen.get(key(item)) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([k]) => k);
};
const BASE_KEYS = ['id', 'organizations', 'people', 'places', 'projects', 'source', 'text'];
const sourceFile = (p: Passage) => p.source.replace(/:[\d-]+$/, '');

/** The structural checks shared by all sets. */
function describeSet(name: string, set: Passage[], minPassages = 45) {
  describe(`${name}: structure`, () => {
    it(`has at least ${minPassages} passages with unique ids and the expected fields`, () => {
      expect(set.length).toBeGreaterThanOrEqual(minPassages);
      expect(new Set(set.map((p) => p.id)).size).toBe(set.length);
      for (const p of set) {
        const keys = p.source === WRITTEN ? [...BASE_KEYS, 'note'].sort() : BASE_KEYS;
        expect(Object.keys(p).sort(), p.id).toEqual(keys);
        expect(p.text.trim()).toBe(p.text);
        expect(p.text).not.toMatch(/\n|\s{2,}/);
        for (const place of p.places) {
          expect(typeof place.name).toBe('string');
          expect(place.unit === null || place.unit === place.unit.toLowerCase()).toBe(true);
        }
        for (const project of p.projects) expect(project.kind).toBe(project.kind.toLowerCase());
      }
    });

    it('annotates every entity once per passage', () => {
      for (const p of set) {
        expect(countBy(p.places, (x) => normName(x.name)), p.id).toEqual([]);
        expect(countBy(p.organizations, (x) => expandAbbreviations(normName(x.name))), p.id).toEqual([]);
        expect(countBy(p.people, (x) => normName(x.name)), p.id).toEqual([]);
        expect(countBy(p.projects, (x) => normName(x.text)), p.id).toEqual([]);
      }
    });

    it('finds every annotated name in its passage', () => {
      for (const p of set) {
        const text = plain(p.text);
        const expanded = expandAbbreviations(text);
        for (const kind of ['places', 'people'] as const) {
          for (const item of p[kind]) expect(text, `${p.id} ${kind} ${item.name}`).toContain(plain(item.name));
        }
        for (const item of p.projects) {
          expect(text, `${p.id} project ${item.text}`).toContain(plain(item.text));
          expect(plain(item.text), `${p.id} project ${item.name}`).toContain(plain(item.name));
        }
        for (const item of p.organizations) {
          expect(expanded, `${p.id} organization ${item.name}`).toContain(expandAbbreviations(plain(item.name)));
        }
      }
    });

    // The sources live in ../shared next to the repository; a clean clone elsewhere has no copy.
    it.skipIf(!existsSync(SHARED))('copies every passage from the lines of its source', () => {
      const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
      for (const p of set) {
        if (p.source === WRITTEN) continue;
        const match = /^(.+):(\d+)(?:-(\d+))?$/.exec(p.source);
        expect(match, p.source).not.toBeNull();
        const [, file, from, to] = match as RegExpExecArray;
        const lines = readFileSync(join(SHARED, file as string), 'utf8').split('\n');
        const span = squash(lines.slice(Number(from) - 1, Number(to ?? from)).join(' '));
        expect(span, p.id).toContain(squash(p.text));
      }
    });
  });
}

describeSet('entity test set', passages);
describeSet('held-out set', heldout);
describeSet('second held-out set', heldout2, 40);
describeSet('sixth held-out set', heldout6, 70);
describeSet('news development set 6 (written blind)', devNews6, 70);
describeSet('news development set 5 (written blind)', devNews5, 70);
describeSet('news development set 4 (written blind)', devNews4, 60);
describeSet('news development set', devNews, 70);
describeSet('second news development set', devNews2, 50);
describeSet('third news development set', devNews3, 50);

describe('entity test set', () => {
  it('draws on at least 25 corpus files and 8 passages of the reference text', () => {
    expect(passages.every((p) => p.source !== WRITTEN)).toBe(true);
    const corpus = new Set(passages.map(sourceFile).filter((f) => f.startsWith('corpus/dev/')));
    expect(corpus.size).toBeGreaterThanOrEqual(25);
    expect(passages.filter((p) => sourceFile(p) === 'samples/vinh-thuan-522-cv-hu.txt').length).toBeGreaterThanOrEqual(8);
    expect(passages.filter((p) => KINDS.every((k) => p[k].length === 0)).length).toBeGreaterThanOrEqual(6);
  });
});

describe('held-out set', () => {
  it('shares no source file and no id with the dev set', () => {
    const devFiles = new Set(passages.map(sourceFile));
    const devIds = new Set(passages.map((p) => p.id));
    for (const p of heldout) {
      expect(devIds.has(p.id), p.id).toBe(false);
      if (p.source !== WRITTEN) expect(devFiles.has(sourceFile(p)), p.id).toBe(false);
    }
  });

  it('mixes corpus passages, written news passages with a note, and passages without entities', () => {
    const written = heldout.filter((p) => p.source === WRITTEN);
    const corpus = heldout.filter((p) => p.source.startsWith('corpus/dev/'));
    expect(written.length + corpus.length).toBe(heldout.length);
    expect(written.length).toBeGreaterThanOrEqual(20);
    expect(corpus.length).toBeGreaterThanOrEqual(15);
    for (const p of written) expect(p.note, p.id).toMatch(/held-out/);
    expect(heldout.filter((p) => KINDS.every((k) => p[k].length === 0)).length).toBeGreaterThanOrEqual(5);
  });
});

describe('all sets', () => {
  it('share no id', () => {
    const ids = [passages, heldout, heldout2, heldout6, devNews, devNews2, devNews3, devNews4, devNews5, devNews6].flat().map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

// The sets written blind: written news passages with a note, some of them without any entity.
describe.each([
  ['second held-out set', heldout2, 5],
  ['news development set 4 (written blind)', devNews4, 8],
  ['news development set 5 (written blind)', devNews5, 8],
  ['news development set 6 (written blind)', devNews6, 8],
  ['sixth held-out set', heldout6, 8],
] as const)('%s', (_name, set, withoutEntities) => {
  it('holds only written news passages with a note, some of them without entities', () => {
    for (const p of set) {
      expect(p.source, p.id).toBe(WRITTEN);
      expect(p.note, p.id).toMatch(/held-out/);
    }
    expect(set.filter((p) => KINDS.every((k) => p[k].length === 0)).length).toBeGreaterThanOrEqual(withoutEntities);
  });
});

// The news development sets written for tuning: rich in projects.
describe.each([
  ['news development set', devNews, 90],
  ['second news development set', devNews2, 100],
  ['third news development set', devNews3, 90],
] as const)('%s', (_name, set, projects) => {
  it('holds only written news passages with a note, rich in projects', () => {
    for (const p of set) {
      expect(p.source, p.id).toBe(WRITTEN);
      expect(p.note, p.id).toMatch(/development/);
    }
    expect(set.reduce((n, p) => n + p.projects.length, 0)).toBeGreaterThanOrEqual(projects);
  });
});

describe('news development set', () => {
  it('is rich in organisations too', () => {
    expect(devNews.reduce((n, p) => n + p.organizations.length, 0)).toBeGreaterThanOrEqual(100);
  });
});

/**
 * The review page of the reference text in a real headless browser (Debian's chromium driven by
 * playwright-core): every extracted item has exactly one anchor highlight over its text as
 * written, nested items are nested elements, a panel entry scrolls to and flashes its highlight,
 * hovering shows the kind and the value, the keys work, nothing is loaded from the network.
 * Saves the page and a screenshot under test-output/.
 *
 * Skipped when no chromium binary is installed (`.ci/run` installs Debian's `chromium`); set
 * CHROMIUM_PATH to use another binary. With UPDATE_REVIEW_SCREENSHOT=1 it also rewrites the
 * README's screenshot, docs/review-reference.png.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { foldKey, stripDiacritics } from '../../src/normalize/fold.js';
import { parseWithSpans } from '../../src/pipeline.js';
import { renderReviewPage, reviewItems, type ReviewItem } from '../../src/review/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
const executablePath = CANDIDATES.find((p) => existsSync(p));
if (!executablePath) {
  console.warn(
    `review page browser test skipped: no chromium binary (looked for ${CANDIDATES.join(', ')}); ` +
      'install it with `apt-get install chromium` (.ci/run does) or set CHROMIUM_PATH',
  );
}

const INPUT = 'fixtures/vinh-thuan-522-cv-hu.txt';
const OUT = `${root}test-output`;

interface Seen {
  anchors: number;
  pieces: number;
  text: string;
}

describe.skipIf(!executablePath)('review page in chromium (reference text)', () => {
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const requests: string[] = [];
  let parsed: ReturnType<typeof parseWithSpans>;
  let items: ReviewItem[];
  let url: string;

  beforeAll(async () => {
    const started = Date.now();
    parsed = parseWithSpans(await readFile(`${root}${INPUT}`), { path: INPUT, format: 'text' });
    items = reviewItems(parsed.result, parsed.spans);
    mkdirSync(OUT, { recursive: true });
    const file = `${OUT}/review-reference.html`;
    writeFileSync(file, renderReviewPage(parsed.result, parsed.text, parsed.spans));
    url = pathToFileURL(file).href;
    const { chromium } = await import('playwright-core');
    // --no-sandbox: CI and these machines run as root, where chromium's sandbox refuses to start.
    browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url());
    });
    await page.goto(url);
    console.info(`review page: chromium up and page loaded in ${Date.now() - started} ms`);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('has exactly one anchor highlight per item, over its text as written', async () => {
    expect(items.length).toBeGreaterThan(40);
    const seen = await page.evaluate(() => {
      const out: Record<string, Seen> = {};
      for (const el of document.querySelectorAll<HTMLElement>('.hl')) {
        const id = el.dataset.id as string;
        const s = (out[id] ??= { anchors: 0, pieces: 0, text: '' });
        s.pieces++;
        if (el.classList.contains('anchor')) s.anchors++;
        s.text += el.textContent ?? '';
      }
      return out;
    });
    expect(Object.keys(seen).sort()).toEqual(items.map((i) => i.id).sort());
    const written = (item: ReviewItem) => parsed.text.slice(item.start, item.end).replace(/\r\n?/gu, '\n');
    const flat = (s: string) => s.replace(/\s+/gu, ' ').trim();
    const letters = (s: string) => stripDiacritics(foldKey(flat(s)));
    const r = parsed.result;
    for (const item of items) {
      const s = seen[item.id] as Seen;
      expect(s.anchors, item.id).toBe(1);
      expect(s.text, item.id).toBe(written(item));
      const [, kind, i, j] = /^([a-z]+)-(\d+)(?:-(\d+))?$/u.exec(item.id) ?? [];
      const n = Number(i);
      // The item's own words, as the YAML has them.
      if (kind === 'task') expect(flat(s.text)).toBe(r.tasks[n]?.text);
      if (kind === 'project') expect(flat(s.text)).toBe(r.projects[n]?.text);
      if (kind === 'place') expect(letters(s.text)).toBe(letters(r.places[n]?.name ?? '?'));
      if (kind === 'org') expect(foldKey(flat(s.text))).toBe(foldKey(r.organizations[n]?.name ?? '?'));
      if (kind === 'ref' && j === '0') expect(flat(s.text)).toBe(r.references[n]?.text);
      if (kind === 'period') expect(flat(s.text)).toBe(r.periods[n]?.text);
    }
    expect(seen['doc-number']?.text).toBe('522-CV/HU');
    expect(seen['doc-date']?.text).toBe('20-3-2023');
    expect(seen['doc-issuer']?.text).toBe(r.document.issuer);
    expect(seen['doc-subject']?.text).toBe(r.document.subject);
  });

  it('nests each highlight inside those that contain it', async () => {
    const pairs: [string, string][] = [];
    for (const outer of items) {
      for (const inner of items) {
        const contains = outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;
        if (outer !== inner && contains) pairs.push([outer.id, inner.id]);
      }
    }
    // A place inside a project inside a task, in the reference text.
    expect(pairs).toContainEqual(['task-12', 'project-2']);
    expect(pairs).toContainEqual(['project-2', 'place-0-0']);
    const wrong = await page.evaluate((list) => {
      return list.filter(([outer, inner]) => {
        const el = document.getElementById(`h-${inner}`);
        for (let m = el?.parentElement?.closest<HTMLElement>('.hl'); m; m = m.parentElement?.closest<HTMLElement>('.hl')) {
          if (m.dataset.id === outer) return false;
        }
        return true;
      });
    }, pairs);
    expect(wrong).toEqual([]);
  });

  it('scrolls to and flashes a highlight when its panel entry is clicked', async () => {
    const last = `task-${parsed.result.tasks.length - 1}`;
    await page.evaluate(() => window.scrollTo(0, 0));
    const inView = (id: string) =>
      page.evaluate((target) => {
        const box = document.getElementById(`h-${target}`)!.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
      }, id);
    expect(await inView(last)).toBe(false);
    await page.click(`#p-${last} a.go`);
    await page.waitForFunction(
      (target) => {
        const box = document.getElementById(`h-${target}`)!.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      },
      last,
      { timeout: 5_000 },
    );
    expect(await inView(last)).toBe(true);
    expect(await page.getAttribute(`#h-${last}`, 'class')).toContain('flash');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`h-${last}`);

    // A place's second-mention chips and the organisation entries work the same way.
    const org = parsed.result.organizations.findIndex((o) => o.mentions.length > 1);
    await page.click(`#p-org-${org} .mentions a:last-of-type`);
    const id = `org-${org}-${parsed.result.organizations[org]!.mentions.length - 1}`;
    await page.waitForFunction((target) => {
      const box = document.getElementById(`h-${target}`)!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    }, id);
    expect(await page.getAttribute(`#h-${id}`, 'class')).toContain('flash');
  });

  it('shows kind and normalised value on hover, for every enclosing highlight', async () => {
    await page.click('#p-place-0 a.go');
    await page.mouse.move(0, 0);
    await page.hover('#h-place-0-0', { position: { x: 30, y: 8 } });
    const tip = page.locator('#tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const text = await tip.innerText();
    const place = parsed.result.places[0]!;
    expect(text).toContain('Địa danh');
    expect(text).toContain(`${place.unit} ${place.name}`);
    expect(text).toContain(place.code as string);
    expect(text).toContain('Dự án, công trình');
    expect(text).toContain('Nhiệm vụ');
    const date = page.locator('#h-doc-date');
    await date.scrollIntoViewIfNeeded();
    await date.hover();
    await expect.poll(() => tip.innerText()).toContain('Ngày ban hành: 2023-03-20');
  });

  it('goes to the entry of a clicked highlight, and from highlight to highlight with keys', async () => {
    await page.click('#h-period-0-0');
    await expect.poll(() => page.getAttribute('#p-period-0', 'class')).toContain('flash');
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await page.keyboard.press('n');
    const first = await page.evaluate(() => document.querySelector('.hl.anchor')?.id);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(first);
    await page.keyboard.press('n');
    await page.keyboard.press('p');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(first);
    // The panel's entries are links, reachable with Tab.
    const tabbable = await page.evaluate(() => document.querySelectorAll('.panel a[href]').length);
    expect(tabbable).toBeGreaterThan(items.length / 2);
  });

  it('loads nothing, logs no error, prints without the panel beside the text', async () => {
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    const print = await page.evaluate(() => ({
      panel: getComputedStyle(document.querySelector('aside.panel')!).position,
      layout: getComputedStyle(document.querySelector('.layout')!).display,
    }));
    expect(print).toEqual({ panel: 'static', layout: 'block' });
    await page.emulateMedia({ media: 'screen' });
  });

  it('saves a screenshot', async () => {
    await page.goto(url);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${OUT}/review-reference.png` });
    if (process.env.UPDATE_REVIEW_SCREENSHOT) {
      // The README's: the nested items of line 11 with the tooltip of a place in a project in a task.
      await page.click('#p-project-2 a.go');
      await page.waitForTimeout(700);
      await page.hover('#h-place-0-0', { position: { x: 30, y: 8 } });
      await page.screenshot({ path: `${root}docs/review-reference.png` });
    }
    expect(existsSync(`${OUT}/review-reference.png`)).toBe(true);
  });
});

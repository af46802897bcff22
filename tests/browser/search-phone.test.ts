/**
 * Search on a phone (the search issue): /search/?q=… loads one Pagefind and one WebAssembly, learns its
 * bundles from the page (no bundles.json), fetches the query's index chunk before Pagefind asks for it,
 * does not move anything on screen while results arrive, and the header's search box warms the search
 * on other pages only when a reader reaches for it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openSite, type SiteInBrowser } from '../support/browser';

let site: SiteInBrowser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  site = await openSite();
}, 120_000);
afterAll(async () => {
  for (const c of contexts) await c.close();
  await site?.close();
});

/** A new browser (cold cache) at a phone's width, recording every path it requests. */
async function phone(width = 375): Promise<{ page: Page; requested: string[] }> {
  const context = await site.browser.newContext({ viewport: { width, height: 812 } });
  contexts.push(context);
  const requested: string[] = [];
  context.on('request', (r) => requested.push(new URL(r.url()).pathname));
  const page = await context.newPage();
  // Every layout shift the page makes, as Lighthouse counts them (none right after input).
  await page.addInitScript(() => {
    const w = window as { shifted?: number };
    w.shifted = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!e.hadRecentInput) w.shifted! += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return { page, requested };
}

async function firstResults(page: Page, query: string): Promise<string[]> {
  await page.goto(`${site.base}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('site-search[data-ready]');
  return page.$$eval('.search-result h2 a', (a) => a.map((x) => x.getAttribute('href')!));
}

describe('the search page on a phone', () => {
  it('loads Pagefind and its WebAssembly once, without a worker or a list of bundles to fetch first', async () => {
    const { page, requested } = await phone();
    expect(await firstResults(page, '敬老')).toContain('/stories/chongyang-jinghao/');
    expect(requested.filter((p) => p.endsWith('/pagefind.js'))).toHaveLength(1);
    expect(requested.filter((p) => /\/wasm\.[^/]+\.pagefind$/.test(p))).toHaveLength(1);
    expect(requested.filter((p) => p.endsWith('pagefind-worker.js') || p.endsWith('bundles.json'))).toEqual([]);
  });

  it('has fetched the query’s index chunk from the page’s own hint before Pagefind asked for it', async () => {
    const { page } = await phone();
    await firstResults(page, '敬老');
    // The chunk's request was started by the <link rel=preload> the page's head script added.
    const chunks = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('/index/'))
        .map((e) => (e as PerformanceResourceTiming).initiatorType),
    );
    expect(chunks).toEqual(['link']);
  });

  it('moves nothing on screen while it loads and shows results, on a phone and a wide screen', async () => {
    for (const width of [375, 1280]) {
      const { page } = await phone(width);
      await firstResults(page, '敬老');
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as { shifted?: number }).shifted), `${width} px`).toBe(0);
    }
  });
});

describe('the header search box on other pages', () => {
  // Whether the search page then takes these from the cache is the browser's part, by the server's
  // headers; it cannot be watched here (Chromium caches nothing from a site whose certificate it had to
  // be told to ignore, and the preview server forbids caching).
  it('loads nothing of the search until it gets focus, then prefetches what the search page announces', async () => {
    const { page, requested } = await phone(1280);
    await page.goto(`${site.base}/stories/lunyi-weixiu/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => p.startsWith('/pagefind') || p.startsWith('/search/'))).toEqual([]);

    await page.focus('#site-search');
    await expect.poll(() => requested.filter((p) => /\/wasm\.[^/]+\.pagefind$/.test(p)).length).toBe(1);
    await page.waitForLoadState('networkidle');
    const announced = await page.evaluate(async () => {
      const head = new DOMParser().parseFromString(await (await fetch('/search/')).text(), 'text/html').head;
      return [...head.querySelectorAll('link[rel="preload"], link[rel="modulepreload"]')].map(
        (l) => new URL(l.getAttribute('href')!, location.href).pathname,
      );
    });
    expect(announced).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/wasm.unknown.pagefind']));
    const prefetched = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="prefetch"]')].map((l) => new URL(l.href).pathname),
    );
    expect(prefetched.sort()).toEqual([...announced].sort());
    for (const path of announced) expect(requested, path).toContain(path);
  });
});

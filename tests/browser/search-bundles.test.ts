/**
 * The search index split into bundles, as a large archive is (here 10 pages a bundle, so the sample
 * site makes four): search, filters and newest-first order work across all of them. What an edit does
 * to the index (a bundle of the changed pages on top, folded back by a full build) is proven in
 * tests/site/incremental-build.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type SiteInBrowser } from '../support/browser';
import { buildSite, copyOfContent, type BuildResult } from '../support/site-build';
import * as sample from '../support/sample-content';
import { allResults } from '../support/search-results';

const env = { XINFENG_SEARCH_BUNDLE_PAGES: '10' };
let first: BuildResult;
let outDir = '';
let site: SiteInBrowser;
let page: Page;

beforeAll(async () => {
  const contentDir = copyOfContent('bundled');
  first = buildSite('bundled', { contentDir, env });
  expect(first.status, first.output.slice(-2000)).toBe(0);
  outDir = first.outDir;
  site = await openSite(outDir);
  page = await site.browser.newPage();
}, 360_000);
afterAll(async () => site?.close());

const summary = (r: BuildResult) => /\[search\] (.*)/.exec(r.output)?.[1];

const search = (query: string, extra = '') =>
  allResults(page, `${site.base}/search/?q=${encodeURIComponent(query)}${extra}`);

it('indexes every page in four bundles', () => {
  expect(summary(first)).toMatch(/^Indexed 34 pages for search in 4 bundle\(s\) in /);
});

it('finds stories in every bundle', async () => {
  expect(await search('饺子')).toContain('/stories/dongzhi-jiaozi/');
  expect(await search('轮椅')).toContain('/stories/lunyi-weixiu/');
});

it('writes several bundles and lists them', () => {
  const bundles = JSON.parse(readFileSync(path.join(outDir, 'pagefind/bundles.json'), 'utf-8')) as string[];
  expect(bundles.length).toBe(4);
  for (const b of bundles) expect(existsSync(path.join(outDir, b, 'pagefind.js'))).toBe(true);
});

it('loads one Pagefind and one WebAssembly for all four bundles, merged into one', async () => {
  const requested: string[] = [];
  const record = (r: { url(): string }) => requested.push(new URL(r.url()).pathname);
  page.on('request', record);
  expect(await search('志愿者')).toContain('/stories/lunyi-weixiu/');
  page.off('request', record);
  expect(requested.filter((p) => p.endsWith('/pagefind.js'))).toHaveLength(1);
  expect(requested.filter((p) => /\/wasm\.[^/]+\.pagefind$/.test(p))).toHaveLength(1);
  expect(requested.filter((p) => p.endsWith('/pagefind-entry.json'))).toHaveLength(4);
  expect(requested.filter((p) => p.endsWith('bundles.json'))).toEqual([]);
});

it('finds the newest and the oldest story, which sit in different bundles', async () => {
  const found = await search('志愿者', `&${encodeURIComponent('类型')}=${encodeURIComponent('故事')}`);
  expect(found).toContain('/stories/lunyi-weixiu/');
  expect(found).toContain('/stories/dongzhi-jiaozi/');
});

it('offers the filter values of every bundle (2025 is only in the oldest one)', async () => {
  await page.goto(`${site.base}/search/`);
  await page.waitForSelector('site-search[data-ready]');
  expect(await page.locator('input[name="类型"][value="故事"]').count()).toBe(1);
  expect(await page.locator('input[name="年份"]').count()).toBe(2);
});

it('keeps newest first across bundles', async () => {
  const found = await search('志愿者', `&${encodeURIComponent('类型')}=${encodeURIComponent('故事')}&sort=newest`);
  const order = [...sample.stories()]
    .sort((a, b) => String(b.published).localeCompare(String(a.published)))
    .map((s) => `/stories/${s.id}/`);
  expect(found).toEqual(order.filter((u) => found.includes(u)));
  expect(found.length).toBeGreaterThan(8);
});

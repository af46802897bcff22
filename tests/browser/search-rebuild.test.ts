/**
 * A rebuild after an edit indexes again only the search bundle that holds the edited story, copies
 * the others from the last build, and search finds the new words as well as the old ones.
 * (10 pages a bundle, so the sample site makes four.)
 */
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type SiteInBrowser } from '../support/browser';
import { buildSite, copyOfContent, type BuildResult } from '../support/site-build';

const env = { XINFENG_SEARCH_BUNDLE_PAGES: '10' };
let first: BuildResult;
let unchanged: BuildResult;
let edited: BuildResult;
let site: SiteInBrowser;
let page: Page;

beforeAll(async () => {
  const contentDir = copyOfContent('rebuild');
  first = buildSite('rebuild', { contentDir, env });
  unchanged = buildSite('rebuild', { contentDir, env, rebuild: true });
  // The oldest story, in the oldest bundle.
  appendFileSync(path.join(contentDir, 'stories/2025/dongzhi-jiaozi/index.md'), '\n饺子馆老板还送来了一锅腊八粥。\n');
  edited = buildSite('rebuild', { contentDir, env, rebuild: true });
  for (const r of [first, unchanged, edited]) expect(r.status, r.output.slice(-2000)).toBe(0);
  site = await openSite(edited.outDir);
  page = await site.browser.newPage();
}, 360_000);
afterAll(async () => site?.close());

const summary = (r: BuildResult) => /\[search\] (.*)/.exec(r.output)?.[1];

it('indexes everything the first time and nothing when nothing changed', () => {
  expect(summary(first)).toMatch(/^Indexed 34 pages for search in 4 bundle\(s\) in /);
  expect(summary(unchanged)).toMatch(/4 bundle\(s\), 4 of them unchanged and copied from the last build/);
});

it('indexes again only the bundle of the edited story', () => {
  expect(summary(edited)).toMatch(/4 bundle\(s\), 3 of them unchanged and copied from the last build/);
});

async function search(query: string): Promise<string[]> {
  await page.goto(`${site.base}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() =>
    /^(找到|没有找到)/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
  );
  return page.$$eval('.search-result h2 a', (a) => a.map((x) => x.getAttribute('href')!));
}

it('finds the edited story by its new words, and stories in copied bundles as before', async () => {
  expect(await search('腊八粥')).toContain('/stories/dongzhi-jiaozi/');
  expect(await search('轮椅')).toContain('/stories/lunyi-weixiu/');
});

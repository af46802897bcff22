/**
 * Every page of the sitemap, the 404 page, the search page and a filtered search, walked once in
 * Chromium as a reader opens them, and held to three rules at once: WCAG 2.1 A and AA by axe-core,
 * no request to another origin, and the Content-Security-Policy never broken (no violation, no console
 * error). One walk serves all three because loading the pages is most of what each would cost.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, reportPolicyProblems, type SiteInBrowser } from '../support/browser';
import { SAMPLE_SITE } from '../support/site-build';
import { AXE, axeViolations } from '../support/axe';

/** Pages loading at once: while one waits for the network to settle, another is checked. */
const PAGES_AT_ONCE = 3;

let site: SiteInBrowser;
const walked: string[] = [];
const violations: string[] = [];
const foreign: string[] = [];
const policyProblems: string[] = [];

/** Every page of the sitemap, plus the ones that are not in it. */
function pagesToWalk(): string[] {
  const sitemap = readFileSync(path.join(SAMPLE_SITE, 'sitemap-0.xml'), 'utf-8');
  const pages = [...sitemap.matchAll(/<loc>https:\/\/xinfeng\.example\.org([^<]*)<\/loc>/g)].map((m) => m[1]!);
  const filteredSearch = `/search/?q=${encodeURIComponent('志愿者')}&${encodeURIComponent('类型')}=${encodeURIComponent('故事')}`;
  return [...new Set([...pages, '/search/', '/404.html', filteredSearch])];
}

/** A tab that reports what the page asks of other origins and every policy violation or script error. */
async function watchedTab(): Promise<Page> {
  const page = await site.browser.newPage();
  page.on('request', (request) => {
    if (!request.url().startsWith(site.base) && !request.url().startsWith('data:'))
      foreign.push(`${page.url()} → ${request.url()}`);
  });
  await reportPolicyProblems(page, policyProblems);
  return page;
}

beforeAll(async () => {
  site = await openSite();
  const queue = pagesToWalk();
  await Promise.all(
    Array.from({ length: PAGES_AT_ONCE }, async () => {
      const page = await watchedTab();
      for (let p = queue.shift(); p !== undefined; p = queue.shift()) {
        await page.goto(site.base + p, { waitUntil: 'networkidle' });
        if (p.startsWith('/search/?')) await page.waitForSelector('.search-result');
        await page.evaluate(AXE);
        violations.push(...(await axeViolations(page)).map((v) => `${p}: ${v}`));
        walked.push(p);
      }
      await page.close();
    }),
  );
}, 240_000);
afterAll(async () => site?.close());

describe('every page', () => {
  it('is walked: the sitemap’s pages and the ones outside it', () => {
    expect(walked.length).toBeGreaterThan(45);
    expect(walked).toContain('/404.html');
    expect(walked).toContain('/search/');
  });

  it('has no WCAG 2.1 A or AA violation', () => {
    expect(violations).toEqual([]);
  });

  it('asks nothing of another origin', () => {
    expect(foreign).toEqual([]);
  });

  it('never breaks its Content-Security-Policy, nor logs an error, the filtered search included', () => {
    expect(policyProblems).toEqual([]);
  });
});

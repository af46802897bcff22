/**
 * Every page carries a strict Content-Security-Policy, and the site itself never breaks it: the text
 * size, high contrast, copy-link and search "more" buttons are used, here and through nginx, with zero
 * policy violations and zero console errors. (Loading every page without a violation: every-page.test.ts.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openReadingTools, openSite, reportPolicyProblems, type SiteInBrowser } from '../support/browser';
import { startNginx } from '../../scripts/server/serve-nginx.ts';
import { SAMPLE_SITE } from '../support/site-build';
import { page as builtPage, allHtmlPaths } from '../support/built-pages';

let site: SiteInBrowser;
let context: BrowserContext;
const problems: string[] = [];

/** A tab of the reader's browser whose every policy violation and script error is reported. */
async function watched(): Promise<Page> {
  const page = await context.newPage();
  await reportPolicyProblems(page, problems);
  return page;
}

beforeAll(async () => {
  site = await openSite();
  // Copying needs the clipboard, as a reader's browser grants it to a click.
  context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
});
afterAll(async () => site?.close());

describe('Content-Security-Policy', () => {
  it('is in every page: nothing from elsewhere, no inline script without its hash, no eval', () => {
    for (const p of allHtmlPaths()) {
      const policy = builtPage(p)('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
      expect(policy, p).toContain("default-src 'self'");
      expect(policy, p).toContain("object-src 'none'");
      expect(policy, p).toContain("base-uri 'self'");
      expect(policy, p).toContain("form-action 'self'");
      expect(policy, p).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')+;/);
      expect(policy, p).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    }
  });

  it('is written out for the web server with frame-ancestors, and the preview server sends it', async () => {
    const policy = readFileSync(path.join(SAMPLE_SITE, '.server/csp.txt'), 'utf-8').trim();
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')+;/);
    expect(policy).toContain("frame-ancestors 'none'");
    const response = await fetch(`${site.base}/stories/lunyi-weixiu/`);
    expect(response.headers.get('content-security-policy')).toBe(policy);
  });

  it('is never broken by the reader’s tools: text size, contrast, copy link, more results', async () => {
    const page = await watched();
    await page.goto(`${site.base}/stories/lunyi-weixiu/`, { waitUntil: 'networkidle' });
    await openReadingTools(page);
    await page.click('button[data-text-size="xlarge"]');
    await page.click('button[data-contrast-toggle]');
    await page.click('copy-field button');
    await page.waitForFunction(() => document.querySelector('copy-field .copy-status')?.textContent?.trim());
    await page.goto(`${site.base}/search/?q=${encodeURIComponent('志愿者')}`, { waitUntil: 'networkidle' });
    await page.waitForSelector('.search-result');
    const shown = await page.locator('.search-result').count();
    await page.click('[data-search-more]');
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, shown);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('holds when nginx sends it with the shipped configuration: pages, search and the reader’s tools', async () => {
    const nginx = await startNginx(SAMPLE_SITE);
    const secure = await site.browser.newContext({ ignoreHTTPSErrors: true });
    try {
      const page = await secure.newPage();
      const seen: string[] = [];
      await reportPolicyProblems(page, seen);
      for (const p of ['/', '/stories/lunyi-weixiu/', '/teams/', '/media/', '/campaigns/jinhui-zhulao/', '/404.html']) {
        const response = await page.goto(nginx.https + p, { waitUntil: 'networkidle' });
        expect(response!.headers()['content-security-policy'], p).toContain("default-src 'self'");
      }
      await page.goto(`${nginx.https}/search/?q=${encodeURIComponent('志愿者')}`, { waitUntil: 'networkidle' });
      await page.waitForSelector('.search-result');
      await openReadingTools(page);
      await page.click('button[data-text-size="xlarge"]');
      expect(seen).toEqual([]);
    } finally {
      await secure.close();
      await nginx.close();
    }
  }, 120_000);
});

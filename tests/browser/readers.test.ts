/**
 * The site as its readers meet it in Chromium: the text-size and contrast switch, the keyboard, the header
 * on a phone. (Every page's axe check and origins: every-page.test.ts; phone widths: phone-widths.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openReadingTools, openSite, withModes, type SiteInBrowser } from '../support/browser';
import { AXE, axeViolations } from '../support/axe';
import { SECTIONS } from '../../src/lib/urls';

let site: SiteInBrowser;

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe('text size and contrast', () => {
  const bodySize = (page: Page) => page.evaluate(() => getComputedStyle(document.body).fontSize);

  it('steps 标准 18 px, 大 22.5 px, 特大 27 px, is remembered, and applies before any script loads', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.base}/stories/lunyi-weixiu/`);
    await openReadingTools(page);
    expect(await bodySize(page)).toBe('18px');
    await page.click('button[data-text-size="large"]');
    expect(await bodySize(page)).toBe('22.5px');
    await page.click('button[data-text-size="xlarge"]');
    expect(await bodySize(page)).toBe('27px');
    expect(await page.getAttribute('button[data-text-size="xlarge"]', 'aria-pressed')).toBe('true');

    // Another page, with the site's script files blocked: the size must already be there (no flash).
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(`${site.base}/teams/`);
    expect(await bodySize(page)).toBe('27px');
    await page.unroute('**/_astro/*.js');

    await page.goto(`${site.base}/teams/`);
    await openReadingTools(page);
    await page.click('button[data-text-size="standard"]');
    expect(await bodySize(page)).toBe('18px');
    await context.close();
  });

  it('switches high contrast by keyboard and keeps it across pages', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.base}/`);
    await page.waitForSelector('reading-tools:not([hidden])', { state: 'attached' });
    // By keyboard alone: the 字号 menu opens with Enter, then the switch.
    await page.focus('.tools-menu summary');
    await page.keyboard.press('Enter');
    await page.focus('button[data-contrast-toggle]');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('html', 'data-contrast')).toBe('high');
    await page.goto(`${site.base}/about/`);
    expect(await page.getAttribute('html', 'data-contrast')).toBe('high');
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    await context.close();
  });

  it('leaves no axe violation at 特大 with high contrast', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => localStorage.setItem('xinfeng-text-size', 'xlarge'));
    await withModes(context, site.base, ['contrast']);
    const page = await context.newPage();
    for (const p of ['/', '/stories/xueleifeng-qidong/', '/media/', '/impact/', '/honours/']) {
      await page.goto(site.base + p, { waitUntil: 'networkidle' });
      await page.evaluate(AXE);
      expect(await axeViolations(page), p).toEqual([]);
    }
    await context.close();
  });
});

describe('keyboard only', () => {
  it('reaches a story from the home page and comes back by the breadcrumb, with focus always visible', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.base}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    let href: string | null = null;
    for (let i = 0; i < 60 && !href; i++) {
      await page.keyboard.press('Tab');
      href = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement;
        // Focus must show: an outline the reader can see.
        if (getComputedStyle(a).outlineStyle === 'none')
          throw new Error(`no visible focus on ${a.outerHTML.slice(0, 80)}`);
        return a.matches('.cards a[href^="/stories/"]') ? a.getAttribute('href') : null;
      });
    }
    expect(href).toMatch(/^\/stories\/[a-z0-9-]+\/$/);
    await Promise.all([page.waitForURL(`**${href}`), page.keyboard.press('Enter')]);
    let back = false;
    for (let i = 0; i < 40 && !back; i++) {
      await page.keyboard.press('Tab');
      back = await page.evaluate(
        () =>
          document.activeElement?.closest('.breadcrumbs') !== null &&
          document.activeElement?.getAttribute('href') === '/',
      );
    }
    expect(back).toBe(true);
    await Promise.all([page.waitForURL(`${site.base}/`), page.keyboard.press('Enter')]);
    await page.close();
  });
});

describe('the header on a phone', () => {
  const headingTop = (page: Page) => page.locator('main h1').evaluate((h) => h.getBoundingClientRect().top);

  it('puts a story’s heading within the top 250 px at 375 px, at every text size, and the script moves nothing', async () => {
    for (const size of ['standard', 'large', 'xlarge']) {
      const context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
      await context.addInitScript((s) => localStorage.setItem('xinfeng-text-size', s), size);
      const page = await context.newPage();
      // The preference (an inline script before the first paint) applies; the page's modules do not run.
      await page.route('**/_astro/*.js', (route) => route.abort());
      await page.goto(`${site.base}/stories/lunyi-weixiu/`);
      const withoutModules = await headingTop(page);
      await page.unroute('**/_astro/*.js');
      await page.goto(`${site.base}/stories/lunyi-weixiu/`, { waitUntil: 'networkidle' });
      await page.waitForSelector('reading-tools:not([hidden])', { state: 'attached' });
      expect(await headingTop(page), size).toBe(withoutModules);
      expect(withoutModules, size).toBeLessThanOrEqual(250);
      await context.close();
    }
  });

  it('leaves no axe violation at 375 px with each menu open', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.base}/impact/`, { waitUntil: 'networkidle' });
    await page.evaluate(AXE);
    for (const menu of ['.sections-menu', '.tools-menu']) {
      await page.click(`${menu} summary`);
      expect(await axeViolations(page), menu).toEqual([]);
      await page.click(`${menu} summary`);
    }
    await context.close();
  });

  it('draws the charts’ bars at 3:1 or more against the page, in both display modes', async () => {
    for (const contrast of [false, true]) {
      const context = await site.browser.newContext();
      if (contrast) await withModes(context, site.base, ['contrast']);
      const page = await context.newPage();
      await page.goto(`${site.base}/impact/`);
      const ratio = await page.evaluate(() => {
        const rgb = (css: string) => css.match(/\d+/g)!.slice(0, 3).map(Number);
        const luminance = (c: number[]) =>
          c
            .map((v) => v / 255)
            .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
            .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
        const bar = luminance(rgb(getComputedStyle(document.querySelector('rect.chart-bar')!).fill));
        const paper = luminance(rgb(getComputedStyle(document.body).backgroundColor));
        return (Math.max(bar, paper) + 0.05) / (Math.min(bar, paper) + 0.05);
      });
      expect(ratio, contrast ? 'high contrast' : 'standard').toBeGreaterThanOrEqual(3);
      await context.close();
    }
  });

  it('opens 栏目 without JavaScript onto every section; 搜索 and 字号 are one tap away', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.base}/stories/lunyi-weixiu/`);
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    await page.click('.sections-menu summary');
    const links = page.locator('.sections-menu nav a');
    expect(await links.allTextContents()).toEqual(SECTIONS.map((s) => s.label));
    for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
    expect(await page.locator('.header-actions a', { hasText: '搜索' }).getAttribute('href')).toBe('/search/');
    expect(await page.locator('.tools-menu summary').isVisible()).toBe(true);
    await page.click('.header-actions a:has-text("搜索")');
    expect(new URL(page.url()).pathname).toBe('/search/');
    await context.close();
  });
});

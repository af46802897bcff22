/**
 * 长辈版 as an elderly reader meets it on a 375 px phone in Debian's Chromium: one link on the first
 * screen switches it on, with or without JavaScript; it is remembered across pages and switched off the
 * same way; every kind of page then has body text of 22 px or more, lines 1.8 apart, no tap target under
 * 60 × 60 but links inside a sentence of an entry's text, nothing scrolling sideways, and no axe finding.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, withModes, type SiteInBrowser } from '../support/browser';
import { AXE, axeViolations } from '../support/axe';

let site: SiteInBrowser;

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

const PHONE = { viewport: { width: 375, height: 800 } };
const EVERY_KIND = [
  '/',
  '/stories/',
  '/stories/lunyi-weixiu/',
  '/teams/',
  '/teams/qianshou-guanai/',
  '/announcements/',
  '/announcements/xueleifeng-huodongyue-tongzhi/',
  '/campaigns/',
  '/campaigns/jinhui-zhulao/',
  '/fields/zhulao-zhucan/',
  '/videos/',
  '/media/',
  '/search/?q=敬老',
  '/join/',
  '/about/',
  '/impact/',
  '/honours/',
  '/sitemap/',
  '/404.html',
];

/** What a reader in 长辈版 would find wrong with the page as it is now. */
function elderProblems(page: Page) {
  return page.evaluate(() => {
    const shown = (e: Element) => {
      const box = e.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(e).visibility !== 'hidden';
    };
    const describe = (e: Element) => `${e.tagName.toLowerCase()} “${(e.textContent ?? '').trim().slice(0, 16)}”`;
    // The inline exception of WCAG 2.5.8: a link inside a sentence of what staff wrote.
    const inSentence = (e: Element) => e.matches('.entry-text :is(p, li) a');
    const smallTargets = [...document.querySelectorAll('a, button, summary, input, select, textarea')]
      .filter((e) => shown(e) && !inSentence(e))
      .map((e) => [e, e.getBoundingClientRect()] as const)
      .filter(([, box]) => box.width < 59.5 || box.height < 59.5)
      .map(([e, box]) => `${describe(e)} ${Math.round(box.width)}×${Math.round(box.height)}`);
    const smallText: string[] = [];
    const tightLines: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const e = node.parentElement!;
      // A chart's labels are drawn in its own coordinates; its figures are also in a table.
      if (!node.textContent!.trim() || !shown(e) || e.closest('svg')) continue;
      const style = getComputedStyle(e);
      if (parseFloat(style.fontSize) < 22) smallText.push(`${describe(e)} ${style.fontSize}`);
    }
    // Paragraphs, where lines follow lines (a one-line label may sit tighter).
    for (const p of document.querySelectorAll('p')) {
      const style = getComputedStyle(p);
      if (shown(p) && parseFloat(style.lineHeight) / parseFloat(style.fontSize) < 1.8) {
        tightLines.push(`${describe(p)} ${style.lineHeight}`);
      }
    }
    return {
      sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      smallTargets,
      smallText: [...new Set(smallText)],
      tightLines: [...new Set(tightLines)],
    };
  });
}

/** Taps a link and waits for the page it leads to, stylesheets and all. */
async function follow(page: Page, link: ReturnType<Page['getByRole']>): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), link.click()]);
}

describe('长辈版', () => {
  it('is one link on the first screen of every page, and works without JavaScript', async () => {
    const context = await site.browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.base}/stories/lunyi-weixiu/`);
    const entry = page.getByRole('link', { name: /^长辈版/ });
    const box = (await entry.boundingBox())!;
    expect(box.y + box.height).toBeLessThan(200);
    expect(await entry.evaluate((a) => a.closest('details, nav'))).toBeNull();
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('18px');

    await follow(page, entry);
    expect(page.url()).toBe(`${site.base}/stories/lunyi-weixiu/`);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('22.5px');
    // Said to a screen reader too: the bar at the top is named for the mode and says it is on.
    const bar = page.getByRole('region', { name: /长辈版/ });
    expect(await bar.textContent()).toContain('已打开');
    expect(await page.getByRole('link', { name: /^长辈版/ }).count()).toBe(0);

    // Remembered on the next page; high contrast from the bar; and back to the usual site.
    await page.goto(`${site.base}/teams/`);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('22.5px');
    await follow(page, page.getByRole('link', { name: '高对比度', exact: true }));
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    await follow(page, page.getByRole('link', { name: '关闭高对比度' }));
    await follow(page, page.getByRole('link', { name: '退出长辈版' }));
    expect(page.url()).toBe(`${site.base}/teams/`);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('18px');
    await context.close();
  });

  it('is the same with JavaScript: marked before the first paint, with 朗读本页 at the top', async () => {
    const context = await site.browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(`${site.base}/`);
    await follow(page, page.getByRole('link', { name: /^长辈版/ }));
    expect(await page.getAttribute('html', 'data-elder')).toBe('');
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('22.5px');
    await page.goto(`${site.base}/stories/lunyi-weixiu/`);
    // Chromium speaks Chinese where a voice is installed; the button shows wherever it can.
    const speaks = await page.evaluate(() => 'speechSynthesis' in window);
    const readAloud = page.locator('.mode-bar read-aloud');
    expect(await readAloud.isVisible()).toBe(speaks);
    expect(await readAloud.getAttribute('data-target')).toBe('.story-body');
    await context.close();
  });

  it('on every kind of page: 22 px text, 1.8 line height, 60 px targets, no sideways scroll, axe clean', async () => {
    const problems: Record<string, unknown> = {};
    for (const javaScript of [true, false]) {
      const context = await site.browser.newContext({ ...PHONE, javaScriptEnabled: javaScript });
      await withModes(context, site.base, ['elder']);
      const page = await context.newPage();
      for (const p of javaScript ? EVERY_KIND : ['/', '/stories/lunyi-weixiu/']) {
        await page.goto(site.base + p, { waitUntil: 'load' });
        const found = await elderProblems(page);
        const axe = javaScript ? (await page.evaluate(AXE), await axeViolations(page)) : [];
        if (
          found.sideways > 0 ||
          found.smallTargets.length ||
          found.smallText.length ||
          found.tightLines.length ||
          axe.length
        ) {
          problems[`${p}${javaScript ? '' : ' (no JavaScript)'}`] = { ...found, axe };
        }
      }
      await context.close();
    }
    expect(problems).toEqual({});
  });
});

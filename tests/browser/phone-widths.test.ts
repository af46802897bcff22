/**
 * Every kind of page on a phone: a 320 px screen and a 375 px one, at every text size and in high contrast,
 * never scrolls sideways, keeps its tap targets at 44 px, its header compact and phone numbers whole.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, withModes, type SiteInBrowser } from '../support/browser';

let site: SiteInBrowser;

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe('on a phone', () => {
  it('fits a 320 px wide phone without sideways scrolling', async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    for (const p of [
      '/',
      '/stories/',
      '/stories/xueleifeng-qidong/',
      '/teams/',
      '/teams/qianshou-guanai/',
      '/announcements/xueleifeng-huodongyue-tongzhi/',
      '/campaigns/jinhui-zhulao/',
      '/media/',
      '/search/?q=敬老',
      '/join/',
    ]) {
      await page.goto(site.base + p, { waitUntil: 'networkidle' });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, p).toBeLessThanOrEqual(0);
      // Tap targets: every control and every link that is not part of running text is at least 44 px tall.
      const small = await page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLElement>(
            'button, input, select, summary, .site-nav a, .chips a, .breadcrumbs a, .brand, .pager a, .site-footer li a',
          ),
        ]
          .filter((e) => e.offsetParent !== null)
          // A checkbox is tapped through its whole label.
          .map((e) => (e.matches('input[type="checkbox"]') ? (e.closest('label') ?? e) : e))
          .filter((e) => e.getBoundingClientRect().height < 44)
          .map(
            (e) =>
              `${e.tagName} “${e.textContent?.trim().slice(0, 12)}” ${Math.round(e.getBoundingClientRect().height)}px`,
          ),
      );
      expect(small, p).toEqual([]);
    }
    await page.close();
  });

  it('never scrolls sideways at 320 and 375 px, at every text size and in high contrast, keeps the header compact and phone numbers whole', async () => {
    const pages = [
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
      '/media/',
      '/search/?q=敬老',
      '/join/',
      '/about/',
      '/404.html',
      '/impact/',
      '/honours/',
    ];
    const problems: string[] = [];
    for (const width of [320, 375]) {
      for (const [size, contrast] of [
        ['standard', false],
        ['large', false],
        ['xlarge', false],
        ['xlarge', true],
      ] as const) {
        const context = await site.browser.newContext({ viewport: { width, height: 800 } });
        await context.addInitScript((s) => localStorage.setItem('xinfeng-text-size', s), size);
        if (contrast) await withModes(context, site.base, ['contrast']);
        const page = await context.newPage();
        for (const p of pages) {
          await page.goto(site.base + p, { waitUntil: 'load' });
          const { overflow, header, brokenPhones } = await page.evaluate(() => ({
            overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            header: document.querySelector('.site-header')!.getBoundingClientRect().height,
            brokenPhones: [...document.querySelectorAll('a[href^="tel:"]')]
              .filter((a) => a.getClientRects().length > 1)
              .map((a) => a.textContent),
          }));
          const where = `${width}px ${size}${contrast ? ' high contrast' : ''} ${p}`;
          if (overflow > 0) problems.push(`${where}: ${overflow}px wider than the screen`);
          // The first screen is for the page: the header takes at most about a third of it.
          if (header > 280) problems.push(`${where}: header ${Math.round(header)}px tall`);
          for (const phone of brokenPhones) problems.push(`${where}: ${phone} breaks across lines`);
        }
        await context.close();
      }
    }
    expect(problems).toEqual([]);
  }, 180_000);
});

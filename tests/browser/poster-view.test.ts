/**
 * 生成分享海报 as a reader taps it in Chromium: with JavaScript the poster opens full screen over the
 * page, loaded whole, to long-press or 保存海报, and 关闭 returns to the page; without it, the link is the
 * image itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteInBrowser } from '../support/browser';

let site: SiteInBrowser;

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe('the share poster on a phone', () => {
  it('opens full screen with JavaScript, and closes back to the page', async () => {
    const page = await site.browser.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(`${site.base}/stories/lunyi-weixiu/`);
    await page.getByRole('link', { name: '生成分享海报' }).click();
    const dialog = page.getByRole('dialog', { name: '分享海报' });
    await dialog.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const shown = await dialog.locator('img').evaluate((img: HTMLImageElement) => {
      const box = img.getBoundingClientRect();
      return {
        natural: img.naturalWidth,
        alt: img.alt,
        inView: box.top >= 0 && box.bottom <= innerHeight,
        width: box.width,
      };
    });
    expect(shown).toMatchObject({
      natural: 1080,
      alt: '分享海报：一把扳手修好 30 辆轮椅：助残志愿者的“流动维修站”',
      inView: true,
    });
    expect(shown.width).toBeGreaterThan(300);
    expect(page.url()).toBe(`${site.base}/stories/lunyi-weixiu/`);
    expect(await dialog.getByRole('link', { name: '保存海报' }).getAttribute('download')).toBe('');
    await dialog.getByRole('button', { name: '关闭' }).click();
    expect(await dialog.isVisible()).toBe(false);
    await page.close();
  });

  it('is the image itself without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.base}/campaigns/jinhui-zhulao/`);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/poster.jpg')),
      page.getByRole('link', { name: '生成分享海报' }).click(),
    ]);
    expect(response.headers()['content-type']).toBe('image/jpeg');
    expect(page.url()).toBe(`${site.base}/campaigns/jinhui-zhulao/poster.jpg`);
    await context.close();
  });
});

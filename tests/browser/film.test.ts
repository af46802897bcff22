/**
 * Debian's Chromium plays the sample 微电影 on its built page at a phone's width, inside the page
 * (time advances, the layout stays within the screen), with its captions track loaded.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openSite, type SiteInBrowser } from '../support/browser';

let site: SiteInBrowser;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

it('plays the sample film at 375 px inside the page, captions loaded, nothing wider than the screen', async () => {
  const context = await site.browser.newContext({ viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  await page.goto(`${site.base}/stories/xueleifeng-qidong/`, { waitUntil: 'networkidle' });
  const box = await page.locator('video').boundingBox();
  expect(box!.width).toBeLessThanOrEqual(375);
  // A reader's tap is the user activation that lets a film with sound start.
  await page.locator('video').click();
  await page.locator('video').evaluate((v: HTMLVideoElement) => (v.paused ? v.play() : undefined));
  await page.waitForFunction(() => (document.querySelector('video') as HTMLVideoElement).currentTime > 1, undefined, {
    timeout: 10_000,
  });
  const state = await page.evaluate(() => {
    const v = document.querySelector('video') as HTMLVideoElement;
    return {
      error: v.error?.code ?? null,
      duration: Math.round(v.duration),
      cues: v.textTracks[0]?.cues?.length ?? 0,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      fullscreen: document.fullscreenElement !== null,
    };
  });
  expect(state).toEqual({ error: null, duration: 6, cues: 3, overflow: 0, fullscreen: false });
  await context.close();
});

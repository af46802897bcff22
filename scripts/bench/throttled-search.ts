/**
 * Search on a phone on county mobile data, as the search issue measures it: Chromium with the network at
 * Slow 4G (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) and the CPU slowed 4× through the DevTools
 * protocol, a cold cache (a new browser context), from navigating to /search/?q=… until the first result
 * link is on screen: the page itself notes the first frame drawn after the link appeared, since
 * Playwright's own polling of a page whose CPU is slowed 4× lags by a hundred milliseconds or more.
 * Served compressed (the shipped nginx configuration over HTTPS, Brotli) or not (the preview server);
 * the same measure unthrottled gives this machine's own time to the first result.
 */
import type { Browser, CDPSession, Request } from 'playwright-core';
import { startNginx } from '../server/serve-nginx.ts';
import { startPreview } from '../server/serve.ts';

export interface ThrottledRun {
  /** ms from navigation to the first result link on screen */
  firstResult: number;
  /** bytes over the network (compressed where served so) until then */
  bytes: number;
  /** every request until then: path, start and end in ms after navigation, bytes */
  waterfall: { path: string; start: number; end: number; bytes: number }[];
}

const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6e6 / 8) * 0.9,
  uploadThroughput: (750e3 / 8) * 0.9,
};

async function throttle(cdp: CDPSession) {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/** One cold search for `query` on the site in `dir`, on the throttled phone or at this machine's speed. */
export async function throttledSearch(
  browser: Browser,
  dir: string,
  query: string,
  serving: 'compressed' | 'uncompressed',
  throttled = true,
): Promise<ThrottledRun> {
  const server =
    serving === 'compressed'
      ? await startNginx(dir).then((n) => ({ url: n.https, close: n.close }))
      : await startPreview(dir);
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 375, height: 812 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (throttled) await throttle(cdp);
    // The context's requests, a worker's included (Pagefind ran in one before the search issue).
    type Finished = { path: string; start: number; end: number; bytes: number };
    const finished: Promise<Finished | undefined>[] = [];
    const onFinished = (request: Request) =>
      finished.push(
        request
          .sizes()
          .then((sizes) => {
            const t = request.timing();
            return {
              path: new URL(request.url()).pathname,
              start: t.startTime,
              end: t.startTime + t.responseEnd,
              bytes: sizes.responseBodySize + sizes.responseHeadersSize,
            };
          })
          // one still finishing when the context closes (a thumbnail after the first result)
          .catch(() => undefined),
      );
    context.on('requestfinished', onFinished);
    await page.addInitScript(() => {
      const seen = new MutationObserver(() => {
        if (!document.querySelector('.search-result h2 a')) return;
        seen.disconnect();
        requestAnimationFrame(() =>
          setTimeout(() => ((window as { firstResult?: number }).firstResult = performance.now())),
        );
      });
      seen.observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as { firstResult?: number }).firstResult !== undefined, undefined, {
      timeout: 60_000,
    });
    // Both from the navigation's start, the page's own clock.
    const { firstResult, started } = await page.evaluate(() => ({
      firstResult: Math.round((window as { firstResult?: number }).firstResult!),
      started: performance.timeOrigin,
    }));
    context.off('requestfinished', onFinished);
    const done = (await Promise.all(finished)).filter((r): r is Finished => !!r && r.start <= started + firstResult);
    return {
      firstResult,
      bytes: done.reduce((n, r) => n + r.bytes, 0),
      waterfall: done
        .map((r) => ({ ...r, start: Math.round(r.start - started), end: Math.round(r.end - started) }))
        .sort((a, b) => a.start - b.start),
    };
  } finally {
    await context.close();
    await server.close();
  }
}

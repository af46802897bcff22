/**
 * Search on a phone on county mobile data, as the search issue measures it: Chromium with the network at
 * Slow 4G (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) and the CPU slowed 4× through the DevTools
 * protocol, a cold cache, from navigating to /search/?q=… until the first result link is on screen.
 * Served compressed (the shipped nginx configuration, Brotli) or not (the preview server).
 */
import type { Browser, CDPSession } from 'playwright-core';
import { startNginx } from '../serve-nginx.ts';
import { startPreview } from '../serve.ts';

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
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/** One cold, throttled search for `query` on the site in `dir`. */
export async function throttledSearch(
  browser: Browser,
  dir: string,
  query: string,
  serving: 'compressed' | 'uncompressed',
): Promise<ThrottledRun> {
  const server =
    serving === 'compressed'
      ? await startNginx(dir).then((n) => ({ url: n.https, close: n.close }))
      : await startPreview(dir);
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 375, height: 812 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await throttle(cdp);
    // Playwright sees the worker's requests too (Pagefind fetches its WebAssembly and index from one).
    const finished: Promise<{ path: string; start: number; end: number; bytes: number }>[] = [];
    context.on('requestfinished', (request) =>
      finished.push(
        request.sizes().then((sizes) => {
          const t = request.timing();
          return {
            path: new URL(request.url()).pathname,
            start: t.startTime,
            end: t.startTime + t.responseEnd,
            bytes: sizes.responseBodySize + sizes.responseHeadersSize,
          };
        }),
      ),
    );
    const started = Date.now();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
    await page.locator('.search-result h2 a').first().waitFor({ state: 'visible', timeout: 60_000 });
    const firstResult = Date.now() - started;
    const done = (await Promise.all(finished)).filter((r) => r.start <= started + firstResult);
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

/**
 * Looks at pages as a reader would: full-page screenshots at a phone width (375 px) and a desktop
 * width (1280 px) from Debian's Chromium. Run against a preview server:
 *   npm run preview &  node scripts/dev/screenshots.ts /tmp/shots / /stories/xueleifeng-qidong/
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/support/chromium.ts';

const [outDir = '/tmp/shots', ...pagePaths] = process.argv.slice(2);
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4321';
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const width of [375, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    for (const pagePath of pagePaths.length ? pagePaths : ['/']) {
      await page.goto(base + pagePath, { waitUntil: 'networkidle' });
      // Scroll through once so lazy photos below the fold load before the full-page shot.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 600) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 50));
        }
        window.scrollTo(0, 0);
        await Promise.all(
          [...document.images].map((img) =>
            img.complete ? null : new Promise((r) => img.addEventListener('load', r, { once: true })),
          ),
        );
      });
      // /stories/page/2/ → stories_page_2, / → home; other characters (a Chinese query) stay apart, encoded.
      const trimmed = pagePath.replace(/^\/|\/$/g, '').replaceAll('/', '_');
      const name = encodeURIComponent(trimmed).replace(/[^a-z0-9_]+/gi, '-') || 'home';
      await page.screenshot({ path: `${outDir}/${name}-${width}.png`, fullPage: true });
    }
    await page.close();
  }
} finally {
  await browser.close();
}

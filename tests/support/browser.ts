/**
 * A real browser on a built site: the preview server, started in this test process on a free port so
 * it ends with the process, plus Debian's Chromium.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startPreview } from '../../scripts/server/serve.ts';
import { modeCookie, type ReaderMode } from '../../src/lib/reader-modes.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { SAMPLE_SITE } from './site-build';

export interface SiteInBrowser {
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function openSite(dir = SAMPLE_SITE): Promise<SiteInBrowser> {
  const preview = await startPreview(dir);
  try {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    return {
      base: preview.url,
      browser,
      close: async () => {
        await browser.close();
        await preview.close();
      },
    };
  } catch (error) {
    await preview.close();
    throw error;
  }
}

/** Opens the header's 字号 menu, as a reader taps it, and waits for its buttons to work. */
export async function openReadingTools(page: Page): Promise<void> {
  if (!(await page.locator('.tools-menu').evaluate((d) => (d as HTMLDetailsElement).open))) {
    await page.click('.tools-menu summary');
  }
  await page.waitForSelector('reading-tools:not([hidden])');
}

/**
 * Reports into `problems` every Content-Security-Policy violation, console error and uncaught script
 * error of the page, listening before any of the page's own scripts run, so none goes unseen.
 */
export async function reportPolicyProblems(page: Page, problems: string[]): Promise<void> {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${page.url()}: console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(
        `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
}

/** A context whose reader has switched these modes on (as the server's /mode/… link leaves them). */
export async function withModes(context: BrowserContext, base: string, modes: ReaderMode[]): Promise<void> {
  await context.addCookies(modes.map((mode) => ({ name: modeCookie(mode), value: 'on', url: base })));
}

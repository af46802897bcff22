/** A real browser on the built sample site: the preview server plus Debian's Chromium. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { ROOT, SAMPLE_SITE } from './site-build';

export interface SiteInBrowser {
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function openSite(port: number, dir = SAMPLE_SITE): Promise<SiteInBrowser> {
  const server: ChildProcess = spawn(
    process.execPath,
    [path.join(ROOT, 'scripts/serve.ts'), '--dir', dir, '--port', String(port)],
    { stdio: 'ignore' },
  );
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) break;
    } catch {
      if (i > 100) throw new Error('preview server did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return {
    base,
    browser,
    close: async () => {
      await browser.close();
      server.kill();
    },
  };
}

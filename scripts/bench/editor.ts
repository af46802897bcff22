/**
 * Measures the web editor as staff meet it, through npm run admin on a scratch copy of the content:
 * the JavaScript /admin/ loads before its first screen (bytes on the wire with gzip, as a web server
 * compressing it sends them), the time from opening /admin/ to the login button and from logging in
 * to the list of stories (the first screen staff can use), and the time from pressing 发布 to the commit;
 * and on the built site (npm run build first), the time from opening /admin/ to its Forgejo login button.
 *   node scripts/bench/editor.ts [--runs 5] [--dir dist]
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/support/chromium.ts';
import { startEditor } from '../../tests/support/editor-session.ts';
import { waitFor } from '../../tests/support/wait-for.ts';
import { median } from './measure.ts';
import { startPreview } from '../server/serve.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, dir: { type: 'string', default: 'dist' } },
});
const runs = Number(values.runs);

const editor = await startEditor('bench');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const commits = () => Number(editor.git('rev-list', '--count', 'HEAD').trim());
const toLogin: number[] = [];
const toList: number[] = [];
const toCommit: number[] = [];
const builtToLogin: number[] = [];
let scripts = { raw: 0, gzip: 0, files: 0 };
try {
  for (let run = 0; run < runs; run++) {
    // A new browser profile each time: nothing cached, no login remembered.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const loaded: Promise<Buffer | null>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') loaded.push(response.body().catch(() => null));
    });
    const start = performance.now();
    await page.goto(editor.url);
    await page.getByRole('button', { name: '登录' }).waitFor({ timeout: 120_000 });
    toLogin.push(performance.now() - start);
    const bodies = (await Promise.all(loaded)).filter((b): b is Buffer => b !== null);
    scripts = {
      raw: bodies.reduce((sum, b) => sum + b.length, 0),
      gzip: bodies.reduce((sum, b) => sum + gzipSync(b, { level: 6 }).length, 0),
      files: bodies.length,
    };
    const login = performance.now();
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('2026-11-05　一把扳手修好').waitFor({ timeout: 60_000 });
    toList.push(performance.now() - login);

    await page.goto(`${editor.url}#/collections/stories/entries/2026/lunyi-weixiu/index`);
    const title = page.getByLabel('标题', { exact: true });
    await waitFor('the story', async () => (await title.inputValue()) !== '' || undefined);
    await title.fill(`${await title.inputValue()}${run}`);
    const before = commits();
    await page.getByRole('button', { name: '发布' }).click();
    const publish = performance.now();
    await page.getByText('立即发布').click();
    await waitFor('the commit', () => commits() > before || undefined, { timeoutMs: 60_000, intervalMs: 20 });
    toCommit.push(performance.now() - publish);
    await context.close();
  }
  if (existsSync(path.join(values.dir!, 'admin/index.html'))) {
    const preview = await startPreview(values.dir!);
    try {
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext({ locale: 'zh-CN' });
        const page = await context.newPage();
        const start = performance.now();
        await page.goto(`${preview.url}/admin/`);
        await page.getByRole('button', { name: '使用 Forgejo 登录' }).waitFor({ timeout: 120_000 });
        builtToLogin.push(performance.now() - start);
        await context.close();
      }
    } finally {
      await preview.close();
    }
  }
} finally {
  await browser.close();
  await editor.close();
}
const ms = (list: number[]) => `${Math.round(median(list))} ms (runs: ${list.map(Math.round).join(', ')})`;
console.log(`JavaScript before the login screen: ${scripts.files} files, ${(scripts.raw / 1e6).toFixed(2)} MB, ${(scripts.gzip / 1e6).toFixed(2)} MB with gzip
Open /admin/ to the login button:     ${ms(toLogin)}
Log in to the list of stories:        ${ms(toList)}
Press 发布 to the commit:              ${ms(toCommit)}
Built site, open /admin/ to Forgejo login: ${builtToLogin.length ? ms(builtToLogin) : `no ${values.dir}/admin/ (run npm run build first)`}`);

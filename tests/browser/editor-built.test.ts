/**
 * The web editor as the built site serves it (/admin/ of the sample build): it opens on the Forgejo
 * login asking nothing of another origin, its entry formats write every sample entry back byte for
 * byte, and its preview template shows of a body exactly what the site's own Markdown pipeline
 * (Sätteri with the site's directives and allow-list) makes of it: same elements, attributes and text,
 * for bodies that try everything the allow-list stops and bodies that use everything it keeps.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { markdownToHtml } from 'satteri';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteMarkdown } from '../../src/markdown/pipeline';
import { openSite } from '../support/browser';
import { HOSTILE, RICH } from '../support/hostile-markdown';
import { htmlShape } from '../support/html-shape';
import { ROOT } from '../support/site-build';

const SITE = 'https://xinfeng.example.org/';
let site: Awaited<ReturnType<typeof openSite>>;
/** /admin/ of the built site, loaded and waiting on its login. */
let staff: Page;

beforeAll(async () => {
  site = await openSite();
  staff = await site.browser.newPage();
  await staff.goto(`${site.base}/admin/`);
  await staff.getByRole('button', { name: '使用 Forgejo 登录' }).waitFor({ timeout: 60_000 });
}, 120_000);
afterAll(async () => {
  await site?.close();
});

describe('the editor page of the built site', () => {
  it('opens on the Forgejo login in Chinese, asking nothing of another origin and breaking none of its policy', async () => {
    const page = await site.browser.newPage();
    const seen: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(site.base)) seen.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') seen.push(message.text());
    });
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective}`)),
    );
    const response = await page.goto(`${site.base}/admin/`);
    expect(response!.headers()['content-security-policy']).toContain("'unsafe-eval'");
    await page.getByRole('button', { name: '使用 Forgejo 登录' }).waitFor({ timeout: 60_000 });
    expect(seen).toEqual([]);
  }, 120_000);

  it('reads and writes back every sample entry byte for byte with the script it serves', async () => {
    const content = path.join(ROOT, 'sample');
    const samples = readdirSync(content, { recursive: true, encoding: 'utf-8' })
      .filter((file) => file.endsWith('.md'))
      .map((file) => ({
        file,
        collection: file.split(path.sep)[0]!,
        text: readFileSync(path.join(content, file), 'utf-8'),
      }));
    const changed = await staff.evaluate((entries) => {
      const formats = (
        window as unknown as {
          CMS: {
            getCustomFormatsFormatters(): Record<string, { fromFile(t: string): unknown; toFile(d: unknown): string }>;
          };
        }
      ).CMS.getCustomFormatsFormatters();
      return entries
        .filter(({ collection, text }) => {
          const format = formats[`xinfeng-${collection}`]!;
          return format.toFile(format.fromFile(text)) !== text;
        })
        .map((e) => e.file);
    }, samples);
    expect(samples.length).toBeGreaterThan(30);
    expect(changed).toEqual([]);
  }, 60_000);

  it('previews a body exactly as the built page shows it: what the preview drops, the build drops', async () => {
    const bodies = { hostile: HOSTILE, rich: RICH };
    const previews = await staff.evaluate((all) => {
      type Template = (props: unknown) => { props: { dangerouslySetInnerHTML: { __html: string } } };
      const cms = (window as unknown as { CMS: { getPreviewTemplate(name: string): Template } }).CMS;
      const template = cms.getPreviewTemplate('stories');
      return Object.fromEntries(
        Object.entries(all).map(([name, body]) => {
          const data = { title: '预览', summary: '摘要', published: '2026-11-20 09:00', body };
          const entry = { get: (key: string) => (key === 'data' ? { toJS: () => data } : undefined) };
          const html = template({ entry, getAsset: (p: string) => p }).props.dangerouslySetInnerHTML.__html;
          const page = new DOMParser().parseFromString(html, 'text/html');
          return [name, page.querySelector('.story-body')!.innerHTML];
        }),
      );
    }, bodies);
    for (const [name, body] of Object.entries(bodies)) {
      const built = (await markdownToHtml(body, siteMarkdown)).html;
      const shape = (html: string) => htmlShape(html, SITE).filter((element) => !/^(br|hr)\[\]$/.test(element));
      expect(shape(previews[name]!), name).toEqual(shape(built));
    }
    expect(previews.hostile).not.toMatch(/script|onerror|onclick|javascript:|iframe|<svg|<form|style=/i);
  }, 60_000);
});

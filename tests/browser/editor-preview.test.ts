/**
 * The editor's preview pane renders a body by the build's rules: on the built site's /admin/, the
 * preview template the editor registers is given bodies that try everything the allow-list stops and
 * bodies that use everything it keeps, and what it shows of each is what the site's own Markdown
 * pipeline (Sätteri with the site's directives and allow-list) makes of it: same elements, same
 * attributes, same text. What the preview drops, the build drops.
 */
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { siteMarkdown } from '../../src/markdown/pipeline';
import { openSite } from '../support/browser';
import { HOSTILE, RICH } from '../support/hostile-markdown';
import { htmlShape } from '../support/html-shape';

const SITE = 'https://xinfeng.example.org/';
const BODIES = { hostile: HOSTILE, rich: RICH };

describe('the editor’s preview pane', () => {
  it('shows of a body exactly what the built page shows', async () => {
    const site = await openSite();
    try {
      const staff = await site.browser.newPage();
      await staff.goto(`${site.base}/admin/`);
      await staff.getByRole('button', { name: '使用 Forgejo 登录' }).waitFor({ timeout: 60_000 });
      const previews = await staff.evaluate((bodies) => {
        type Template = (props: unknown) => { props: { dangerouslySetInnerHTML: { __html: string } } };
        const cms = (window as unknown as { CMS: { getPreviewTemplate(name: string): Template } }).CMS;
        const template = cms.getPreviewTemplate('stories');
        return Object.fromEntries(
          Object.entries(bodies).map(([name, body]) => {
            const data = { title: '预览', summary: '摘要', published: '2026-11-20 09:00', body };
            const entry = { get: (key: string) => (key === 'data' ? { toJS: () => data } : undefined) };
            const html = template({ entry, getAsset: (p: string) => p }).props.dangerouslySetInnerHTML.__html;
            const page = new DOMParser().parseFromString(html, 'text/html');
            return [name, page.querySelector('.story-body')!.innerHTML];
          }),
        );
      }, BODIES);
      for (const [name, body] of Object.entries(BODIES)) {
        const built = (await markdownToHtml(body, siteMarkdown)).html;
        const shape = (html: string) => htmlShape(html, SITE).filter((element) => !/^(br|hr)\[\]$/.test(element));
        expect(shape(previews[name]!), name).toEqual(shape(built));
      }
      expect(previews.hostile).not.toMatch(/script|onerror|onclick|javascript:|iframe|<svg|<form|style=/i);
    } finally {
      await site.close();
    }
  }, 120_000);
});

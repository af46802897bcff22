/**
 * One allow-list, three users: the page's Markdown pipeline renders only what it allows, the feed
 * carries exactly what the page renders, and the check refuses the rest (tests/content-errors/).
 */
import { load } from 'cheerio';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { attributeAllowed } from '../../src/lib/allow-list';
import { feedHtml } from '../../src/lib/feed-html';
import { siteMarkdown } from '../../src/markdown/pipeline';
import { htmlShape } from '../support/html-shape';
import { HOSTILE } from '../support/hostile-markdown';

const SITE = 'https://xinfeng.example.org/';
const page = async (markdown: string) => (await markdownToHtml(markdown, siteMarkdown)).html;

describe('attributeAllowed', () => {
  it('keeps a safe link and the site’s own classes', () => {
    expect(attributeAllowed('a', 'href', 'https://www.gov.cn/')).toBe(true);
    expect(attributeAllowed('figure', 'class', 'gallery')).toBe(true);
  });
  it('refuses scripts, styles, unsafe addresses and anything unlisted', () => {
    expect(attributeAllowed('a', 'href', 'javascript:alert(1)')).toBe(false);
    expect(attributeAllowed('a', 'onclick', 'x')).toBe(false);
    expect(attributeAllowed('p', 'style', 'color:red')).toBe(false);
    expect(attributeAllowed('p', 'class', 'who sample-badge')).toBe(false);
    expect(attributeAllowed('input', 'type', 'checkbox')).toBe(false);
    expect(attributeAllowed('img', 'srcset', '/a.jpg 1x, javascript:alert(1) 2x')).toBe(false);
    expect(attributeAllowed('marquee', 'title', 'x')).toBe(false);
  });
});

describe('the page’s Markdown pipeline', () => {
  it('renders nothing that runs code or loads another site, and keeps the words', async () => {
    const html = await page(HOSTILE);
    expect(html).not.toMatch(/<(script|iframe|svg|object|form|input|meta|base|style)\b/i);
    expect(html).not.toMatch(/\son\w+=|style=|javascript|evil\.example|<!--/i);
    const $ = load(html);
    expect(
      $('a')
        .map((_, a) => $(a).text())
        .get(),
    ).toEqual(['点我', '也点我']);
    expect($('a[href]').length).toBe(0);
    expect($('div').text()).toBe('块');
  });

  it('turns the site’s directives into a gallery and a quote, and leaves colons in prose alone', async () => {
    const html = await page(
      '下午3:30 在 网址:abc 集合。\n\n:::gallery{caption="重阳节"}\n\n![花](./a.jpg)\n\n:::\n\n:::quote{who="队员"}\n有人陪就好。\n:::\n',
    );
    expect(html).toContain('<p>下午3:30 在 网址:abc 集合。</p>');
    expect(html).toContain(
      '<figure class="gallery"><p><img src="./a.jpg" alt="花"></p><figcaption>重阳节</figcaption></figure>',
    );
    expect(html).toContain('<blockquote class="quote"><p>有人陪就好。</p><p class="who">—— 队员</p></blockquote>');
  });

  it('stops on a directive the site does not know', async () => {
    await expect(page(':::script{src="x"}\nalert(1)\n:::')).rejects.toThrow(/“:::script”不是网站认识的版块/);
  });
});

describe('feeds carry what the page renders, and nothing more', () => {
  it('for hostile and ordinary Markdown alike', async () => {
    const ordinary =
      '## 小标题\n\n正文 **加粗** [队伍](/teams/a/) <mark>重点</mark>，下午3:30。\n\n- [x] 完成\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> 引用\n\n:::quote{who="队员"}\n原话。\n:::\n\n脚注[^1]\n\n[^1]: 注释文字。';
    for (const markdown of [ordinary, HOSTILE]) {
      const rendered = await page(markdown);
      expect(htmlShape(feedHtml(rendered, SITE), SITE)).toEqual(htmlShape(rendered, SITE));
    }
  });
});

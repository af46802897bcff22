/** What a WeChat share, a search engine and a scanning phone see of a page. */
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { SITE_URL, localPath } from '../support/built-feeds';
import { allHtmlPaths, fileFor, page } from '../support/built-pages';
import * as sample from '../support/sample-content';

const ldOf = (p: string) => JSON.parse(page(p)('script[type="application/ld+json"]').text()) as Record<string, any>[];

describe('sharing tags', () => {
  it('give every page Open Graph and Twitter tags with absolute URLs and a real image', () => {
    for (const p of allHtmlPaths()) {
      const $ = page(p);
      const og = (name: string) => $(`meta[property="og:${name}"]`).attr('content');
      expect(og('title'), p).toBeTruthy();
      expect(og('description'), p).toBeTruthy();
      expect(og('url'), p).toBe($('link[rel="canonical"]').attr('href'));
      expect(og('image'), p).toMatch(new RegExp(`^${SITE_URL}/`));
      expect(fileFor(localPath(og('image')!)!), `${p} og:image`).toBeDefined();
      expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
    }
  });
  it('share a story with its own cover', () => {
    const $ = page('/stories/lunyi-weixiu/');
    expect($('meta[property="og:type"]').attr('content')).toBe('article');
    expect($('meta[property="og:image"]').attr('content')).toMatch(/\/_astro\/cover\.[^/]+\.jpg$/);
  });
});

describe('structured data', () => {
  it('describes stories as NewsArticle with +08:00 times', () => {
    for (const story of sample.stories()) {
      const article = ldOf(`/stories/${story.id}/`).find((d) => d['@type'] === 'NewsArticle')!;
      expect(article.headline).toBe(story.title);
      expect(article.datePublished).toMatch(/\+08:00$/);
      expect(article.url).toBe(`${SITE_URL}/stories/${story.id}/`);
    }
  });
  it('describes announced events as Event and every page’s trail as BreadcrumbList', () => {
    const ld = ldOf('/announcements/dongji-songnuan-yugao/');
    const ev = ld.find((d) => d['@type'] === 'Event')!;
    expect(ev.startDate).toBe('2026-12-12T09:00:00+08:00');
    expect(ev.location.name).toContain('全县各乡镇');
    expect(ld.find((d) => d['@type'] === 'BreadcrumbList')!.itemListElement.map((i: any) => i.name)).toEqual([
      '首页',
      '通知公告',
      '冬季送温暖入户走访 12 月 12 日开展',
    ]);
  });
  it('describes the site and each team as an Organization', () => {
    expect(ldOf('/').find((d) => d['@type'] === 'Organization')!.name).toBe('巨野县新时代文明实践中心');
    const team = ldOf('/teams/qingnian/')
      .filter((d) => d['@type'] === 'Organization')
      .map((d) => d.name);
    expect(team).toContain('巨野县青年志愿服务队');
  });
});

describe('QR code', () => {
  it('on every story and announcement decodes to the page’s own address', async () => {
    const pages = allHtmlPaths().filter(
      (p) => /^\/(stories|announcements)\/[a-z0-9-]+\/$/.test(p) && !p.startsWith('/stories/page/'),
    );
    expect(pages.length).toBe(sample.stories().length + sample.announcements().length);
    for (const p of pages) {
      const $ = page(p);
      expect($('.share-box h2').text()).toBe('扫码分享');
      const svg = $.html($('svg.qr'));
      const { data, info } = await sharp(Buffer.from(svg), { density: 300 })
        .resize(400)
        .flatten({ background: '#ffffff' })
        .ensureAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      const decoded = jsQR(new Uint8ClampedArray(data), info.width, info.height);
      expect(decoded?.data, p).toBe(`${SITE_URL}${p}`);
    }
  });
});

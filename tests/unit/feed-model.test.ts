import { describe, expect, it } from 'vitest';
import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { xmlSafe } from '../../src/lib/xml-text';
import { feedHtml } from '../../src/lib/feed-html';
import { jsonFeed, lastUpdated, opml, rssOptions, type FeedItem } from '../../src/lib/feed-model';
import { rfc822 } from '../../src/lib/beijing-time';

const site = {
  url: 'https://xinfeng.example.org/',
  name: '新风',
  image: 'https://xinfeng.example.org/images/site-share.jpg',
};
const channel = {
  path: '/stories/rss.xml',
  title: '志愿故事',
  description: '故事 & 公告',
  pageUrl: 'https://xinfeng.example.org/stories/',
};
const item = (n: number, published: string): FeedItem => ({
  url: `https://xinfeng.example.org/stories/s${n}/`,
  title: `故事 ${n} <重要> & “引号”`,
  summary: '摘要',
  html: '<p>正文 &amp; 图片</p>',
  published: new Date(published),
  author: '队伍 & 作者',
  categories: ['助老助残'],
});

describe('xmlSafe', () => {
  it('removes control characters XML forbids and keeps Chinese, emoji and line breaks', () => {
    expect(xmlSafe('志愿\u0008服务\u000b队\n🙂')).toBe('志愿服务队\n🙂');
  });
});

describe('rfc822', () => {
  it('prints Beijing time with +0800', () => {
    expect(rfc822(new Date('2026-03-03T04:00:00Z'))).toBe('Tue, 03 Mar 2026 12:00:00 +0800');
    expect(rfc822(new Date('2026-03-03T17:30:00Z'))).toBe('Wed, 04 Mar 2026 01:30:00 +0800');
  });
});

describe('feedHtml', () => {
  it('makes links and images absolute and drops what a reader should not run', () => {
    const html = feedHtml(
      '<p data-astro-source="x"><a href="/teams/a/">队伍</a><img src="/_astro/a.webp" srcset="/_astro/a-640.webp 640w, /_astro/a.webp 1600w" alt="图"></p><script>alert(1)</script><style>p{}</style>',
      'https://xinfeng.example.org/',
    );
    expect(html).toBe(
      '<p><a href="https://xinfeng.example.org/teams/a/">队伍</a><img src="https://xinfeng.example.org/_astro/a.webp" srcset="https://xinfeng.example.org/_astro/a-640.webp 640w, https://xinfeng.example.org/_astro/a.webp 1600w" alt="图" /></p>',
    );
  });
});

describe('rssOptions', () => {
  it('gives @astrojs/rss escaped, well-formed XML with +0800 dates and lastBuildDate from the newest item', async () => {
    const xml = await getRssString(
      rssOptions(channel, [item(1, '2026-03-01T01:00:00Z'), item(2, '2026-03-05T01:00:00Z')], site),
    );
    const parsed = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(xml);
    const c = parsed.rss.channel;
    expect(c.lastBuildDate).toBe('Thu, 05 Mar 2026 09:00:00 +0800');
    expect(c['atom:link']['@_href']).toBe('https://xinfeng.example.org/stories/rss.xml');
    expect(c.item[0].title).toBe('故事 1 <重要> & “引号”');
    expect(c.item[0]['dc:creator']).toBe('队伍 & 作者');
    expect(c.item[0].pubDate).toBe('Sun, 01 Mar 2026 09:00:00 +0800');
    expect(c.item[0]['content:encoded']).toBe('<p>正文 &amp; 图片</p>');
  });
  it('has no lastBuildDate for an empty feed rather than the clock', async () => {
    expect(await getRssString(rssOptions(channel, [], site))).not.toContain('lastBuildDate');
    expect(lastUpdated([])).toBeUndefined();
  });
});

describe('jsonFeed and opml', () => {
  it('write JSON Feed 1.1 with +08:00 dates', () => {
    const feed = jsonFeed(channel, [item(1, '2026-03-01T01:00:00Z')], site);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items[0]).toMatchObject({
      id: 'https://xinfeng.example.org/stories/s1/',
      date_published: '2026-03-01T09:00:00+08:00',
    });
  });
  it('list feeds in OPML with escaped Chinese titles', () => {
    const xml = opml('全部订阅源', [{ ...channel, title: '故事 & 公告' }], site, undefined);
    expect(xml).toContain('text="故事 &amp; 公告"');
    expect(xml).toContain('xmlUrl="https://xinfeng.example.org/stories/rss.xml"');
  });
});

/** What a newsroom's feed reader gets: every feed parsed as XML and checked item by item. */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { SAMPLE_SITE } from '../support/site-build';
import { builtFiles, localPath, parseXml, readBuilt, SITE_URL } from '../support/built-feeds';
import { page } from '../support/built-pages';
import * as sample from '../support/sample-content';
import { htmlShape } from '../support/html-shape';

const feeds = builtFiles('rss.xml');
const channelOf = (feedPath: string) => parseXml(readBuilt(feedPath)).rss.channel;
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
const servedFile = (url: string) => {
  const local = localPath(url);
  return local ? path.join(SAMPLE_SITE, local) : undefined;
};

describe('RSS feeds', () => {
  it('carry exactly what each story and announcement page shows of its body, and nothing more', () => {
    // Presentation the build adds to a page's photos (lazy loading, Astro's image markers) stays on the
    // page; which file a photo comes from (WebP sizes on the page, one JPEG in the feed) is checked apart.
    const photoFile = ['src', 'srcset', 'sizes', 'width', 'height'];
    const presentation = ['loading', 'decoding', 'fetchpriority', 'data-astro-image', 'data-image-component'];
    const items: any[] = channelOf('/rss.xml').item;
    expect(items.length).toBeGreaterThan(20);
    for (const item of items) {
      const $ = page(localPath(item.link)!);
      const body = $('.story-body, .announcement-body').html() ?? '';
      const feed = cheerio.load(item['content:encoded'], null, false);
      // A corrected entry's 更正说明 come first, as at the top of its page, then what its page shows.
      const notes = $('.corrections li span')
        .map((_, n) => $(n).text())
        .get();
      for (const note of notes) {
        const first = feed('p').first();
        expect(first.text(), item.link).toMatch(new RegExp(`^更正说明（.+）：${note.replace(/[()（）]/g, '.')}$`));
        first.remove();
      }
      if ($('.story-body').length > 0) {
        // A story's feed item opens with its cover, or its film's poster, as its page does above the body.
        const lead = feed('figure').first();
        if ($('figure.film').length > 0) {
          expect(lead.find('img').attr('alt'), item.link).toBe(`微电影：${$('figure.film figcaption strong').text()}`);
          expect(lead.find('figcaption').text(), item.link).toContain($('figure.film figcaption strong').text());
        } else {
          expect(lead.find('img').attr('alt'), item.link).toBe($('figure.cover img').attr('alt'));
          expect(lead.find('figcaption').text(), item.link).toContain($('figure.cover figcaption').text());
        }
        lead.remove();
      }
      expect(htmlShape(feed.html(), SITE_URL, photoFile), item.link).toEqual(
        htmlShape(body, SITE_URL, [...photoFile, ...presentation]),
      );
    }
  });

  it('give every story’s photos as JPEG files the site serves, with their size, except where minors are shown', () => {
    const withMinors = new Set(
      sample
        .stories()
        .filter((s) => s.minors)
        .map((s) => `${SITE_URL}/stories/${s.id}/`),
    );
    for (const item of channelOf('/stories/rss.xml').item) {
      const photos = cheerio.load(item['content:encoded'])('img');
      expect(photos.length, item.link).toBeGreaterThan(0);
      photos.each((_, img) => {
        const src = img.attribs.src!;
        if (withMinors.has(item.link)) return expect(src, item.link).not.toMatch(/\/photos\/|\/cover\.jpg$/);
        expect(src, item.link).toMatch(/\.jpg$/);
        expect(existsSync(servedFile(src)!), src).toBe(true);
        expect(Number(img.attribs.width), src).toBeGreaterThan(0);
      });
      expect(item['media:content']['media:credit']['#text'], item.link).toBeTruthy();
    }
  });

  it('carry the terms of reuse as every feed’s copyright', () => {
    for (const feed of feeds) expect(channelOf(feed).copyright, feed).toBe(sample.site().reuse);
  });

  it('exist for the site, both sections and every team, field and campaign', () => {
    const expected = [
      '/rss.xml',
      '/stories/rss.xml',
      '/announcements/rss.xml',
      '/media/releases/rss.xml',
      ...sample.teams().map((t) => `/teams/${t.id}/rss.xml`),
      ...Object.keys(sample.fields()).map((id) => `/fields/${id}/rss.xml`),
      ...sample.campaigns().map((c) => `/campaigns/${c.id}/rss.xml`),
    ];
    expect(feeds.sort()).toEqual(expected.sort());
  });

  it('describe themselves: self link, language, image, and lastBuildDate from the newest item', () => {
    for (const feed of feeds) {
      const channel = channelOf(feed);
      expect(channel['atom:link']['@_href'], feed).toBe(SITE_URL + feed);
      expect(channel['atom:link']['@_rel']).toBe('self');
      expect(channel.language).toBe('zh-cn');
      expect(existsSync(servedFile(channel.image.url)!), feed).toBe(true);
      const items: any[] = channel.item ?? [];
      if (items.length === 0) continue;
      const newest = Math.max(...items.map((i) => Date.parse(i.pubDate)));
      expect(Date.parse(channel.lastBuildDate), feed).toBe(newest);
    }
  });

  it('date every item in Beijing time with +0800 and credit its author', () => {
    for (const feed of feeds) {
      for (const item of channelOf(feed).item ?? []) {
        expect(item.pubDate, feed).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0800$/);
        expect(item['dc:creator'], feed).toBeTruthy();
        expect(item.link).toMatch(new RegExp(`^${SITE_URL}/(stories|announcements)/[a-z0-9-]+/$`));
        expect(item.guid['#text']).toBe(item.link);
      }
    }
  });

  it('carry each story’s full text as its page shows it, with every URL absolute and served by the site', () => {
    const items = channelOf('/stories/rss.xml').item;
    expect(items.length).toBe(sample.stories().length);
    for (const item of items) {
      const html = cheerio.load(item['content:encoded']);
      const slug = new URL(item.link).pathname;
      const $ = page(slug);
      const pageText = fold($('.story-body').text());
      expect(pageText.length, slug).toBeGreaterThan(100);
      // The cover's caption (or the film's), then the body as the page shows it.
      const film = $('figure.film figcaption strong').text();
      const caption = film
        ? `微电影：${film}`
        : `${$('figure.cover img').attr('alt')}（${$('figure.cover figcaption').text()}）`;
      const notes = $('.corrections li')
        .map((_, li) => `更正说明（${$(li).find('time').text()}）：${$(li).find('span').text()}`)
        .get()
        .join('');
      expect(fold(html.root().text()).startsWith(fold(notes + caption)), slug).toBe(true);
      expect(fold(html.root().text()).endsWith(fold(pageText)), slug).toBe(true);
      html('a[href]').each((_, a) => expect(html(a).attr('href'), slug).toMatch(/^(https?:|mailto:|tel:)/));
      html('img').each((_, img) => {
        const urls = [
          html(img).attr('src')!,
          ...(html(img).attr('srcset') ?? '')
            .split(',')
            .map((c) => c.trim().split(' ')[0]!)
            .filter(Boolean),
        ];
        for (const url of urls) expect(existsSync(servedFile(url) ?? '/nonexistent'), `${slug} ${url}`).toBe(true);
      });
    }
  });

  it('include the galleries, quotes and inline photos of the full text', () => {
    const items: any[] = channelOf('/stories/rss.xml').item;
    const byLink = (slug: string) =>
      cheerio.load(items.find((i) => i.link === `${SITE_URL}/stories/${slug}/`)['content:encoded']);
    // The cover figure (here the film's poster) comes first, then the body's own.
    expect(byLink('xueleifeng-qidong')('figure img').length).toBe(1 + 3);
    expect(byLink('mudan-huake')('blockquote').text()).toContain('就像给小时候的自己上课');
    expect(byLink('lunyi-weixiu')('img').length).toBe(1 + 2);
  });

  it('carry an announcement’s event details, calendar link and attachments', () => {
    const items: any[] = channelOf('/announcements/rss.xml').item;
    const byLink = (slug: string) =>
      cheerio.load(items.find((i) => i.link === `${SITE_URL}/announcements/${slug}/`)['content:encoded']);
    const event = byLink('dongji-songnuan-yugao');
    expect(event('dl').text()).toContain('全县各乡镇（街道）');
    expect(event('a:contains("加入日历")').attr('href')).toBe(
      `${SITE_URL}/announcements/dongji-songnuan-yugao/calendar.ics`,
    );
    const attachment = byLink('xueleifeng-huodongyue-tongzhi')('a:contains("海报")').attr('href')!;
    expect(existsSync(servedFile(attachment)!)).toBe(true);
  });

  it('attach the cover (or the film) as the one enclosure, with its real length and type, except where minors are shown', () => {
    const withMinors = sample
      .stories()
      .filter((s) => s.minors)
      .map((s) => `${SITE_URL}/stories/${s.id}/`);
    expect(withMinors.length).toBeGreaterThan(0);
    for (const item of channelOf('/stories/rss.xml').item) {
      if (withMinors.includes(item.link)) {
        expect(item.enclosure, item.link).toBeUndefined();
        continue;
      }
      const file = servedFile(item.enclosure['@_url'])!;
      expect(statSync(file).size, item.link).toBe(Number(item.enclosure['@_length']));
      expect(item.enclosure['@_type']).toBe(file.endsWith('.mp4') ? 'video/mp4' : 'image/jpeg');
    }
  });

  it('tag items with their fields and teams, and give each team only its own stories', () => {
    const fields = sample.fields();
    for (const team of sample.teams()) {
      const items: any[] = channelOf(`/teams/${team.id}/rss.xml`).item ?? [];
      const expected = sample
        .stories()
        .filter((s) => s.teams.includes(team.id))
        .map((s) => `${SITE_URL}/stories/${s.id}/`);
      expect(items.map((i) => i.link).sort()).toEqual(expected.sort());
      for (const item of items) {
        expect(item.category).toContain(team.name);
        const story = sample.stories().find((s) => item.link.endsWith(`/${s.id}/`))!;
        for (const f of story.fields) expect(item.category).toContain(fields[f]!.name);
      }
    }
  });

  it('put stories and announcements together in the site feed, newest first', () => {
    const items: any[] = channelOf('/rss.xml').item;
    expect(items.length).toBe(sample.stories().length + sample.announcements().length);
    const times = items.map((i) => Date.parse(i.pubDate));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});

describe('JSON Feed and OPML', () => {
  it('JSON Feed 1.1 carries the same items as the site RSS feed', () => {
    const json = JSON.parse(readBuilt('/feed.json'));
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.feed_url).toBe(`${SITE_URL}/feed.json`);
    const rss: any[] = channelOf('/rss.xml').item;
    expect(json.items.map((i: any) => i.id)).toEqual(rss.map((i) => i.link));
    for (const [i, item] of json.items.entries()) {
      expect(item.date_published).toMatch(/\+08:00$/);
      expect(Date.parse(item.date_published)).toBe(Date.parse(rss[i].pubDate));
      // The XML parser trims the text it reads; the content itself must be the same.
      expect(item.content_html.trim()).toBe(rss[i]['content:encoded']);
      expect(item.authors[0].name).toBe(rss[i]['dc:creator']);
    }
  });

  it('OPML lists every feed once with its Chinese title', () => {
    const outlines: any[] = parseXml(readBuilt('/feeds.opml')).opml.body.outline;
    expect(outlines.map((o) => localPath(o['@_xmlUrl'])).sort()).toEqual([...feeds].sort());
    for (const o of outlines) {
      expect(o['@_type']).toBe('rss');
      expect(o['@_text']).toMatch(/[\u4e00-\u9fff]/);
      expect(o['@_text']).toBe(channelOf(localPath(o['@_xmlUrl'])!).title);
    }
  });
});

describe('autodiscovery', () => {
  it('offers the site feed on every page and the most specific feed where there is one', () => {
    const alternates = (p: string) =>
      page(p)('link[rel="alternate"][type="application/rss+xml"]')
        .map((_, l) => page(p)(l).attr('href'))
        .get();
    expect(alternates('/')).toEqual([`${SITE_URL}/rss.xml`]);
    expect(alternates('/teams/qingnian/')).toEqual([`${SITE_URL}/rss.xml`, `${SITE_URL}/teams/qingnian/rss.xml`]);
    expect(alternates('/fields/zhulao-zhucan/')).toContain(`${SITE_URL}/fields/zhulao-zhucan/rss.xml`);
    expect(alternates('/campaigns/jinhui-zhulao/')).toContain(`${SITE_URL}/campaigns/jinhui-zhulao/rss.xml`);
    expect(alternates('/stories/mudan-huake/')).toContain(`${SITE_URL}/stories/rss.xml`);
    expect(alternates('/announcements/chongyang-zhaomu/')).toContain(`${SITE_URL}/announcements/rss.xml`);
  });
});

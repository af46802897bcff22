/**
 * The share poster of every sample story, announcement, campaign and 微电影, as a WeChat reader gets it:
 * a portrait JPEG under 300 KB with no camera metadata, whose QR code opens the page, linked from its
 * share box or its film; a story with minors in it, and an announcement (which has no cover), has a
 * poster without any photo. (The text read back from the layout: tests/unit/poster-text.test.ts.)
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { SITE_URL, readBuilt } from '../support/built-feeds';
import { page } from '../support/built-pages';
import * as sample from '../support/sample-content';
import { SAMPLE_SITE } from '../support/site-build';

const posterOf = (id: string, section = 'stories') => readFileSync(path.join(SAMPLE_SITE, section, id, 'poster.jpg'));

/** What the QR code in the poster's lower left corner says. */
async function qrText(poster: Buffer): Promise<string | undefined> {
  const { data, info } = await sharp(poster)
    .extract({ left: 0, top: 1080, width: 300, height: 360 })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

/**
 * Whether the poster shows no photo: under the site's name it is then the site's flat red, where a
 * poster with a photo shows the photo.
 */
async function withoutPhoto(poster: Buffer): Promise<boolean> {
  const band = await sharp(poster).extract({ left: 0, top: 140, width: 1080, height: 100 }).toBuffer();
  // Statistics of the band itself: sharp's stats() reads its input, not the pipeline's result.
  const { channels } = await sharp(band).stats();
  const [r, g, b] = channels;
  const near = (c: typeof r, value: number) => Math.abs(c!.mean - value) < 6 && c!.stdev < 3;
  return near(r, 0xb3) && near(g, 0x26) && near(b, 0x1e);
}

describe('share posters', () => {
  const published = sample.stories().filter((s) => !s.draft);

  it('are portrait JPEGs of 1080 × 1440 under 300 KB with no EXIF, one for every story', async () => {
    expect(published.length).toBeGreaterThan(5);
    for (const story of published) {
      const bytes = posterOf(story.id);
      const meta = await sharp(bytes).metadata();
      expect({ id: story.id, format: meta.format, width: meta.width, height: meta.height }).toEqual({
        id: story.id,
        format: 'jpeg',
        width: 1080,
        height: 1440,
      });
      expect(bytes.length, story.id).toBeLessThan(300 * 1024);
      expect(meta.exif, story.id).toBeUndefined();
      expect(meta.xmp, story.id).toBeUndefined();
    }
  });

  it('carry a QR code that opens the story itself', async () => {
    for (const story of published) {
      expect(await qrText(posterOf(story.id)), story.id).toBe(`${SITE_URL}/stories/${story.id}/`);
    }
  });

  it('show the cover, except on a story with minors in it, which gets none', async () => {
    const minors = published.filter((s) => s.minors);
    expect(minors.length).toBeGreaterThan(0);
    for (const story of published) {
      expect(await withoutPhoto(posterOf(story.id)), story.id).toBe(Boolean(story.minors));
    }
  });

  it('are offered in the share box, as a plain link to the image that works without JavaScript', () => {
    const link = page('/stories/lunyi-weixiu/')('.share-box a[href="/stories/lunyi-weixiu/poster.jpg"]').first();
    expect(link.text().trim()).toBe('生成分享海报');
  });

  it('are made for every published announcement too, its QR code opening it, with no photo', async () => {
    const published = sample
      .announcements()
      .filter((a) => existsSync(path.join(SAMPLE_SITE, 'announcements', a.id, 'index.html')));
    expect(published.length).toBeGreaterThan(3);
    for (const announcement of published) {
      const bytes = posterOf(announcement.id, 'announcements');
      expect(bytes.length, announcement.id).toBeLessThan(300 * 1024);
      expect(await qrText(bytes), announcement.id).toBe(`${SITE_URL}/announcements/${announcement.id}/`);
      expect(await withoutPhoto(bytes), announcement.id).toBe(true);
    }
    const link = page('/announcements/dongji-songnuan-yugao/')('.share-box a[href$="poster.jpg"]');
    expect(link.attr('href')).toBe('/announcements/dongji-songnuan-yugao/poster.jpg');
  });

  it('are made for every campaign, with its cover, and offered on its page', async () => {
    const campaigns = sample.campaigns();
    expect(campaigns.length).toBeGreaterThan(2);
    for (const campaign of campaigns) {
      const bytes = posterOf(campaign.id, 'campaigns');
      const meta = await sharp(bytes).metadata();
      expect([meta.width, meta.height, meta.exif], campaign.id).toEqual([1080, 1440, undefined]);
      expect(bytes.length, campaign.id).toBeLessThan(300 * 1024);
      expect(await qrText(bytes), campaign.id).toBe(`${SITE_URL}/campaigns/${campaign.id}/`);
      expect(await withoutPhoto(bytes), campaign.id).toBe(false);
    }
    const link = page('/campaigns/jinhui-zhulao/')('.share-box a[href$="poster.jpg"]').first();
    expect(link.attr('href')).toBe('/campaigns/jinhui-zhulao/poster.jpg');
  });

  it('are made for every 微电影, opening the page that plays it, offered under the film', async () => {
    const withFilm = [
      ...published.filter((s) => s.video).map((s) => ['stories', s] as const),
      ...sample
        .announcements()
        .filter((a) => a.video && existsSync(path.join(SAMPLE_SITE, 'announcements', a.id, 'index.html')))
        .map((a) => ['announcements', a] as const),
    ];
    expect(withFilm.length).toBeGreaterThan(0);
    for (const [section, entry] of withFilm) {
      const bytes = readFileSync(path.join(SAMPLE_SITE, section, entry.id, 'film-poster.jpg'));
      expect(bytes.length, entry.id).toBeLessThan(300 * 1024);
      expect(await qrText(bytes), entry.id).toBe(`${SITE_URL}/${section}/${entry.id}/`);
      expect(await withoutPhoto(bytes), entry.id).toBe(Boolean(entry.minors));
      const link = page(`/${section}/${entry.id}/`)('figure.film a[href$="film-poster.jpg"]').first();
      expect(link.text().trim(), entry.id).toBe('生成微电影海报');
    }
  });

  it('stay out of what is shared otherwise: og:image and the feeds keep the cover', () => {
    const ogImage = page('/stories/lunyi-weixiu/')('meta[property="og:image"]').attr('content');
    expect(ogImage).toMatch(/^https:\/\//);
    expect(ogImage).not.toContain('poster');
    for (const feed of ['/feed.json', '/rss.xml']) expect(readBuilt(feed), feed).not.toContain('poster.jpg');
  });
});

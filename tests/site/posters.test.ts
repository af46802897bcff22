/**
 * The share poster of every sample story and announcement, as a WeChat reader gets it: a portrait JPEG
 * under 300 KB with no camera metadata, whose QR code opens the page, linked from its share box; a story
 * with minors in it, and an announcement (which has no cover), has a poster without any photo.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { SITE_URL } from '../support/built-feeds';
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

/** How much the band where a cover ends varies: a photo varies, the paper under a poster's text does not. */
async function bandVariation(poster: Buffer): Promise<number> {
  const band = await sharp(poster).extract({ left: 0, top: 720, width: 1080, height: 150 }).toBuffer();
  // Statistics of the band itself: sharp's stats() reads its input, not the pipeline's result.
  const { channels } = await sharp(band).stats();
  return Math.max(...channels.slice(0, 3).map((c) => c.stdev));
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
      const variation = await bandVariation(posterOf(story.id));
      if (story.minors) expect(variation, story.id).toBeLessThan(12);
      else expect(variation, story.id).toBeGreaterThan(12);
    }
  });

  it('are offered in the share box, as a plain link to the image that works without JavaScript', () => {
    const link = page('/stories/lunyi-weixiu/')('.share-box a[href="/stories/lunyi-weixiu/poster.jpg"]');
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
      expect(await bandVariation(bytes), announcement.id).toBeLessThan(12);
    }
    const link = page('/announcements/dongji-songnuan-yugao/')('.share-box a[href$="poster.jpg"]');
    expect(link.attr('href')).toBe('/announcements/dongji-songnuan-yugao/poster.jpg');
  });
});

/**
 * A phone photo keeps where it was taken, the camera and the photographer's name in its metadata. Built
 * with such a photo as a story's cover (stored sideways, as phones store portraits: the changed site of
 * tests/support/changed-site.ts), every image the site publishes is read back with sharp: none carries EXIF, GPS or IPTC, the only XMP is the credit on
 * the files the site hands out, no camera original is published, the photos stand upright, and a
 * story with minors in it offers no download at all.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { changedSite, type ChangedSite } from '../support/changed-site';

const PHOTO = /\.(jpe?g|png|webp|avif)$/i;

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const filesIn = (dir: string, match: RegExp) =>
  readdirSync(dir, { recursive: true, encoding: 'utf-8' }).filter((f) => match.test(f));

let build: ChangedSite;
const built = (file: string) => readFileSync(path.join(build.outDir, file), 'utf-8');

beforeAll(async () => {
  build = await changedSite();
  expect(build.status, build.output.slice(-2000)).toBe(0);
}, 240_000);

describe('every image the site publishes', () => {
  it('carries no EXIF, GPS or IPTC, and no XMP but the credit on the files it hands out', async () => {
    const images = filesIn(build.outDir, PHOTO);
    expect(images.length).toBeGreaterThan(100);
    const handedOut: string[] = [];
    for (const file of images) {
      const meta = await sharp(path.join(build.outDir, file)).metadata();
      expect(meta.exif, file).toBeUndefined();
      expect(meta.iptc, file).toBeUndefined();
      if (meta.xmpAsString) {
        handedOut.push(file);
        expect(meta.xmpAsString, file).toMatch(/<dc:rights>/);
        expect(meta.xmpAsString, file).not.toMatch(/王小明|creator|GPS|ProbePhone/);
      }
    }
    expect(handedOut).toContain('stories/lunyi-weixiu/cover.jpg');
    expect(handedOut.some((f) => f.startsWith('media/photos/'))).toBe(true);
  });

  it('is never a camera original, byte for byte', () => {
    // Attachments (content/files/) are handed out as they were uploaded, like a PDF: not photos of a story.
    const photos = filesIn(build.content, PHOTO).filter((f) => !f.startsWith('files/'));
    const originals = new Set(photos.map((f) => sha(readFileSync(path.join(build.content, f)))));
    const published = filesIn(build.outDir, PHOTO).filter((f) =>
      originals.has(sha(readFileSync(path.join(build.outDir, f)))),
    );
    expect(published).toEqual([]);
  });

  it('stands upright: the sideways phone photo is turned in its pixels, in the page’s sizes and the files alike', async () => {
    const upright = async (file: string) => {
      const { width = 0, height = 0, orientation } = await sharp(path.join(build.outDir, file)).metadata();
      return orientation === undefined && height > width;
    };
    expect(await upright('stories/lunyi-weixiu/cover.jpg')).toBe(true);
    const $ = cheerio.load(built('stories/lunyi-weixiu/index.html'));
    const shared = new URL($('meta[property="og:image"]').attr('content')!).pathname;
    expect(await upright(shared.slice(1))).toBe(true);
  });
});

describe('downloads for the press', () => {
  it('are re-encoded files named after the story and its credit, at full size', async () => {
    const $ = cheerio.load(built('media/index.html'));
    const links = $('a[download]')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(links).toContain('/media/photos/2026-11-05-lunyi-weixiu-shili-chatu.jpg');
    const { width, height } = await sharp(
      path.join(build.outDir, 'media/photos/2026-11-05-lunyi-weixiu-shili-chatu.jpg'),
    ).metadata();
    expect([width, height]).toEqual([1000, 1600]);
  });

  it('never include a story with minors in it, nor offer its photos anywhere as a file', () => {
    const $ = cheerio.load(built('media/index.html'));
    expect($('.photos').text()).not.toContain('重阳节里的敬老院');
    expect(filesIn(path.join(build.outDir, 'media/photos'), /chongyang-jinghao/)).toEqual([]);
    // Its share poster shows no photo (tests/site/posters.test.ts).
    const files = filesIn(path.join(build.outDir, 'stories/chongyang-jinghao'), PHOTO);
    expect(files.filter((f) => f !== 'poster.jpg')).toEqual([]);
    const feed = built('rss.xml');
    const item = feed.slice(feed.indexOf('/stories/chongyang-jinghao/</link>'));
    expect(item.slice(0, item.indexOf('</item>'))).not.toContain('<enclosure');
  });
});

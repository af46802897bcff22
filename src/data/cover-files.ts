/**
 * The cover photos the site hands out as files: the one each feed item attaches, and the full-size
 * downloads of the press centre. Each is made by photoFile (upright, no camera metadata, the credit as
 * its copyright line), never the camera's original. A story with minors in it offers neither: its
 * photos are shown on its page and nowhere else.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ImageMetadata } from 'astro';
import { isoBeijing } from '../lib/beijing-time.ts';
import { cacheFolder } from '../lib/cache-folder.ts';
import { PHOTO_FILE_FORMAT, photoFile, type PhotoFileOptions } from '../lib/photo-file.ts';
import { pinyinSlug } from '../lib/pinyin-slug.ts';
import type { Story } from './catalog.ts';

/** Wide enough for any feed reader or news page, a fraction of a camera original's bytes. */
const ENCLOSURE_WIDTH = 1600;

export const offersCoverFiles = (story: Story) => !story.minors;

/** Where a feed item's photo is served: beside the story's page. */
export const enclosurePath = (story: Story) => `${story.url}cover.jpg`;

/** A press download's name: its date, its story and who took it, e.g. 2026-12-12-dongji-songnuan-xinhua.jpg. */
export function pressDownloadName(story: Story): string {
  // Two words of who took it: enough to tell photographers apart on a picture desk's disk.
  const credit = pinyinSlug(story.cover.credit.replace(/^(摄影|图片?|照片)\s*[：:]\s*/, ''), 2);
  return `${isoBeijing(story.published).slice(0, 10)}-${story.id}${credit ? `-${credit}` : ''}.jpg`;
}

export const pressDownloadPath = (story: Story) => `/media/photos/${pressDownloadName(story)}`;

const made = new Map<string, Promise<Buffer>>();

/**
 * The file's bytes, made once per build and kept in the build cache, so a rebuild re-encodes only
 * photos that changed. The same input always gives the same bytes.
 */
export function coverFile(story: Story, kind: 'enclosure' | 'press'): Promise<Buffer> {
  const original = (story.cover.image as ImageMetadata & { fsPath: string }).fsPath;
  const options: PhotoFileOptions = {
    credit: story.cover.credit,
    ...(kind === 'enclosure' ? { maxWidth: ENCLOSURE_WIDTH } : {}),
  };
  const key = `${original}\n${JSON.stringify(options)}`;
  let bytes = made.get(key);
  if (!bytes) made.set(key, (bytes = cached(readFileSync(original), options)));
  return bytes;
}

async function cached(input: Buffer, options: PhotoFileOptions): Promise<Buffer> {
  const digest = createHash('sha256')
    .update(input)
    .update(JSON.stringify({ ...options, format: PHOTO_FILE_FORMAT }))
    .digest('hex');
  const file = path.resolve(cacheFolder(), 'photo-files', `${digest}.jpg`);
  try {
    return readFileSync(file);
  } catch {
    const bytes = await photoFile(input, options);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    return bytes;
  }
}

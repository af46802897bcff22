/**
 * The photos the site hands out as files: the cover each feed item attaches, its body photos as JPEG
 * for newsrooms whose systems do not take WebP, and the full-size downloads of the press centre. Each
 * is made by photoFile (upright, no camera metadata, the credit as its copyright line), never the
 * camera's original. A story with minors in it offers none: its photos are shown on its page only.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ImageMetadata } from 'astro';
import sharp from 'sharp';
import { isoBeijing } from '../lib/beijing-time.ts';
import { cacheFolder } from '../lib/cache-folder.ts';
import { splitEntry } from '../lib/front-matter.ts';
import { imageReferences } from '../lib/image-paths.ts';
import { PHOTO_FILE_FORMAT, photoFile, type PhotoFileOptions } from '../lib/photo-file.ts';
import { pinyinSlug } from '../lib/pinyin-slug.ts';
import type { Story } from './catalog.ts';

/** Wide enough for any feed reader or news page, a fraction of a camera original's bytes. */
const FEED_PHOTO_WIDTH = 1600;

export const offersPhotoFiles = (story: Story) => !story.minors;

/** Where a feed item's cover is served: beside the story's page. */
export const enclosurePath = (story: Story) => `${story.url}cover.jpg`;

/** A press download's name: its date, its story and who took it, e.g. 2026-12-12-dongji-songnuan-xinhua.jpg. */
export function pressDownloadName(story: Story): string {
  // Two words of who took it: enough to tell photographers apart on a picture desk's disk.
  const credit = pinyinSlug(story.cover.credit.replace(/^(摄影|图片?|照片)\s*[：:]\s*/, ''), 2);
  return `${isoBeijing(story.published).slice(0, 10)}-${story.id}${credit ? `-${credit}` : ''}.jpg`;
}

export const pressDownloadPath = (story: Story) => `/media/photos/${pressDownloadName(story)}`;

/** The cover's file as staff uploaded it: what every file made of it starts from. */
export const coverOriginal = (story: Story) => (story.cover.image as ImageMetadata & { fsPath: string }).fsPath;

export function coverFile(story: Story, kind: 'enclosure' | 'press'): Promise<Buffer> {
  return made(coverOriginal(story), {
    credit: story.cover.credit,
    ...(kind === 'enclosure' ? { maxWidth: FEED_PHOTO_WIDTH } : {}),
  });
}

export interface BodyPhoto {
  /** the file's name in the story's photos/ folder */
  name: string;
  path: string;
  original: string;
}

/** The photos in a story's body, in the order the body shows them, each with the JPEG file made of it. */
export function bodyPhotos(story: Story): BodyPhoto[] {
  const entryFile = path.resolve(story.filePath);
  // The body is read from the file (the content store keeps only its HTML); reading the entry, which
  // is tracked whole by its file's digest, makes the page that asked depend on it (src/data/page-reads.ts).
  void story.entry;
  const { body } = splitEntry(readFileSync(entryFile, 'utf-8'));
  const taken = new Set<string>();
  return imageReferences({}, body).map((ref, i) => {
    const base =
      path
        .basename(ref.path)
        .replace(/\.[^.]+$/, '')
        .replace(/[^\w-]/g, '') || `photo-${i + 1}`;
    const name = taken.has(base) ? `${base}-${i + 1}` : base;
    taken.add(name);
    return { name, path: `${story.url}photos/${name}.jpg`, original: path.resolve(path.dirname(entryFile), ref.path) };
  });
}

export const bodyPhotoFile = (photo: BodyPhoto) => made(photo.original, { maxWidth: FEED_PHOTO_WIDTH });

/** A made file's size in pixels, for the width and height a feed gives it. */
export async function photoFileSize(bytes: Buffer): Promise<{ width: number; height: number }> {
  const { width = 0, height = 0 } = await sharp(bytes).metadata();
  return { width, height };
}

const inBuild = new Map<string, Promise<Buffer>>();

/**
 * The file's bytes, made once per build and kept in the build cache, so a rebuild re-encodes only
 * photos that changed. The same input always gives the same bytes.
 */
function made(original: string, options: PhotoFileOptions): Promise<Buffer> {
  const key = `${original}\n${JSON.stringify(options)}`;
  let bytes = inBuild.get(key);
  if (!bytes) inBuild.set(key, (bytes = cached(readFileSync(original), options)));
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

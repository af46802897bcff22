/**
 * Share posters made at build time (src/lib/poster-tree.ts lays them out): satori lays out the text in
 * Noto Sans SC (OFL, from the pinned @expo-google-fonts/noto-sans-sc, never the build machine's fonts)
 * cut down by subset-font to the poster's characters, resvg draws it, sharp writes a JPEG without
 * metadata. satori and resvg are what Astro's Open Graph image tools use; we keep sharp for the JPEG.
 * Each poster is kept in the build cache under a digest of everything drawn on it, so a rebuild redraws
 * only posters that changed, and the same input gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import QRCode from 'qrcode';
import satori from 'satori';
import sharp from 'sharp';
import subsetFont from 'subset-font';
import { formatDate } from '../lib/beijing-time.ts';
import { cacheFolder } from '../lib/cache-folder.ts';
import {
  POSTER,
  POSTER_LAYOUT_VERSION,
  coverHeight,
  posterText,
  posterTree,
  type PosterData,
} from '../lib/poster-tree.ts';
import type { Announcement, Catalog, Story } from './catalog.ts';
import { coverOriginal, offersPhotoFiles } from './photo-files.ts';

/** Where a story's or an announcement's poster is served: beside its page. */
export const posterPath = (entry: { url: string }) => `${entry.url}poster.jpg`;

const FONTS = [
  { weight: 400, file: '400Regular/NotoSansSC_400Regular.ttf' },
  { weight: 700, file: '700Bold/NotoSansSC_700Bold.ttf' },
] as const;
const fontDir = () =>
  path.dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/package.json'));

/** What a story's poster shows. A story with minors in it shows no photo. */
export function storyPosterData(story: Story, catalog: Catalog): { data: PosterData; cover?: string } {
  const team = story.teams[0]?.name;
  const data: PosterData = {
    site: catalog.site.name,
    title: story.title,
    byline: [formatDate(story.published), team].filter(Boolean).join(' · '),
    url: new URL(story.url, catalog.site.baseUrl).href,
    ...(offersPhotoFiles(story) ? { credit: story.cover.credit } : {}),
  };
  return { data, ...(offersPhotoFiles(story) ? { cover: coverOriginal(story) } : {}) };
}

/** About how wide the QR code is drawn, in pixels, and its quiet zone in modules. */
const QR_WIDTH = 240;
const QR_MARGIN = 2;

/** What an announcement's poster shows: it has no cover, so its title stands alone. */
export function announcementPosterData(announcement: Announcement, catalog: Catalog): PosterData {
  return {
    site: catalog.site.name,
    title: announcement.title,
    byline: `${formatDate(announcement.published)} · ${announcement.kind}`,
    url: new URL(announcement.url, catalog.site.baseUrl).href,
  };
}

const inBuild = new Map<string, Promise<Buffer>>();

export function poster(data: PosterData, coverFile?: string): Promise<Buffer> {
  const cover = coverFile ? readFileSync(coverFile) : undefined;
  const digest = createHash('sha256')
    .update(JSON.stringify({ data, layout: POSTER_LAYOUT_VERSION, fonts: FONTS }))
    .update(cover ?? '')
    .digest('hex');
  let made = inBuild.get(digest);
  if (!made) inBuild.set(digest, (made = cached(digest, () => draw(data, cover))));
  return made;
}

async function cached(digest: string, make: () => Promise<Buffer>): Promise<Buffer> {
  const file = path.resolve(cacheFolder(), 'posters', `${digest}.jpg`);
  try {
    return readFileSync(file);
  } catch {
    const bytes = await make();
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    return bytes;
  }
}

async function draw(data: PosterData, cover: Buffer | undefined): Promise<Buffer> {
  const text = posterText(data);
  const fonts = await Promise.all(
    FONTS.map(async ({ weight, file }) => ({
      name: 'Noto Sans SC',
      weight,
      style: 'normal' as const,
      data: await subsetFont(readFileSync(path.join(fontDir(), file)), text, { targetFormat: 'truetype' }),
    })),
  );
  const coverJpeg = cover
    ? await sharp(cover)
        .rotate()
        .resize(POSTER.width, coverHeight(data.title), { fit: 'cover', position: sharp.strategy.attention })
        .jpeg({ quality: 90 })
        .toBuffer()
    : undefined;
  // Whole pixels per module, drawn at its own size: a phone's camera reads sharp edges best.
  const modules = QRCode.create(data.url, { errorCorrectionLevel: 'M' }).modules.size + 2 * QR_MARGIN;
  const qrSize = modules * Math.max(4, Math.floor(QR_WIDTH / modules));
  const qr = await QRCode.toBuffer(data.url, {
    type: 'png',
    margin: QR_MARGIN,
    width: qrSize,
    errorCorrectionLevel: 'M',
  });
  const tree = posterTree(data, {
    ...(coverJpeg ? { cover: `data:image/jpeg;base64,${coverJpeg.toString('base64')}` } : {}),
    qr: `data:image/png;base64,${qr.toString('base64')}`,
    qrSize,
  });
  const svg = await satori(tree as Parameters<typeof satori>[0], { width: POSTER.width, height: POSTER.height, fonts });
  const png = new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
  return sharp(png).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
}

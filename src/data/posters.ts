/**
 * Share posters made at build time (src/lib/poster-tree.ts lays them out, src/data/poster-data.ts says
 * what each shows): satori lays out the text in Noto Sans SC (OFL, from the pinned
 * @expo-google-fonts/noto-sans-sc, never the build machine's fonts) cut down by subset-font to the
 * poster's characters, resvg draws it, sharp writes a JPEG without metadata. satori and resvg are what
 * Astro's Open Graph image tools use; we keep sharp for the JPEG. Each poster is kept in the build cache
 * under a digest of everything drawn on it, so a rebuild redraws only posters that changed, and the same
 * input gives the same bytes. A character the font lacks stops the build with the entry's file named (it
 * would be drawn as nothing).
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
import { cacheFolder } from '../lib/cache-folder.ts';
import {
  POSTER,
  POSTER_LAYOUT_VERSION,
  coverHeight,
  posterParts,
  posterText,
  posterTree,
  type PosterData,
} from '../lib/poster-tree.ts';
import type { PosterSource } from './poster-data.ts';

const FONTS = [
  { weight: 400, file: '400Regular/NotoSansSC_400Regular.ttf' },
  { weight: 700, file: '700Bold/NotoSansSC_700Bold.ttf' },
] as const;
const fontDir = () =>
  path.dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/package.json'));

/** About how wide the QR code is drawn, in pixels, and its quiet zone in modules. */
const QR_WIDTH = 240;
const QR_MARGIN = 2;

const inBuild = new Map<string, Promise<Buffer>>();

/** What a poster's font cannot draw: it would be printed as nothing. */
class MissingCharacters extends Error {
  readonly characters: string[];
  constructor(characters: string[]) {
    super(`missing glyphs: ${characters.join('')}`);
    this.characters = characters;
  }
}

/** The poster as the endpoint serves it; a character its font lacks is reported against its file. */
export async function posterResponse(source: PosterSource): Promise<Response> {
  try {
    const bytes = await poster(source.data, source.cover);
    return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'image/jpeg' } });
  } catch (error) {
    if (!(error instanceof MissingCharacters)) throw error;
    const missing = error.characters;
    const where = posterParts(source.data)
      .filter(({ text }) => missing.some((c) => text.includes(c)))
      .map(({ label }) => label);
    throw new Error(
      `${source.file}：分享海报的${where.join('、')}里有海报字体（Noto Sans SC）没有的字符：「${missing.join('」「')}」，` +
        '印出来会是空白。请把它换成常用汉字，或者删掉（表情符号不能印在海报上）。',
      { cause: error },
    );
  }
}

/** The site's mark (public/favicon.svg, red with a light heart) in reverse, light on the poster's red band. */
function siteMark(): string {
  const svg = readFileSync(path.resolve('public/favicon.svg'), 'utf-8')
    .replaceAll('#b3261e', '#mark-red')
    .replaceAll('#fffdf8', '#b3261e')
    .replaceAll('#mark-red', '#fffdf8');
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

function poster(data: PosterData, coverFile?: string): Promise<Buffer> {
  const cover = coverFile ? readFileSync(coverFile) : undefined;
  const digest = createHash('sha256')
    .update(JSON.stringify({ data, layout: POSTER_LAYOUT_VERSION, fonts: FONTS, mark: siteMark() }))
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

function fonts(data: PosterData) {
  const text = posterText(data);
  return Promise.all(
    FONTS.map(async ({ weight, file }) => ({
      name: 'Noto Sans SC',
      weight,
      style: 'normal' as const,
      data: await subsetFont(readFileSync(path.join(fontDir(), file)), text, { targetFormat: 'truetype' }),
    })),
  );
}

/** The layout satori makes of the poster: as an SVG of paths to draw, or of <text> to read back. */
async function layOut(data: PosterData, images: Parameters<typeof posterTree>[1], asText = false) {
  const missing = new Set<string>();
  const svg = await satori(posterTree(data, images) as Parameters<typeof satori>[0], {
    width: POSTER.width,
    height: POSTER.height,
    fonts: await fonts(data),
    embedFont: !asText,
    // satori asks here for what none of the fonts can draw.
    loadAdditionalAsset: async (_language, segment) => {
      for (const c of segment) missing.add(c);
      return [];
    },
  });
  return { svg, missing: [...missing] };
}

/** A 1 × 1 picture standing in for the cover and QR code where only the text's layout matters. */
const BLANK =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=';

/**
 * The text of a poster line by line, as it is laid out on the image: each line's font size and words.
 * What the tests read back to see that a title is whole and breaks where Chinese may break.
 */
export async function posterLines(data: PosterData): Promise<{ size: number; y: number; text: string }[]> {
  const { svg } = await layOut(data, { ...(data.credit ? { cover: BLANK } : {}), qr: BLANK }, true);
  const lines = new Map<string, { size: number; y: number; text: string }>();
  for (const [, y, size, text] of svg.matchAll(
    /<text x="[^"]*" y="([^"]*)"[^>]* font-size="([^"]*)"[^>]*>([^<]*)<\/text>/g,
  )) {
    const key = `${size}:${y}`;
    const line = lines.get(key) ?? { size: Number(size), y: Number(y), text: '' };
    line.text += unescapeXml(text!);
    lines.set(key, line);
  }
  return [...lines.values()].sort((a, b) => a.y - b.y);
}

const unescapeXml = (s: string) =>
  s.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!,
  );

async function draw(data: PosterData, cover: Buffer | undefined): Promise<Buffer> {
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
  const { svg, missing } = await layOut(data, {
    mark: siteMark(),
    ...(coverJpeg ? { cover: `data:image/jpeg;base64,${coverJpeg.toString('base64')}` } : {}),
    qr: `data:image/png;base64,${qr.toString('base64')}`,
    qrSize,
  });
  if (missing.length) throw new MissingCharacters(missing);
  const png = new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
  return sharp(png).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
}

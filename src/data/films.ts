/**
 * The 微电影 of stories and announcements, as pages, feeds and the listing need them: the file's
 * published address (unchanged bytes under a content-hashed name), its size and duration read from
 * the file, the captions as cues for the transcript. A film that would not play stops the build here
 * too, with the content check's words (a plain `astro build` runs no check first).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { formatReport } from '../content-check/problem.ts';
import { readFilm } from '../content-check/videos.ts';
import type { Cue } from '../lib/video-check.ts';
import { DEFAULT_VIDEO_MEGABYTES } from '../schema/parts.ts';
import { photoSize } from './photo-size.ts';
import { videoObject } from '../lib/structured-data.ts';
import { absoluteUrl } from '../lib/urls.ts';
import type { ReadSet } from '../lib/read-tracking.ts';
import { reads } from './page-reads.ts';

export interface Film {
  /** /videos/files/<id>.<hash>.mp4 */
  url: string;
  captionsUrl: string;
  /** where the files are in content/ */
  source: string;
  captionsSource: string;
  bytes: number;
  duration: number;
  width: number;
  height: number;
  cues: Cue[];
  poster: ImageMetadata;
  title: string;
  credit: string;
}

export interface WithFilm {
  id: string;
  title: string;
  filePath: string;
  video?: { file: string; poster: ImageMetadata; captions: string; title?: string; credit: string };
}

const hashed = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex').slice(0, 10);
const films = new Map<string, { value: Film | undefined; reads: ReadSet }>();

/** Once per entry and build; each page that reuses it is noted as reading what it read. */
export function filmOf(entry: WithFilm, maxMegabytes = DEFAULT_VIDEO_MEGABYTES): Film | undefined {
  if (!entry.video) return undefined;
  return reads.memo(films, `${entry.filePath}\n${maxMegabytes}`, () => readFilmOf(entry, entry.video!, maxMegabytes));
}

function readFilmOf(entry: WithFilm, video: NonNullable<WithFilm['video']>, maxMegabytes: number): Film {
  const { problems, film: read } = readFilm(
    { data: { video }, file: entry.filePath, dir: path.dirname(path.resolve(entry.filePath)) },
    maxMegabytes,
  );
  if (!read) throw new Error(`网站没有生成：\n\n${formatReport(problems)}`);
  const film: Film = {
    url: `/videos/files/${entry.id}.${hashed(read.bytes)}.mp4`,
    captionsUrl: `/videos/files/${entry.id}.${hashed(read.captions)}.vtt`,
    source: read.source,
    captionsSource: read.captionsSource,
    ...read.facts,
    cues: read.cues,
    poster: video.poster,
    title: video.title ?? entry.title,
    credit: video.credit,
  };
  return film;
}

/**
 * The poster as the player and the feeds show it: one JPEG up to 960 px wide (a <video> poster takes
 * no srcset). Its size is read from a clone: reading the photo itself makes Astro publish the original.
 */
export async function posterImage(film: Film): Promise<{ src: string; width: number; height: number }> {
  const size = photoSize(film.poster);
  const width = Math.min(960, size.width);
  const image = await getImage({ src: film.poster, width, format: 'jpg' });
  return { src: image.src, width, height: Math.round((width * size.height) / size.width) };
}

/** "58 KB", "12.4 MB" */
export function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** What a page with a film tells search engines and apps: VideoObject JSON-LD and the og:video tags. */
export function filmForSharing(
  film: Film,
  entry: { summary: string; published: Date },
  baseUrl: string,
  thumbnail: string,
): { jsonLd: Record<string, unknown>; og: { url: string; width: number; height: number } } {
  const url = absoluteUrl(film.url, baseUrl);
  return {
    jsonLd: videoObject({
      name: film.title,
      description: entry.summary,
      thumbnail,
      uploaded: entry.published,
      duration: film.duration,
      contentUrl: url,
      width: film.width,
      height: film.height,
      credit: film.credit,
    }),
    og: { url, width: film.width, height: film.height },
  };
}

/** Every published entry with a film, newest first: the /videos/ listing and the media centre. */
export function filmsNewestFirst<E extends WithFilm & { published: Date; url: string }>(
  entries: readonly E[],
  maxMegabytes?: number,
): { entry: E; film: Film }[] {
  return entries
    .flatMap((entry) => {
      const film = filmOf(entry, maxMegabytes);
      return film ? [{ entry, film }] : [];
    })
    .sort((a, b) => +b.entry.published - +a.entry.published);
}

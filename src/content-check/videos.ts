/**
 * An entry's film (front matter `video`): the file plays everywhere (src/lib/video-check.ts), its
 * captions parse and end within it. The poster is a photo and is checked with the photos.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_VIDEO_MEGABYTES } from '../schema/parts.ts';
import { inspectVideo, readCaptions, type Cue, type VideoFacts } from '../lib/video-check.ts';
import { leavesFolder } from '../lib/safe-url.ts';
import type { Problem } from './problem.ts';

/** A film read and judged: what is wrong with it, and, where it plays, what the site needs of it. */
export interface FilmReading {
  problems: Problem[];
  film?: {
    source: string;
    captionsSource: string;
    bytes: Buffer;
    captions: Buffer;
    facts: VideoFacts;
    cues: Cue[];
  };
}

/**
 * Reads an entry's film and captions (front matter as written or as Astro parsed it) and judges them.
 * `npm run check` reports the problems; the build (src/data/films.ts) refuses them with the same words.
 */
export function readFilm(
  entry: { data: Record<string, unknown>; file: string; dir: string; line?: number },
  maxMegabytes = DEFAULT_VIDEO_MEGABYTES,
): FilmReading {
  const video = entry.data.video as { file?: unknown; captions?: unknown } | undefined;
  if (!video || typeof video.file !== 'string' || typeof video.captions !== 'string') return { problems: [] };
  const at = (field: string) => ({
    file: entry.file,
    line: entry.line,
    field: `video.${field}`,
    level: 'error' as const,
  });
  const located = (written: string) =>
    written.startsWith('./') && !leavesFolder(written) ? path.resolve(entry.dir, written) : undefined;
  const source = located(video.file);
  if (!source || !existsSync(source)) {
    return {
      problems: [
        {
          ...at('file'),
          problem: `视频 ${video.file} 不存在。`,
          fix: '把视频上传到这篇文章所在的文件夹，写成 ./文件名.mp4。',
        },
      ],
    };
  }
  const bytes = readFileSync(source);
  const verdict = inspectVideo(bytes, { maxBytes: maxMegabytes * 1024 * 1024 });
  const problems: Problem[] = verdict.problems.map((p) => ({
    ...at('file'),
    ...p,
    problem: `${video.file}：${p.problem}`,
  }));
  const captionsSource = located(video.captions);
  if (!captionsSource || !existsSync(captionsSource)) {
    problems.push({
      ...at('captions'),
      problem: `字幕 ${video.captions} 不存在：微信的全屏播放器可能不显示字幕，页面上的文字稿也来自它。`,
      fix: '写一个 WebVTT 字幕文件放在文章旁边（npm run video 会生成一个带时间的空字幕）。',
    });
    return { problems };
  }
  const captions = readFileSync(captionsSource);
  const read = readCaptions(captions.toString('utf-8'), verdict.facts?.duration);
  problems.push(
    ...read.problems.map((p) => ({ ...at('captions'), problem: `${video.captions}：${p.problem}`, fix: p.fix })),
  );
  if (problems.length > 0 || !verdict.facts) return { problems };
  return { problems, film: { source, captionsSource, bytes, captions, facts: verdict.facts, cues: read.cues } };
}

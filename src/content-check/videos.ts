/**
 * An entry's film (front matter `video`): the file plays everywhere (src/lib/video-check.ts), its
 * captions parse and end within it. The poster is a photo and is checked with the photos.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inspectVideo, readCaptions } from '../lib/video-check.ts';
import { leavesFolder } from '../lib/safe-url.ts';
import type { Problem } from './problem.ts';

/** The size limit when content/site.yaml sets none. */
export const DEFAULT_VIDEO_MEGABYTES = 200;

export function videoProblems(
  entry: { data: Record<string, unknown>; file: string; dir: string; line?: number },
  maxMegabytes = DEFAULT_VIDEO_MEGABYTES,
): Problem[] {
  const video = entry.data.video as { file?: unknown; captions?: unknown } | undefined;
  if (!video || typeof video.file !== 'string' || typeof video.captions !== 'string') return [];
  const at = (field: string) => ({
    file: entry.file,
    line: entry.line,
    field: `video.${field}`,
    level: 'error' as const,
  });
  const located = (written: string) =>
    written.startsWith('./') && !leavesFolder(written) ? path.resolve(entry.dir, written) : undefined;
  const film = located(video.file);
  if (!film || !existsSync(film)) {
    return [
      {
        ...at('file'),
        problem: `视频 ${video.file} 不存在。`,
        fix: '把视频上传到这篇文章所在的文件夹，写成 ./文件名.mp4。',
      },
    ];
  }
  const verdict = inspectVideo(readFileSync(film), { maxBytes: maxMegabytes * 1024 * 1024 });
  const problems: Problem[] = verdict.problems.map((p) => ({
    ...at('file'),
    ...p,
    problem: `${video.file}：${p.problem}`,
  }));
  const captions = located(video.captions);
  if (!captions || !existsSync(captions)) {
    problems.push({
      ...at('captions'),
      problem: `字幕 ${video.captions} 不存在：微信的全屏播放器可能不显示字幕，页面上的文字稿也来自它。`,
      fix: '写一个 WebVTT 字幕文件放在文章旁边（npm run video 会生成一个带时间的空字幕）。',
    });
  } else {
    const read = readCaptions(readFileSync(captions, 'utf-8'), verdict.facts?.duration);
    problems.push(
      ...read.problems.map((p) => ({ ...at('captions'), problem: `${video.captions}：${p.problem}`, fix: p.fix })),
    );
  }
  return problems;
}

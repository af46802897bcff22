/**
 * Makes the sample 微电影 of the story 学雷锋志愿服务月正式启动 from its own sample illustrations, with
 * Debian's ffmpeg: a few seconds of still pictures, a soft generated tone, H.264 + AAC with moov first,
 * the poster from its first frame, and captions. Everything is marked as sample in the story. Not
 * needed to build the site: the results are committed. Run: npm run sample-film
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { aacFastStart, H264_FOR_PHONES } from '../staff/web-video.ts';

const story = path.resolve(import.meta.dirname, '../../sample/stories/2026/xueleifeng-qidong');
const pictures = ['cover.jpg', 'qidong-1.jpg', 'qidong-2.jpg'];
const seconds = 2;

const ffmpeg = (args: string[]) => {
  const run = spawnSync('ffmpeg', ['-y', '-loglevel', 'error', ...args], { stdio: 'inherit' });
  if (run.error) throw new Error('没有找到 ffmpeg。请先运行：sudo apt-get install -y ffmpeg');
  if (run.status !== 0) throw new Error(`ffmpeg exited with ${run.status}`);
};

ffmpeg([
  ...pictures.flatMap((p) => ['-loop', '1', '-t', String(seconds), '-i', path.join(story, p)]),
  '-f',
  'lavfi',
  '-i',
  `sine=frequency=523:duration=${seconds * pictures.length}`,
  '-filter_complex',
  `${pictures.map((_, i) => `[${i}:v]scale=640:360:force_original_aspect_ratio=increase,crop=640:360,setsar=1,fps=15[v${i}]`).join(';')};${pictures.map((_, i) => `[v${i}]`).join('')}concat=n=${pictures.length}:v=1:a=0[v];[${pictures.length}:a]volume=0.05[a]`,
  '-map',
  '[v]',
  '-map',
  '[a]',
  ...H264_FOR_PHONES,
  '-crf',
  '30',
  ...aacFastStart('48k'),
  // No encoder or creation time in the file: the same pictures always give the same bytes.
  '-map_metadata',
  '-1',
  '-fflags',
  '+bitexact',
  '-flags:v',
  '+bitexact',
  '-flags:a',
  '+bitexact',
  path.join(story, 'film.mp4'),
]);
ffmpeg(['-i', path.join(story, 'film.mp4'), '-frames:v', '1', '-q:v', '3', path.join(story, 'poster.jpg')]);
writeFileSync(
  path.join(story, 'film.vtt'),
  `WEBVTT

00:00.000 --> 00:02.000
（示例影片）3 月 3 日上午，学雷锋志愿服务月启动。

00:02.000 --> 00:04.000
全县 35 支志愿服务队伍的代表列队集合。

00:04.000 --> 00:06.000
仪式结束后，广场变成了便民服务集市。
`,
);
console.log(`已生成 ${path.relative(process.cwd(), story)}/film.mp4、poster.jpg 和 film.vtt。`);

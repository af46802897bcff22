/**
 * npm run video -- <phone video> --story <story folder>: for staff who have Debian's ffmpeg (the build
 * never needs it). Converts any phone video into the MP4 every reader can play (H.264 high, yuv420p, at
 * most 1080p, a bitrate for mobile data, AAC, moov first), takes a poster from a frame, and writes
 * captions with their timing for staff to fill in, all into the story's folder; then says what to add
 * to the story's front matter.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CAPTION_PLACEHOLDER, formatDuration, inspectVideo } from '../../src/lib/video-check.ts';
import { aacFastStart, H264_FOR_PHONES } from './web-video.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { story: { type: 'string' }, name: { type: 'string', default: 'film' } },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const input =
  positionals[0] ?? fail('请写明要转换的视频：npm run video -- 原视频.mov --story content/stories/2026/文件夹');
const story =
  values.story ?? fail('请用 --story 写明放到哪个故事的文件夹，例如 --story content/stories/2026/chongyang-jinghao');
if (!existsSync(input)) fail(`找不到视频 ${input}。`);
if (!existsSync(story) || !statSync(story).isDirectory()) fail(`找不到文件夹 ${story}：请先用 npm run new 建好故事。`);
if (spawnSync('ffmpeg', ['-version']).error) {
  fail('这个命令要用 ffmpeg 转换视频，但这台电脑上没有安装。请先运行：sudo apt-get install -y ffmpeg');
}

const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { encoding: 'utf-8' });
  if (result.status !== 0) fail(`${command} 没有成功：${result.stderr.trim().split('\n').slice(-3).join(' ')}`);
  return result.stdout;
};

const film = path.join(story, `${values.name}.mp4`);
const poster = path.join(story, `${values.name}-poster.jpg`);
const captions = path.join(story, `${values.name}.vtt`);
console.log(`正在转换 ${input}（长视频需要几分钟）……`);
run('ffmpeg', [
  '-y',
  '-loglevel',
  'error',
  '-i',
  input,
  // At most 1920 × 1080 whichever way the phone was held, never enlarged; even sizes for H.264.
  '-vf',
  "scale='if(gt(iw,ih),min(1920,iw),-2)':'if(gt(iw,ih),-2,min(1920,ih))',scale='min(iw,if(gt(iw,ih),iw,1080))':-2,scale=trunc(iw/2)*2:trunc(ih/2)*2",
  ...H264_FOR_PHONES,
  // Sharp enough on a phone, and capped for mobile data.
  '-crf',
  '26',
  '-maxrate',
  '2500k',
  '-bufsize',
  '5000k',
  '-ac',
  '2',
  ...aacFastStart('96k'),
  film,
]);
const verdict = inspectVideo(readFileSync(film), { maxBytes: Number.MAX_SAFE_INTEGER });
if (!verdict.facts) fail(`转换后的视频读不出来：${verdict.problems.map((p) => p.problem).join('；')}`);
const { duration, width, height, bytes } = verdict.facts;
run('ffmpeg', [
  '-y',
  '-loglevel',
  'error',
  '-ss',
  String(Math.min(1, duration / 2)),
  '-i',
  film,
  '-frames:v',
  '1',
  '-q:v',
  '3',
  poster,
]);

// A cue every five seconds, for staff to fill with what is said.
const stamp = (s: number) => `${String(Math.floor(s / 60)).padStart(2, '0')}:${(s % 60).toFixed(3).padStart(6, '0')}`;
const cues: string[] = [];
for (let start = 0; start < duration; start += 5) {
  cues.push(`${stamp(start)} --> ${stamp(Math.min(duration, start + 5))}\n${CAPTION_PLACEHOLDER}`);
}
if (existsSync(captions)) console.log(`${captions} 已经存在，没有改动它。`);
else writeFileSync(captions, `WEBVTT\n\n${cues.join('\n\n')}\n`);

const beside = (file: string) => `./${path.basename(file)}`;
console.log(`已生成：${film}（${width} × ${height}，${formatDuration(duration)}，${(bytes / 1024 / 1024).toFixed(1)} MB）、${poster}、${captions}。
请在 ${captions} 里把每段“${CAPTION_PLACEHOLDER}”换成实际说的话，再在故事的字段区加上：
video:
  file: ${beside(film)}
  poster: ${beside(poster)}
  captions: ${beside(captions)}
  credit: 摄制者或单位`);

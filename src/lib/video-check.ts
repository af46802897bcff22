/**
 * Whether a video plays everywhere our readers are, WeChat's browser on mobile data above all: a
 * progressive MP4 with H.264 video (at most 1920 × 1080) and AAC audio or none, its `moov` box before
 * the media data so it starts before it has downloaded. Read in JavaScript with mp4box (no ffmpeg is
 * needed to build). Captions are WebVTT, read by the W3C's own parser, and must end within the film.
 */
import { createFile, Log, type MP4BoxBuffer } from 'mp4box';
import webvtt from 'webvtt-parser';

// Our verdict says what is wrong; mp4box's own log lines would only clutter a staff member's screen.
Log.setLogLevel(() => {});

const MAX_WIDTH = 1920;
const MAX_HEIGHT = 1080;

/** The one conversion every refusal offers, for Debian's ffmpeg (or any other). */
export const CONVERT_COMMAND =
  'ffmpeg -i 原视频.mov -c:v libx264 -profile:v high -pix_fmt yuv420p -c:a aac -movflags +faststart film.mp4';

export interface VideoFacts {
  /** seconds */
  duration: number;
  width: number;
  height: number;
  bytes: number;
}

export interface VideoVerdict {
  facts?: VideoFacts;
  /** what is wrong, each said for staff, with the fix */
  problems: { problem: string; fix: string }[];
}

const convert = `用 ffmpeg 转换：${CONVERT_COMMAND}（或运行 npm run video -- 原视频 --story 故事文件夹）`;

/** Inspects a video file's bytes. */
export function inspectVideo(bytes: Uint8Array, options: { maxBytes: number }): VideoVerdict {
  const problems: VideoVerdict['problems'] = [];
  if (bytes.length > options.maxBytes) {
    problems.push({
      problem: `视频有 ${Math.round(bytes.length / 1024 / 1024)} MB，超过了 ${Math.round(options.maxBytes / 1024 / 1024)} MB 的上限：读者用手机流量看不起。`,
      fix: `压缩后再上传，例如 ffmpeg -i film.mp4 -c:v libx264 -crf 28 -vf scale=-2:720 -c:a aac -b:a 96k -movflags +faststart film-720p.mp4`,
    });
  }
  const file = createFile();
  let info:
    | {
        duration: number;
        timescale: number;
        tracks: { codec: string; type: string; video?: { width: number; height: number } }[];
      }
    | undefined;
  let failed = false;
  file.onReady = (ready) => (info = ready as unknown as typeof info);
  file.onError = () => (failed = true);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as MP4BoxBuffer;
  buffer.fileStart = 0;
  try {
    file.appendBuffer(buffer);
    file.flush();
  } catch {
    failed = true;
  }
  const boxes = (file as unknown as { boxes?: { type: string; size: number; start?: number }[] }).boxes ?? [];
  if (failed || !info) {
    problems.push({
      problem: '这不是 MP4 视频（也可能是 WebM、MOV 或损坏的文件），网站读不出它的内容。',
      fix: convert,
    });
    return { problems };
  }
  const ends = boxes.reduce((end, box) => end + box.size, 0);
  if (ends > bytes.length) {
    problems.push({
      problem: `视频文件不完整：只有 ${bytes.length} 字节，文件里记录的长度是 ${ends} 字节，多半是上传中断了。`,
      fix: '重新上传完整的文件。',
    });
  }
  const types = boxes.map((b) => b.type);
  if (types.includes('mdat') && types.indexOf('moov') > types.indexOf('mdat')) {
    problems.push({
      problem: '视频的索引（moov）在文件末尾：手机要下载完整个文件才能开始播放。',
      fix: `加上 -movflags +faststart 重新转换：ffmpeg -i film.mp4 -c copy -movflags +faststart film-faststart.mp4；或${convert}`,
    });
  }
  const video = info.tracks.filter((t) => t.type === 'video');
  const audio = info.tracks.filter((t) => t.type === 'audio');
  const picture = video[0];
  if (!picture) {
    problems.push({ problem: '文件里没有画面（只有声音）。', fix: convert });
  } else if (!picture.codec.startsWith('avc1') && !picture.codec.startsWith('avc3')) {
    const name = /^(hvc1|hev1)/.test(picture.codec) ? 'H.265（HEVC）' : picture.codec;
    problems.push({
      problem: `视频编码是 ${name}，不是 H.264：微信和许多手机播放不了。`,
      fix: convert,
    });
  }
  const { width = 0, height = 0 } = picture?.video ?? {};
  if (Math.max(width, height) > MAX_WIDTH || Math.min(width, height) > MAX_HEIGHT) {
    problems.push({
      problem: `画面是 ${width} × ${height}，超过了 1920 × 1080：文件太大，手机也不需要。`,
      fix: `缩小到 1080p：ffmpeg -i film.mp4 -vf scale=-2:1080 -c:v libx264 -profile:v high -pix_fmt yuv420p -c:a aac -movflags +faststart film-1080p.mp4`,
    });
  }
  for (const track of audio.filter((t) => !t.codec.startsWith('mp4a'))) {
    problems.push({ problem: `声音编码是 ${track.codec}，不是 AAC：有的手机没有声音。`, fix: convert });
  }
  const duration = info.timescale ? info.duration / info.timescale : 0;
  return { facts: { duration, width, height, bytes: bytes.length }, problems };
}

export interface Cue {
  start: number;
  end: number;
  text: string;
}

/** Reads a WebVTT file: its cues, or what is wrong with it (by line) and how to fix it. */
export function readCaptions(
  text: string,
  duration?: number,
): { cues: Cue[]; problems: { line?: number; problem: string; fix: string }[] } {
  const tree = new webvtt.WebVTTParser().parse(text, 'metadata');
  const problems: { line?: number; problem: string; fix: string }[] = tree.errors.map((e) => ({
    line: e.line,
    problem: `字幕文件第 ${e.line} 行有错：${e.message}`,
    fix: '时间要写成 00:01.000 --> 00:04.500（小数点，不是逗号），每段字幕之间空一行；文件第一行是 WEBVTT。',
  }));
  const cues = tree.cues.map((c) => ({
    start: c.startTime,
    end: c.endTime,
    text: c.text.replace(/<[^>]+>/g, '').trim(),
  }));
  const last = cues.at(-1);
  if (duration !== undefined && last && last.end > duration + 0.5) {
    problems.push({
      problem: `最后一段字幕在 ${last.end.toFixed(1)} 秒结束，视频只有 ${duration.toFixed(1)} 秒：字幕和视频对不上。`,
      fix: '检查字幕的时间，或是不是配错了字幕文件。',
    });
  }
  if (cues.some((c) => c.text.includes(CAPTION_PLACEHOLDER))) {
    problems.push({
      problem: `字幕里还有“${CAPTION_PLACEHOLDER}”：npm run video 生成的字幕要填上实际说的话。`,
      fix: '把每一段的占位文字换成视频里说的话；没有说话的片段可以写画面说明。',
    });
  }
  return { cues, problems };
}

/** What npm run video writes in each cue, for staff to replace. */
export const CAPTION_PLACEHOLDER = '（请填写这段时间说的话）';

/** "3分05秒" */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  return s < 60 ? `${s}秒` : `${Math.floor(s / 60)}分${String(s % 60).padStart(2, '0')}秒`;
}

/** ISO 8601 duration for VideoObject: PT3M5S */
export function isoDuration(seconds: number): string {
  const s = Math.round(seconds);
  return `PT${Math.floor(s / 60) ? `${Math.floor(s / 60)}M` : ''}${s % 60}S`;
}

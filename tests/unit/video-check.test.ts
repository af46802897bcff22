import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONVERT_COMMAND, formatDuration, inspectVideo, isoDuration, readCaptions } from '../../src/lib/video-check';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/video');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));
const verdict = (name: string, maxBytes = 200 * 1024 * 1024) => inspectVideo(fixture(name), { maxBytes });
const said = (name: string) =>
  verdict(name)
    .problems.map((p) => `${p.problem} ${p.fix}`)
    .join('\n');

describe('inspectVideo, on files made by ffmpeg (tests/fixtures/video/make-fixtures.sh)', () => {
  it('accepts H.264 and AAC with moov first, and reads its duration and size from the file', () => {
    expect(verdict('good.mp4')).toEqual({
      facts: { duration: 2, width: 160, height: 90, bytes: fixture('good.mp4').length },
      problems: [],
    });
  });
  it('refuses moov at the end, with the faststart command', () => {
    expect(said('moov-at-end.mp4')).toContain('moov）在文件末尾');
    expect(said('moov-at-end.mp4')).toContain('-movflags +faststart');
  });
  it('refuses VP9 in WebM and HEVC, each with the exact conversion command', () => {
    expect(said('vp9.webm')).toContain('这不是 MP4 视频');
    expect(said('vp9.webm')).toContain(CONVERT_COMMAND);
    expect(said('hevc.mp4')).toContain('H.265（HEVC），不是 H.264');
    expect(said('hevc.mp4')).toContain(CONVERT_COMMAND);
  });
  it('refuses a file cut short, and one over the size limit', () => {
    expect(said('truncated.mp4')).toContain('视频文件不完整');
    expect(verdict('good.mp4', 10_000).problems[0]!.problem).toContain('超过了');
  });
});

describe('readCaptions', () => {
  it('reads the cues of a WebVTT file', () => {
    expect(readCaptions(fixture('good.vtt').toString('utf-8'), 2)).toEqual({
      cues: [
        { start: 0, end: 1, text: '志愿者来到敬老院。' },
        { start: 1, end: 2, text: '大家一起包饺子。' },
      ],
      problems: [],
    });
  });
  it('names the line of a broken cue, and captions that run past the film', () => {
    const broken = readCaptions(fixture('broken.vtt').toString('utf-8'), 2).problems;
    expect(broken[0]).toMatchObject({ line: 6 });
    expect(broken[0]!.fix).toContain('小数点，不是逗号');
    expect(readCaptions(fixture('too-long.vtt').toString('utf-8'), 2).problems[0]!.problem).toContain(
      '视频只有 2.0 秒',
    );
  });
});

it('says durations for readers and for VideoObject', () => {
  expect([formatDuration(42), formatDuration(185)]).toEqual(['42秒', '3分05秒']);
  expect([isoDuration(42), isoDuration(185)]).toEqual(['PT42S', 'PT3M5S']);
});

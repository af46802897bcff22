/**
 * npm run video: a WebM from a phone becomes the MP4, poster and timed captions a story needs, which
 * the content check accepts once the captions are filled in; without ffmpeg it says what to install.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAPTION_PLACEHOLDER, inspectVideo, readCaptions } from '../../src/lib/video-check';
import { copyOfContent, ROOT, TEST_NOW_EPOCH } from '../support/site-build';

const WEBM = path.join(ROOT, 'tests/fixtures/video/vp9.webm');
const content = copyOfContent('video-helper');
const story = path.join(content, 'stories/2026/lunyi-weixiu');
const env = { ...process.env, XINFENG_CONTENT_DIR: content, SOURCE_DATE_EPOCH: String(TEST_NOW_EPOCH) };
const script = (name: string, args: string[], extraEnv: Record<string, string> = {}) => {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/staff', name), ...args], {
    cwd: ROOT,
    encoding: 'utf-8',
    env: { ...env, ...extraEnv },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};

describe('npm run video', () => {
  it('converts a phone’s WebM into a film the check accepts once its captions say something', () => {
    const made = script('video.ts', [WEBM, '--story', story]);
    expect(made.status, made.output).toBe(0);
    const film = readFileSync(path.join(story, 'film.mp4'));
    expect(inspectVideo(film, { maxBytes: 200 * 1024 * 1024 }).problems).toEqual([]);
    const captions = readFileSync(path.join(story, 'film.vtt'), 'utf-8');
    expect(readCaptions(captions).cues.map((c) => c.text)).toEqual([CAPTION_PLACEHOLDER]);

    const index = path.join(story, 'index.md');
    writeFileSync(
      index,
      readFileSync(index, 'utf-8').replace(
        /^sample: true$/m,
        'video:\n  file: ./film.mp4\n  poster: ./film-poster.jpg\n  captions: ./film.vtt\n  credit: 示例\nsample: true',
      ),
    );
    const unfilled = script('check-content.ts', []);
    expect(unfilled.status).toBe(1);
    expect(unfilled.output).toContain('字幕里还有');
    writeFileSync(path.join(story, 'film.vtt'), captions.replace(CAPTION_PLACEHOLDER, '志愿者在修轮椅。'));
    const filled = script('check-content.ts', []);
    expect(filled.output).toContain('内容检查通过');
  });

  it('says what to install where ffmpeg is missing', () => {
    const bin = path.join(ROOT, '.test-dist/no-ffmpeg-bin');
    rmSync(bin, { recursive: true, force: true });
    mkdirSync(bin, { recursive: true });
    symlinkSync(process.execPath, path.join(bin, 'node'));
    const missing = script('video.ts', [WEBM, '--story', story], { PATH: bin });
    expect(missing.status).toBe(1);
    expect(missing.output).toContain('sudo apt-get install -y ffmpeg');
  });
});

/**
 * The sample 微电影 on the built site: the page's player as WeChat needs it, the transcript, the file
 * published byte for byte under a hashed name, the listing, structured data, sharing tags, feeds, the
 * media centre and the search filter.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { page } from '../support/built-pages';
import { SAMPLE_SITE, ROOT } from '../support/site-build';

const STORY = path.join(ROOT, 'sample/stories/2026/xueleifeng-qidong');
const original = readFileSync(path.join(STORY, 'film.mp4'));
const $ = page('/stories/xueleifeng-qidong/');
const video = $('video');
const src = video.attr('src')!;

describe('the sample 微电影', () => {
  it('plays inline in WeChat, never by itself, with Chinese captions and the poster', () => {
    for (const attr of ['controls', 'playsinline', 'webkit-playsinline', 'x5-playsinline']) {
      expect(video.attr(attr), attr).toBeDefined();
    }
    expect(video.attr('x5-video-player-type')).toBe('h5');
    expect(video.attr('preload')).toBe('metadata');
    expect(video.attr('autoplay')).toBeUndefined();
    expect(video.attr('muted')).toBeUndefined();
    expect(video.attr('poster')).toMatch(/^\/_astro\/poster\..+\.jpg$/);
    const track = video.find('track');
    expect([track.attr('kind'), track.attr('srclang'), track.attr('label'), track.attr('default')]).toEqual([
      'captions',
      'zh-CN',
      '中文字幕',
      '',
    ]);
  });

  it('is published unchanged under a name that carries its content hash', () => {
    expect(src).toMatch(/^\/videos\/files\/xueleifeng-qidong\.[0-9a-f]{10}\.mp4$/);
    expect(readFileSync(path.join(SAMPLE_SITE, src)).equals(original)).toBe(true);
    const vtt = $('track').attr('src')!;
    expect(readFileSync(path.join(SAMPLE_SITE, vtt), 'utf-8')).toBe(
      readFileSync(path.join(STORY, 'film.vtt'), 'utf-8'),
    );
  });

  it('shows its duration, size and credit, a download link, and the transcript from the captions', () => {
    const caption = $('.film figcaption').text().replace(/\s+/g, '');
    expect(caption).toContain('时长6秒');
    expect(caption).toContain(`${Math.round(original.length / 1024)}KB`);
    expect(caption).toContain('摄制：示例影片（程序用示例插图生成）');
    expect($(`.film a[download][href="${src}"]`).length).toBe(1);
    const transcript = $('details.transcript p')
      .map((_, p) => $(p).text())
      .get();
    expect(transcript).toEqual([
      '（示例影片）3 月 3 日上午，学雷锋志愿服务月启动。',
      '全县 35 支志愿服务队伍的代表列队集合。',
      '仪式结束后，广场变成了便民服务集市。',
    ]);
    // The transcript is inside what search indexes; the player is not.
    expect($('details.transcript').closest('[data-pagefind-body]').length).toBe(1);
    expect($('[data-pagefind-filter="类型:微电影"]').length).toBe(1);
  });

  it('tells search engines and apps: VideoObject with duration and content URL, og:video', () => {
    const ld = $('script[type="application/ld+json"]')
      .map((_, s) => JSON.parse($(s).text()))
      .get()
      .flat()
      .find((o: { '@type': string }) => o['@type'] === 'VideoObject');
    expect(ld).toMatchObject({
      name: '学雷锋志愿服务月启动（示例影片）',
      duration: 'PT6S',
      contentUrl: `https://xinfeng.example.org${src}`,
      uploadDate: '2026-03-03T12:00:00+08:00',
    });
    expect(ld.thumbnailUrl[0]).toMatch(/^https:\/\/xinfeng\.example\.org\//);
    expect($('meta[property="og:video"]').attr('content')).toBe(`https://xinfeng.example.org${src}`);
    expect($('meta[property="og:video:type"]').attr('content')).toBe('video/mp4');
  });

  it('is listed on /videos/ and in the media centre with its credit', () => {
    const list = page('/videos/');
    expect(list('main a[href="/stories/xueleifeng-qidong/"]').text()).toContain('学雷锋志愿服务月启动（示例影片）');
    expect(list('main img').attr('srcset')).toMatch(/\d+w/);
    const media = page('/media/');
    expect(media('#films').parent().parent().text()).toContain('摄制：示例影片（程序用示例插图生成）');
    expect(media(`a[download][href="${src}"]`).length).toBe(1);
  });

  it('goes into every feed that carries the story as an enclosure of its exact size, with the poster in the text', () => {
    const feeds = ['rss.xml', 'stories/rss.xml'];
    for (const feed of feeds) {
      const xml = readFileSync(path.join(SAMPLE_SITE, feed), 'utf-8');
      const item = xml.split('<item>').find((i) => i.includes('/stories/xueleifeng-qidong/'))!;
      expect(item, feed).toContain(
        `<enclosure url="https://xinfeng.example.org${src}" length="${original.length}" type="video/mp4"/>`,
      );
      expect(item, feed).toMatch(/&lt;img src=&quot;https:\/\/xinfeng\.example\.org\/_astro\/poster\.[^&]+\.jpg&quot;/);
    }
    expect(readdirSync(path.join(SAMPLE_SITE, 'videos/files')).filter((f) => f.endsWith('.mp4'))).toHaveLength(1);
  });
});

/**
 * Real clients, not our own parser: Debian's feedparser subscribes to every feed (from files, and the
 * site feed over HTTP from the preview server, as a reader would) and icalendar reads every calendar.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEBIAN_PYTHON } from '../../scripts/dev/test-tools.ts';
import { startPreview, type Preview } from '../../scripts/server/serve.ts';
import { ROOT, SAMPLE_SITE } from '../support/site-build';
import { builtFiles } from '../support/built-feeds';
import * as sample from '../support/sample-content';

const run = promisify(execFile);
/** Runs the Python client without blocking this process, which may be serving what it reads. */
const client = async (kind: 'feed' | 'calendar', sources: string[]) => {
  const { stdout } = await run(DEBIAN_PYTHON, [path.join(ROOT, 'tests/support/feed_client.py'), kind, ...sources], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
};

describe('feedparser', () => {
  it('parses every feed without complaint and sees the full content', async () => {
    const files = builtFiles('rss.xml').map((f) => path.join(SAMPLE_SITE, f));
    const results = await client('feed', files);
    expect(results.length).toBe(files.length);
    for (const feed of results) {
      expect(feed.bozo, `${feed.source}: ${feed.bozo_exception}`).toBe(false);
      expect(feed.version).toBe('rss20');
      expect(feed.language).toBe('zh-cn');
      for (const entry of feed.entries) {
        expect(entry.content.length, entry.link).toBeGreaterThan(entry.title.length);
        expect(entry.published).toMatch(/\+0800$/);
        expect(entry.author).toBeTruthy();
      }
    }
  });

  describe('over HTTP from the preview server', () => {
    let preview: Preview;
    beforeAll(async () => {
      preview = await startPreview(SAMPLE_SITE);
    });
    afterAll(() => preview?.close());

    it('subscribes to the site feed and reads the newest story in full', async () => {
      const [feed] = await client('feed', [`${preview.url}/rss.xml`]);
      expect(feed.bozo, feed.bozo_exception).toBe(false);
      expect(feed.title).toBe('新风·巨野志愿：全部故事和公告');
      const story = feed.entries.find((e: any) => e.link.endsWith('/stories/lunyi-weixiu/'));
      expect(story.content).toContain('流动维修站已经走过 9 个乡镇');
      expect(story.enclosures[0].type).toBe('image/jpeg');
      expect(story.tags).toContain('巨野县阳光助残志愿服务队');
    });

    it('reads the cover’s caption and credit, and the terms of reuse', async () => {
      const [feed] = await client('feed', [`${preview.url}/stories/rss.xml`]);
      const cover = sample.stories().find((s) => s.id === 'lunyi-weixiu')!.cover;
      const story = feed.entries.find((e: any) => e.link.endsWith('/stories/lunyi-weixiu/'));
      expect(story.media_credit).toEqual([cover.credit]);
      expect(story.media_content[0]).toMatchObject({ medium: 'image', type: 'image/jpeg' });
      expect(story.content).toContain(`<figcaption>${cover.alt}（图：${cover.credit}）</figcaption>`);
      expect(feed.rights).toBe(sample.site().reuse);
    });
  });
});

describe('icalendar', () => {
  it('reads every calendar and sees each event at its UTC time', async () => {
    const files = builtFiles('calendar.ics').map((f) => path.join(SAMPLE_SITE, f));
    const results = await client('calendar', files);
    const all = results.find(
      (r) =>
        r.source.endsWith(`${path.sep}calendar.ics`) &&
        !r.source.includes('campaigns') &&
        !r.source.includes('announcements'),
    );
    const warmth = all.events.find((e: any) => e.uid === 'announcement-dongji-songnuan-yugao@xinfeng.example.org');
    // 2026-12-12 09:00–16:00 Beijing is 01:00–08:00 UTC.
    expect(warmth.start_utc).toBe('2026-12-12T01:00:00+00:00');
    expect(warmth.end_utc).toBe('2026-12-12T08:00:00+00:00');
    expect(warmth.tz).toBe('UTC');
    expect(warmth.url).toBe('https://xinfeng.example.org/announcements/dongji-songnuan-yugao/');
    // Every announced event and every programme item is in the site calendar.
    const announced = sample.announcements().filter((a) => a.event).length;
    const programme = sample.campaigns().reduce((n, c) => n + (c.programme?.length ?? 0), 0);
    expect(all.events.length).toBe(announced + programme);
    for (const calendar of results) for (const event of calendar.events) expect(event.start_utc).toMatch(/\+00:00$/);
  });
});

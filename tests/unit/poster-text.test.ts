/**
 * The text of a share poster read back from its layout (src/data/posters.ts posterLines: the same
 * satori layout that is drawn, written out as text instead of outlines): every title of the sample, and
 * titles made to be hard, comes out whole, line by line, and breaks where Chinese type may break; a
 * character the font lacks stops the build with the entry's file named.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { posterLines, posterResponse } from '../../src/data/posters.ts';
import type { PosterData } from '../../src/lib/poster-tree.ts';
import * as sample from '../support/sample-content';

const poster = (title: string, withCover: boolean): PosterData => ({
  site: '新风·巨野志愿',
  title,
  byline: '2026年11月5日 · 巨野县阳光助残志愿服务队',
  url: 'https://zhiyuan.example.gov.cn/stories/x/',
  ...(withCover ? { credit: '图：县融媒体中心' } : {}),
});

/** The title's lines: the largest type on the poster. */
async function titleLines(data: PosterData): Promise<string[]> {
  const lines = await posterLines(data);
  const largest = Math.max(...lines.map((l) => l.size));
  return lines.filter((l) => l.size === largest).map((l) => l.text);
}

const CLOSING = '，。、：；！？）》」』”’…%';
const OPENING = '（《「『“‘';

describe('a poster’s title, read back from its layout', () => {
  const titles = [
    ...sample.stories().map((s) => s.title),
    ...sample.announcements().map((a) => a.title),
    '重阳节里的敬老院：一场为老人办的“集体生日会”，六十多位老人和志愿者一起吃长寿面、看节目',
    'WeChat 群里转发的 2026 年 Volunteer Day 活动，报名电话 0530-1234567',
    '《巨野县志愿服务条例》解读（一）：志愿者的权利和义务！',
  ];

  it.each([true, false])('is whole, and breaks only where Chinese may (with a cover: %s)', async (withCover) => {
    const problems: string[] = [];
    for (const title of titles) {
      const lines = await titleLines(poster(title, withCover));
      if (lines.join('').replace(/\s/g, '') !== title.replace(/\s/g, '')) problems.push(`${title}: ${lines.join('|')}`);
      lines.forEach((line, i) => {
        const next = lines[i + 1];
        if (i > 0 && CLOSING.includes(line.trim()[0]!)) problems.push(`${title}: a line starts with ${line.trim()[0]}`);
        if (next && OPENING.includes(line.trim().at(-1)!))
          problems.push(`${title}: a line ends with ${line.trim().at(-1)}`);
        if (next && /[A-Za-z0-9]$/.test(line) && /^[A-Za-z0-9]/.test(next))
          problems.push(`${title}: a word cut: ${line}|${next}`);
      });
    }
    expect(titles.length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });
});

describe('a character the poster’s font cannot draw', () => {
  it('stops the build with the file, the part of the poster and the fix, in Chinese', async () => {
    const made = posterResponse({
      data: poster('重阳敬老😀活动圆满结束', false),
      file: 'content/stories/2026/chongyang/index.md',
    });
    await expect(made).rejects.toThrow(
      /^content\/stories\/2026\/chongyang\/index\.md：分享海报的标题（title）里有海报字体（Noto Sans SC）没有的字符：「😀」.*请把它换成常用汉字，或者删掉/,
    );
  });
});

describe('a poster drawn twice', () => {
  it('is the same bytes from two empty caches, and is kept in the build cache to reuse', async () => {
    const drawn: Buffer[] = [];
    for (const run of [1, 2]) {
      const cache = mkdtempSync(path.join(tmpdir(), `xinfeng-posters-${run}-`));
      vi.stubEnv('XINFENG_CACHE_DIR', cache);
      vi.resetModules();
      const { posterResponse: fresh } = await import('../../src/data/posters.ts');
      const response = await fresh({
        data: poster('一把扳手修好 30 辆轮椅', true),
        cover: 'sample/stories/2026/lunyi-weixiu/cover.jpg',
        file: 'sample/stories/2026/lunyi-weixiu/index.md',
      });
      drawn.push(Buffer.from(await response.arrayBuffer()));
      expect(readdirSync(path.join(cache, 'posters'))).toHaveLength(1);
    }
    vi.unstubAllEnvs();
    expect(drawn[0]!.length).toBeGreaterThan(10_000);
    expect(drawn[0]!.equals(drawn[1]!)).toBe(true);
  });
});

/**
 * Bad input stops the build with a message naming the file, the field and the fix; drafts and
 * scheduled entries never reach readers. Each case builds a changed copy of the sample content.
 */
import { appendFileSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { SyntaxValidator } from 'fast-xml-validator';
import { changedSite, type ChangedSite } from '../support/changed-site';
import { BUILD_TEST_TIMEOUT, buildSite, copyOfContent, SAMPLE_SITE } from '../support/site-build';

function edit(file: string, from: string | RegExp, to: string) {
  const before = readFileSync(file, 'utf-8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`edit did not apply to ${file}`);
  writeFileSync(file, after);
}

const STORY = 'stories/2025/dongzhi-jiaozi/index.md';

/** Builds a copy of the sample content changed by `change`, which must make the build fail. */
function buildChanged(name: string, change: (content: string) => void, options: { astroOnly?: boolean } = {}) {
  const content = copyOfContent(name);
  change(content);
  const result = buildSite(name, { contentDir: content, ...options });
  expect(result.status, 'the build must fail').not.toBe(0);
  expect(existsSync(path.join(result.outDir, 'index.html')), 'no page may be written').toBe(false);
  return result.output;
}

/** Builds a copy of the sample content with one story changed, as a staff member's typo would. */
function buildWithStoryEdit(name: string, from: string | RegExp, to: string, options: { astroOnly?: boolean } = {}) {
  return buildChanged(name, (content) => edit(path.join(content, STORY), from, to), options);
}

// Most mistakes are caught by the content check before Astro starts (tests/content-errors/ has the
// whole corpus). These run Astro alone, to prove the build itself still refuses bad content.
describe('Astro alone refuses bad content too', { timeout: BUILD_TEST_TIMEOUT }, () => {
  it('names a story whose team does not exist, and the team it probably meant', () => {
    const output = buildWithStoryEdit('unknown-team', 'teams: [jinhui-zhulao]', 'teams: [jinhui-zhulo]', {
      astroOnly: true,
    });
    // The same report npm run check gives: file, line and field, then the problem and the fix.
    expect(output).toContain('stories/2025/dongzhi-jiaozi/index.md 第 5 行，字段 teams[0]');
    expect(output).toContain('问题：引用的“jinhui-zhulo”在志愿服务队（content/teams/）中不存在。');
    expect(output).toContain('怎么改：是不是要写“jinhui-zhulao”');
  });

  it('refuses an MDX story before any of its code runs: the build machine’s hostname never reaches a page', () => {
    const hostname = readFileSync('/etc/hostname', 'utf-8').trim();
    const output = buildChanged(
      'mdx-probe',
      (content) => {
        const file = path.join(content, STORY);
        const frontMatter = /^---\n[\s\S]*?\n---\n/.exec(readFileSync(file, 'utf-8'))![0];
        rmSync(file);
        writeFileSync(
          file.replace(/\.md$/, '.mdx'),
          `${frontMatter}\nimport { readFileSync } from 'node:fs';\n\n主机：{readFileSync('/etc/hostname', 'utf8')}\n`,
        );
      },
      { astroOnly: true },
    );
    expect(output).toContain('stories/2025/dongzhi-jiaozi/index.mdx');
    expect(output).toContain('问题：网站不接受 MDX 文件（.mdx）');
    expect(output).not.toContain(`主机：${hostname}`);
  });

  it('refuses a javascript: link and raw HTML that runs code, naming the lines', () => {
    const output = buildChanged(
      'hostile-body',
      (content) =>
        appendFileSync(path.join(content, STORY), '\n[点我](javascript:alert(1))\n\n<img src=x onerror=alert(1)>\n'),
      { astroOnly: true },
    );
    expect(output).toMatch(
      /dongzhi-jiaozi\/index\.md 第 \d+ 行，字段 正文\n\s+问题：正文里的地址 "javascript:alert\(1\)" 不安全/,
    );
    expect(output).toContain('问题：正文用 HTML 的 <img> 插图');
  });

  it('names the file and field of a date that does not exist', () => {
    const output = buildWithStoryEdit('bad-date', 'published: 2025-12-21 18:00', 'published: 2025-12-32', {
      astroOnly: true,
    });
    expect(output).toContain('stories/2025/dongzhi-jiaozi/index.md');
    expect(output).toMatch(/published: “2025-12-32”不是有效的日期时间/);
  });

  it('names the story and field of a missing cover photo', () => {
    const output = buildWithStoryEdit('missing-image', 'image: ./cover.jpg', 'image: ./fengmian.jpg', {
      astroOnly: true,
    });
    expect(output).toContain('dongzhi-jiaozi/index.md 第 7 行，字段 cover.image');
    expect(output).toContain('问题：图片 ./fengmian.jpg 不存在。');
  });

  it('points at the line of malformed front matter, in Chinese', () => {
    const output = buildWithStoryEdit('bad-yaml', /^title: .*$/m, 'title: [没有闭合的括号', { astroOnly: true });
    expect(output).toMatch(
      /dongzhi-jiaozi\/index\.md 第 \d+ 行\n\s+问题：开头的字段区写法有误：方括号 \[ \] 里的列表没有写完/,
    );
  });

  it('refuses a title whose “ #” would be read as a comment and cut it short', () => {
    const output = buildWithStoryEdit(
      'hash-title',
      /^title: .*$/m,
      'title: 冬至饺子香 #巨野志愿# 独居老人家里来了“亲戚”',
      {
        astroOnly: true,
      },
    );
    expect(output).toContain('dongzhi-jiaozi/index.md 第 2 行，字段 title');
    expect(output).toContain('网站只会显示“冬至饺子香”');
  });
});

describe('a later build of changed content', () => {
  // The sample content plus a draft, a story scheduled for after the build, a story whose text carries
  // control characters pasted from a word processor, two press releases under embargo and lifted, and
  // twelve more stories of one team; built a day later than the sample (tests/support/changed-site.ts).
  let result: ChangedSite;
  beforeAll(async () => {
    result = await changedSite();
  });
  const built = (file: string) => readFileSync(path.join(result.outDir, file), 'utf-8');

  it('builds', () => {
    expect(result.status, result.output.slice(-2000)).toBe(0);
  });

  it('leaves out a draft and a story scheduled after the build date, everywhere', () => {
    for (const slug of ['caogao-gushi', 'dingshi-gushi']) {
      expect(existsSync(path.join(result.outDir, 'stories', slug))).toBe(false);
      for (const file of [
        'index.html',
        'stories/index.html',
        'teams/qingnian/index.html',
        'sitemap-0.xml',
        'rss.xml',
        'feed.json',
        'teams/qingnian/rss.xml',
      ]) {
        expect(built(file), file).not.toContain(slug);
      }
    }
  });

  it('keeps a press release under embargo off every page and feed (so search never indexes it), and dates a lifted one by its embargo', () => {
    expect(existsSync(path.join(result.outDir, 'announcements/jinfa-xinwengao'))).toBe(false);
    for (const file of [
      'announcements/index.html',
      'media/index.html',
      'media/releases/index.html',
      'sitemap-0.xml',
      'rss.xml',
      'media/releases/rss.xml',
      'feed.json',
    ]) {
      expect(built(file), file).not.toContain('jinfa-xinwengao');
    }
    const lifted = cheerio.load(built('announcements/jiejin-xinwengao/index.html'));
    expect(lifted('time').first().attr('datetime')).toBe('2026-11-25T10:00:00+08:00');
    expect(built('media/releases/index.html')).toContain('jiejin-xinwengao');
  });

  it('removes characters XML forbids, so the feed stays readable', () => {
    const feed = built('rss.xml');
    expect(feed).toContain('从文字处理软件粘贴来的正文带有控制字符');
    // eslint-disable-next-line no-control-regex -- the control characters XML forbids
    expect(feed).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(() => SyntaxValidator.validate(feed)).not.toThrow();
  });

  it('shows a team’s latest 12 stories and links to all of them', () => {
    const team = cheerio.load(built('teams/qingnian/index.html'));
    const cards = team('#team-stories').closest('section').find('.cards > li');
    expect(cards.length).toBe(12);
    const more = team('.more-stories a').first();
    const total = Number(/共 (\d+) 篇/.exec(team('.more-stories').text())![1]);
    expect(total).toBeGreaterThan(12);
    expect(more.text()).toBe(`查看全部 ${total} 篇`);
    expect(new URL(more.attr('href')!, 'https://x/').searchParams.getAll('队伍')).toEqual(['巨野县青年志愿服务队']);
  });

  it('writes the same calendar and untouched feeds, byte for byte, a day later', () => {
    const sample = (file: string) => readFileSync(path.join(SAMPLE_SITE, file), 'utf-8');
    expect(built('calendar.ics')).toBe(sample('calendar.ics'));
    expect(built('campaigns/jinhui-zhulao/calendar.ics')).toBe(sample('campaigns/jinhui-zhulao/calendar.ics'));
    expect(built('teams/yingji-jiuyuan/rss.xml')).toBe(sample('teams/yingji-jiuyuan/rss.xml'));
    expect(built('campaigns/qianshou-guanai/rss.xml')).toBe(sample('campaigns/qianshou-guanai/rss.xml'));
  });
});

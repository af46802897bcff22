/**
 * A second county starts its own site and upgrades it, as its IT person would: `npm run init` for
 * 测试县 in a folder of its own, the empty site built and read, a team and a first story written, an
 * upgrade to a newer engine (with a content migration) over them, and the site built again: the
 * county's content untouched, and nothing of Juye, of the sample or of xinfeng's own domain anywhere
 * in what it publishes or serves with.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { ROOT, BUILD_TEST_TIMEOUT } from '../support/site-build';
import { buildCounty, filesSaying, filesUnder, git, initCounty, runIn, type Run } from '../support/county-site';
import { copyEngineFiles, listEngineFiles } from '../../scripts/county/engine-files';

/** What must never reach a county's site: the sample county, its domain, our own repository's. */
const NOT_OURS = ['巨野', 'xinfeng.example.org', 'juye'];
const ANSWERS = [
  ['--county', '测试县'],
  ['--address', '测试县人民路 1 号'],
  ['--phone', '0000-1234567'],
  ['--email', 'wmsj@ceshi.example.cn'],
  ['--press-name', '王明（宣传组）'],
  ['--domain', 'wmsj.ceshi.example.cn'],
  ['--reviewer', '周文'],
  ['--team', '红马甲志愿服务队'],
].flat();

let county: { dir: string; run: Run };
let empty: Run;
const at = (...parts: string[]) => path.join(county.dir, ...parts);
const page = (p: string) => readFileSync(at('dist', p, 'index.html'), 'utf-8');

beforeAll(() => {
  county = initCounty('county-ceshi', ANSWERS);
  if (county.run.status === 0) empty = buildCounty(county.dir);
}, BUILD_TEST_TIMEOUT);

describe('npm run init', () => {
  it("writes the county's own site: its answers, its team as a draft, and nothing of the sample", () => {
    expect(county.run.status, county.run.output).toBe(0);
    expect(county.run.output).toContain('建好“新风·测试志愿”的网站');
    expect(filesUnder(at('content')).sort()).toEqual([
      '.schema/announcements.schema.json',
      '.schema/campaigns.schema.json',
      '.schema/fields.schema.json',
      '.schema/honours.schema.json',
      '.schema/site.schema.json',
      '.schema/stories.schema.json',
      '.schema/teams.schema.json',
      'fields.yaml',
      'files/.gitkeep',
      'site.yaml',
      'teams/hong-majia-zhiyuan-fuwu.md',
    ]);
    expect(readFileSync(at('content/site.yaml'), 'utf-8')).toContain('county: "测试县"');
    expect(readFileSync(at('content/teams/hong-majia-zhiyuan-fuwu.md'), 'utf-8')).toContain('draft: true');
    expect(git(county.dir, 'log', '--format=%s')).toMatch(/^新建网站：新风·测试志愿（xinfeng \d+\.\d+\.\d+）\n$/);
  });

  it('refuses a folder that already has files, writing nothing', () => {
    const again = runIn(ROOT, 'scripts/county/init.ts', [county.dir, ...ANSWERS]);
    expect(again.status).toBe(1);
    expect(again.output).toContain('已经有文件了');
  });
});

describe('the empty site', () => {
  it('builds with no story, team or campaign, and says why search has no index', () => {
    expect(empty.status, empty.output).toBe(0);
    expect(empty.output).toContain('没有可以搜索的页面，没有生成搜索索引');
    expect(empty.output).not.toMatch(/WARN/);
  });

  it('reads as a site just opened, not as one broken: no empty lists, no "0 支"', () => {
    const home = page('');
    expect(home).toMatch(/<h1[^>]*>\s*新风·测试志愿\s*<\/h1>/);
    expect(home).toContain('网站刚刚开通');
    expect(home).not.toMatch(/>\s*0\s*(支|人|小时)/);
    expect(home).not.toContain('最新志愿故事');
    expect(page('teams')).toContain('资料正在整理中');
    expect(page('stories')).toContain('还没有发布志愿故事');
    expect(page('announcements')).toContain('还没有发布通知公告');
    expect(page('search')).toContain('发布以后就能在这里搜索');
    expect(page('search')).not.toContain('<site-search');
    expect(readFileSync(at('dist/rss.xml'), 'utf-8')).toContain('<title>新风·测试志愿');
  });
});

/** A newer engine: this one with a line more in its README, a file dropped and a content migration. */
function newerEngine(version: string): string {
  const dir = path.join(ROOT, '.test-content', 'engine-next');
  rmSync(dir, { recursive: true, force: true });
  copyEngineFiles(ROOT, dir, listEngineFiles(ROOT)!);
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf-8'));
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ ...pkg, version }, null, 2)}\n`);
  writeFileSync(path.join(dir, 'README.md'), `${readFileSync(path.join(dir, 'README.md'), 'utf-8')}\n新版的说明。\n`);
  rmSync(path.join(dir, 'CONTRIBUTING.md'));
  mkdirSync(path.join(dir, 'migrations'), { recursive: true });
  writeFileSync(
    path.join(dir, 'migrations', `${version}.ts`),
    `import { appendFileSync } from 'node:fs';
import path from 'node:path';
export const says = '给 site.yaml 加上视频大小上限（原来的默认值）。';
export function migrate(contentDir: string): string[] {
  appendFileSync(path.join(contentDir, 'site.yaml'), 'videoMaxMegabytes: 200\\n');
  return ['site.yaml'];
}
`,
  );
  git(dir, 'init', '-q');
  return dir;
}

describe('a county site upgraded to a newer engine', () => {
  let before: Record<string, string>;
  let refused: Run;
  let upgraded: Run;
  let built: Run;
  let from: string;
  let to: string;
  beforeAll(async () => {
    // The county writes its first team and story, as staff would, and commits them.
    const team = at('content/teams/hong-majia-zhiyuan-fuwu.md');
    writeFileSync(
      team,
      readFileSync(team, 'utf-8')
        .replace('一句话介绍这支队伍做什么', '社区里的便民服务队：义诊、理发、家电维修。')
        .replace('所在乡镇或街道', '城关街道')
        .replace('联系人或联络组', '红马甲服务队联络组')
        .replace(/recruiting:[\s\S]*?join:/, 'recruiting: []\njoin:')
        .replace('怎样加入：到哪里报名、联系谁', '到县新时代文明实践中心服务台登记。')
        .replace('draft: true', '')
        .replace('在这里介绍这支队伍：做什么、在哪里服务、怎样参加。', '红马甲志愿服务队每月在社区开展便民服务。'),
    );
    const story = at('content/stories/2026/hongmajia-yizhen');
    mkdirSync(story, { recursive: true });
    await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#c0392b' } })
      .jpeg()
      .toFile(path.join(story, 'cover.jpg'));
    writeFileSync(
      path.join(story, 'index.md'),
      `---
title: 红马甲进社区：义诊理发一上午
summary: 11 月 20 日，红马甲志愿服务队在城关街道开展便民服务，为 120 位居民义诊、理发。
published: 2026-11-20 09:00
teams: [hong-majia-zhiyuan-fuwu]
fields: [shequ-fuwu]
cover:
  image: ./cover.jpg
  alt: 志愿者在社区广场为居民量血压
  credit: 测试县融媒体中心
author: 红马甲志愿服务队
---

一早，广场上就排起了队。志愿者们分成义诊、理发、维修三组，忙到中午。
`,
    );
    git(county.dir, 'add', '-A');
    git(county.dir, 'commit', '-q', '-m', '第一篇故事');
    before = Object.fromEntries(
      filesUnder(at('content')).map((f) => [f, readFileSync(at('content', f), 'utf-8')] as const),
    );
    from = JSON.parse(readFileSync(at('xinfeng-engine.json'), 'utf-8')).version;
    to = from.replace(/^(\d+)\.(\d+)\.\d+$/, (_, major, minor) => `${major}.${Number(minor) + 1}.0`);
    const engine = newerEngine(to);

    // An engine file the county changed by hand is named, and nothing is replaced until --force.
    writeFileSync(at('README.md'), '本县自己的说明\n');
    git(county.dir, 'commit', '-qam', '改了说明');
    refused = runIn(county.dir, 'scripts/county/upgrade.ts', [engine]);
    git(county.dir, 'revert', '--no-edit', 'HEAD');

    upgraded = runIn(county.dir, 'scripts/county/upgrade.ts', [engine]);
    built = buildCounty(county.dir);
  }, BUILD_TEST_TIMEOUT);
  afterAll(() => rmSync(path.join(ROOT, '.test-content', 'engine-next'), { recursive: true, force: true }));

  it('names the engine files the county changed by hand, and replaces nothing without --force', () => {
    expect(refused.status, refused.output).toBe(1);
    expect(refused.output).toContain('这些程序文件在本县改过');
    expect(refused.output).toContain('  README.md');
  });

  it('replaces the engine, runs the migration and says so in Chinese, in one commit', () => {
    expect(upgraded.status, upgraded.output).toBe(0);
    expect(upgraded.output).toContain(`xinfeng ${from} → ${to}`);
    expect(upgraded.output).toContain(`内容迁移（${to}）：给 site.yaml 加上视频大小上限`);
    expect(readFileSync(at('README.md'), 'utf-8')).toContain('新版的说明。');
    expect(existsSync(at('CONTRIBUTING.md'))).toBe(false);
    expect(git(county.dir, 'log', '-1', '--format=%s').trim()).toBe(`升级 xinfeng ${from} → ${to}`);
    expect(git(county.dir, 'status', '--porcelain')).toBe('');
  });

  it("leaves the county's content as it was, but for what the migration said it changed", () => {
    const after = Object.fromEntries(
      filesUnder(at('content')).map((f) => [f, readFileSync(at('content', f), 'utf-8')] as const),
    );
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const [file, text] of Object.entries(before)) {
      if (file === 'site.yaml') expect(after[file]).toBe(`${text}videoMaxMegabytes: 200\n`);
      else if (!file.startsWith('.schema/')) expect(after[file], file).toBe(text);
    }
  });

  it("builds green, with the county's identity in every file it publishes and serves with", () => {
    expect(built.status, built.output).toBe(0);
    expect(built.output).toMatch(/\[search\] Indexed 2 pages/);
    expect(page('stories/hongmajia-yizhen')).toContain('红马甲进社区');
    const own = ['dist', 'deploy', '.github'].flatMap((d) => filesSaying(at(d), NOT_OURS).map((f) => `${d}/${f}`));
    expect(own).toEqual([]);
    // The places a leak would hide, read: the feed, the calendar, the editor's settings, the search index.
    for (const file of ['rss.xml', 'feed.json', 'calendar.ics', 'admin/editor.json', 'pagefind/bundles.json'])
      expect(existsSync(at('dist', file)), file).toBe(true);
    expect(readFileSync(at('dist/feed.json'), 'utf-8')).toContain('https://wmsj.ceshi.example.cn/');
  });
});

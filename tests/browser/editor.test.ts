/**
 * The web editor used as staff use it, in Debian's Chromium: `npm run admin` on a scratch git
 * repository, a story written in Chinese through an input method and published as one commit that
 * the content check, the build, the feed and search all accept; an edit that changes only its own
 * line; and what the editor refuses, in Chinese, before anything is committed. Longer than our files
 * usually are because every test here shares one editor session (an `npm run admin` and a logged-in
 * browser take about 10 s to start), and each step builds on the commits of the one before.
 */
import { spawnSync } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { pinyinSlug } from '../../src/lib/pinyin-slug';
import { startEditor, type EditorSession } from '../support/editor-session';
import { editorSteps, loggedIn } from '../support/editor-steps';
import { openSite } from '../support/browser';
import { buildSite, ROOT, TEST_NOW_EPOCH } from '../support/site-build';

let editor: EditorSession;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[];

beforeAll(async () => {
  // 先审后发 in force from November, so the story written below must name its editor and reviewer.
  editor = await startEditor('e2e', (repo) => {
    const site = path.join(repo, 'content/site.yaml');
    writeFileSync(site, readFileSync(site, 'utf-8').replace(/^ {2}since: .*$/m, '  since: 2026-11-01'));
  });
  ({ browser, context, page, problems } = await loggedIn(editor));
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await editor?.close();
});

const steps = () => editorSteps(editor, page, context);
const reviewBranches = () => steps().reviewBranches();
const typeWithIme = (field: Locator, text: string) => steps().typeWithIme(field, text);
const choose = (label: string, part: string) => steps().choose(label, part);
const save = () => steps().save();
const setStatus = (status: '待审核' | '待发布') => steps().setStatus(status);
const publishNow = () => steps().publishNow();
const publish = () => steps().publish();
const open = (collection: string, entry: string, label: string) => steps().open(collection, entry, label);
const openNew = (collection: string) => steps().openNew(collection);

const TITLE = '冬季送温暖：志愿者走进独居老人家';
const slug = pinyinSlug(TITLE);
const year = String(new Date().getFullYear());
const storyDir = `content/stories/${year}/${slug}`;

describe('writing a new story', () => {
  it('is typed in Chinese, published as one commit of the story and its cover, by the rule npm run new follows', async () => {
    await openNew('stories');
    await typeWithIme(page.getByLabel('标题', { exact: true }), TITLE);
    await typeWithIme(
      page.getByLabel('摘要'),
      '12 月 12 日，金晖助老志愿服务队入户走访 40 位独居老人，送棉衣、查取暖安全。',
    );
    await page.getByLabel('发布时间').fill('2026-11-20T09:00');
    await choose('队伍', '金晖');
    await choose('服务领域', '助老');
    await page.getByRole('button', { name: '选择图片' }).first().click();
    const cover = path.join(ROOT, 'sample/stories/2026/chongyang-jinghao/cover.jpg');
    await page.locator('input[type=file]').setInputFiles({
      name: 'songnuan.jpg',
      mimeType: 'image/jpeg',
      buffer: readFileSync(cover),
    });
    await page.getByRole('button', { name: '选用已选中项目' }).click();
    await typeWithIme(page.getByLabel('照片说明'), '志愿者把新棉衣送到独居老人手中');
    await typeWithIme(page.getByLabel('署名'), '县融媒体中心');
    await typeWithIme(page.getByLabel('作者或供稿单位'), '金晖助老志愿服务队');
    await typeWithIme(page.getByLabel('责任编辑'), '刘洋');
    const body = page.locator('.cms-editor-raw [contenteditable=true]');
    await typeWithIme(body, '12 月 12 日一早，志愿者们分组出发，给独居老人送去棉衣和暖手宝。');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await typeWithIme(body, '“天冷了，你们还惦记着我。”');
    const mainBefore = editor.git('rev-parse', 'main').trim();
    await save();
    await setStatus('待审核');

    // Sent to review: its own branch, and nothing of it on main or in the folder the site is built from.
    const branch = `cms/stories/${year}/${slug}/index`;
    expect(reviewBranches()).toEqual({ [branch]: 'decap-cms/pending_review' });
    expect(editor.git('rev-parse', 'main').trim()).toBe(mainBefore);
    expect(editor.git('ls-tree', '-r', '--name-only', 'main', storyDir).trim()).toBe('');
    expect(existsSync(path.join(editor.repo, storyDir))).toBe(false);

    // The reviewer finds it on the board under 待审核, reads it, approves and publishes it.
    await page.goto(`${editor.url}#/workflow`);
    const column = page.locator('div').filter({ has: page.getByText('待审核', { exact: true }) });
    await column.getByText(TITLE).first().click();
    await page.getByLabel('标题', { exact: true }).waitFor();
    // The preview pane beside the form is the page readers will get, down to its foot.
    const preview = page.frameLocator('iframe').first();
    await expect.poll(() => preview.locator('h1').innerText()).toContain(TITLE);
    expect(await preview.locator('.byline').innerText()).toContain('责任编辑：刘洋');
    // Approving without saying who approved is refused before anything is merged.
    await setStatus('待发布');
    expect(await steps().refused('发布', /没有发布：请先改正下面 1 处/)).toContain('没有写审核人');
    await page.getByRole('button', { name: '知道了' }).click();
    await choose('审核 (可选)', '陈');
    await save();
    await setStatus('待发布');
    await publishNow();
    expect(reviewBranches()).toEqual({});

    expect(editor.git('log', '--format=%s', `${mainBefore}..main`).trim().split('\n')).toEqual([
      `修改故事：${year}/${slug}/index（网页编辑器）`,
      `新建故事：${year}/${slug}/index（网页编辑器）`,
    ]);
    expect(editor.git('diff', '--name-status', mainBefore, 'main').trim().split('\n').sort()).toEqual([
      `A\t${storyDir}/index.md`,
      `A\t${storyDir}/songnuan.jpg`,
    ]);
    expect(readFileSync(path.join(editor.repo, storyDir, 'index.md'), 'utf-8')).toBe(`---
title: ${TITLE}
summary: 12 月 12 日，金晖助老志愿服务队入户走访 40 位独居老人，送棉衣、查取暖安全。
published: 2026-11-20 09:00
teams: [jinhui-zhulao]
fields: [zhulao-zhucan]
cover:
  image: ./songnuan.jpg
  alt: 志愿者把新棉衣送到独居老人手中
  credit: 县融媒体中心
author: 金晖助老志愿服务队
editor: 刘洋
reviewer: 陈静
---

12 月 12 日一早，志愿者们分组出发，给独居老人送去棉衣和暖手宝。

“天冷了，你们还惦记着我。”
`);
    expect(problems).toEqual([]);
  }, 120_000);

  it('is corrected in the open: a change readers would notice needs a 更正说明, which then goes through review too', async () => {
    await open('stories', `${year}/${slug}/index`, '标题');
    const body = page.locator('.cms-editor-raw [contenteditable=true]');
    await body.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('这次共走访独居老人 38 位，送出棉衣 38 件。');
    expect(await steps().refused('保存', /没有保存：请先改正下面 1 处/)).toContain('没有写更正说明');
    await page.getByRole('button', { name: '知道了' }).click();

    await page.getByRole('button', { name: '新增更正说明' }).click();
    await page.getByLabel('更正时间').fill('2026-11-21T10:00');
    await typeWithIme(page.getByLabel('说明', { exact: true }), '原文写走访 40 位独居老人，实为 38 位。');
    await save();
    await setStatus('待发布');
    await publishNow();
    expect(readFileSync(path.join(editor.repo, storyDir, 'index.md'), 'utf-8')).toContain(
      'corrections:\n  - date: 2026-11-21 10:00\n    note: 原文写走访 40 位独居老人，实为 38 位。\n',
    );
  }, 120_000);

  it('passes npm run check, and a build shows its page, its feed item and its search result', async () => {
    const check = spawnSync(process.execPath, [path.join(ROOT, 'scripts/staff/check-content.ts')], {
      cwd: ROOT,
      encoding: 'utf-8',
      env: {
        ...process.env,
        XINFENG_CONTENT_DIR: path.join(editor.repo, 'content'),
        SOURCE_DATE_EPOCH: String(TEST_NOW_EPOCH),
      },
    });
    expect(check.stdout + check.stderr).toContain('内容检查通过');
    expect(check.status).toBe(0);

    // This file's editor session holds the build lock already.
    const build = buildSite('editor', { contentDir: path.join(editor.repo, 'content'), locked: true });
    expect(build.status, build.output).toBe(0);
    const storyPage = readFileSync(path.join(build.outDir, 'stories', slug, 'index.html'), 'utf-8');
    expect(storyPage).toContain(TITLE);
    expect(storyPage).toContain('“天冷了，你们还惦记着我。”');
    // Who answers for it, at its foot; and the correction at its top.
    const $ = load(storyPage);
    expect($('.byline').text()).toBe('来源：巨野县新时代文明实践中心作者：金晖助老志愿服务队责任编辑：刘洋审核：陈静');
    expect($('.corrections').text()).toContain('原文写走访 40 位独居老人，实为 38 位。');
    const feed = readFileSync(path.join(build.outDir, 'rss.xml'), 'utf-8');
    const item = feed.split('<item>').find((i) => i.includes(`/stories/${slug}/`))!;
    expect(item).toContain(`<title>${TITLE}</title>`);
    expect(item).toContain('天冷了，你们还惦记着我。');
    expect(item).toContain('<atom:updated>2026-11-21T10:00:00+08:00</atom:updated>');
    // The same item (same guid), its 更正说明 first in the full text.
    expect(item.match(/<guid[^>]*>([^<]+)<\/guid>/)?.[1]).toBe(`https://xinfeng.example.org/stories/${slug}/`);
    const fullText = item.split('<content:encoded>')[1]!;
    expect(fullText.indexOf('更正说明')).toBeGreaterThan(-1);
    expect(fullText.indexOf('更正说明')).toBeLessThan(fullText.indexOf('天冷了'));
    const json = JSON.parse(readFileSync(path.join(build.outDir, 'feed.json'), 'utf-8')) as {
      items: { id: string; date_modified?: string }[];
    };
    expect(json.items.find((i) => i.id.endsWith(`/stories/${slug}/`))?.date_modified).toBe('2026-11-21T10:00:00+08:00');

    const site = await openSite(build.outDir);
    try {
      const reader = await site.browser.newPage();
      await reader.goto(`${site.base}/search/?q=${encodeURIComponent('送温暖')}`);
      await reader.waitForFunction(() =>
        /^找到/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
      );
      const links = await reader.$$eval('.search-result h2 a', (as) => as.map((a) => a.getAttribute('href')));
      expect(links).toContain(`/stories/${slug}/`);
    } finally {
      await site.close();
    }
  }, 300_000);
});

describe('writing an announcement', () => {
  it('uploads its attachment to content/files/ and links it as /files/…, in the same commit', async () => {
    const title = '冬季送温暖报名表';
    await openNew('announcements');
    await typeWithIme(page.getByLabel('标题', { exact: true }), title);
    await typeWithIme(page.getByLabel('摘要'), '报名表请下载填写，12 月 10 日前交到各乡镇文明实践所。');
    await choose('类型', '通知');
    await page.getByLabel('发布时间').fill('2026-11-20T09:00');
    await typeWithIme(page.getByLabel('发布单位'), '巨野县新时代文明实践中心');
    await page.getByRole('button', { name: '新增附件' }).click();
    await typeWithIme(page.getByLabel('附件名称'), '报名表');
    // The form offers the film's two uploads (the video and its captions, beside the entry), then the attachment's.
    expect(await page.getByRole('button', { name: '选择文件' }).count()).toBe(3);
    await page.getByRole('button', { name: '选择文件' }).last().click();
    await page.locator('input[type=file]').setInputFiles({
      name: 'baomingbiao.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
    });
    await page.getByRole('button', { name: '选用已选中项目' }).click();
    await typeWithIme(page.getByLabel('责任编辑'), '刘洋');
    await choose('审核 (可选)', '赵');
    await publish();
    const file = `content/announcements/${year}/${pinyinSlug(title)}.md`;
    expect(editor.git('show', '--name-status', '--format=', 'HEAD').trim().split('\n').sort()).toEqual([
      `A\t${file}`,
      'A\tcontent/files/baomingbiao.pdf',
    ]);
    expect(readFileSync(path.join(editor.repo, file), 'utf-8')).toContain(
      'attachments:\n  - title: 报名表\n    url: /files/baomingbiao.pdf\n',
    );
  }, 60_000);
});

describe('editing', () => {
  it.each([
    ['stories', '2026/lunyi-weixiu/index', 'content/stories/2026/lunyi-weixiu/index.md', '责任编辑 (可选)', 'editor'],
    [
      'announcements',
      '2026/chongyang-zhaomu',
      'content/announcements/2026/chongyang-zhaomu.md',
      '责任编辑 (可选)',
      'editor',
    ],
    ['teams', 'jinhui-zhulao', 'content/teams/jinhui-zhulao.md', '队伍全称', 'name'],
    ['campaigns', 'jinhui-zhulao', 'content/campaigns/jinhui-zhulao.md', '责任编辑 (可选)', 'editor'],
  ])(
    'one field of a %s changes that line alone: every other field comes back as it was',
    async (collection, entry, file, label, key) => {
      const field = await open(collection, entry, label);
      const before = await field.inputValue();
      await field.fill(`${before}（修订）`);
      await publish();
      const diff = editor.git('show', '--format=', '--unified=0', 'HEAD').split('\n');
      expect(diff.filter((line) => /^[-+](?![-+])/.test(line))).toEqual([
        `-${key}: ${before}`,
        `+${key}: ${before}（修订）`,
      ]);
      expect(editor.git('show', '--name-only', '--format=', 'HEAD').trim()).toBe(file);
    },
    60_000,
  );
});

describe('refusing before anything is committed', () => {
  /** Publishes, expecting a refusal: nothing committed, nothing written. */
  async function refused(expectOnScreen: RegExp) {
    await steps().refused('保存', expectOnScreen);
    expect(reviewBranches()).toEqual({});
    expect(editor.git('status', '--porcelain').trim()).toBe('');
  }

  it('a cover without its alt text', async () => {
    await open('stories', '2026/chongyang-jinghao/index', '标题');
    await page.getByLabel('照片说明').fill('');
    await refused(/“照片说明”是必填项/);
  }, 60_000);

  it('a javascript: link in the body, with the field, the problem and the fix in Chinese', async () => {
    await open('stories', '2026/xunhe-hudi/index', '标题');
    const body = page.locator('.cms-editor-raw [contenteditable=true]');
    await body.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('[点这里报名](javascript:alert(document.cookie))');
    // Two: the link, and a change to a published body without a 更正说明.
    await refused(/没有保存：请先改正下面 2 处/);
    const panel = await page.locator('#xinfeng-problems').innerText();
    expect(panel).toContain('没有写更正说明');
    expect(panel).toContain('正文');
    expect(panel).toContain('javascript:alert(document.cookie)');
    expect(panel).toContain('怎么改：链接只能以 https://');
  }, 60_000);

  it('a team that does not exist, suggesting the one meant', async () => {
    const file = path.join(editor.repo, 'content/stories/2025/dongzhi-jiaozi/index.md');
    const text = readFileSync(file, 'utf-8');
    // Written by hand and committed, as someone might through the git server's web page.
    spawnSync('sed', ['-i', 's/^teams: \\[\\(.*\\)\\]$/teams: [\\1, jinhui]/', file]);
    expect(readFileSync(file, 'utf-8')).not.toBe(text);
    editor.git('commit', '-q', '-am', '手工修改');
    const title = await open('stories', '2025/dongzhi-jiaozi/index', '标题');
    await title.fill(`${await title.inputValue()}！`);
    await refused(/没有保存：请先改正下面/);
    const panel = await page.locator('#xinfeng-problems').innerText();
    expect(panel).toMatch(/队伍（第 \d 项）/);
    expect(panel).toContain('引用的“jinhui”在志愿服务队');
    expect(panel).toContain('jinhui-zhulao');
  }, 60_000);
});

describe('the guard in front of decap-server', () => {
  /** A request as another program or page would send it, with the headers it chooses. */
  function ask(url: string, headers: Record<string, string>): Promise<number> {
    return new Promise((resolve, reject) => {
      const request = httpRequest(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers } });
      request.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
      request.end('{"action":"info"}');
    });
  }

  it('answers the editor’s own page, and refuses another origin, a rebinding Host and a missing token with 403', async () => {
    const editorOrigin = new URL(editor.url).origin;
    const settings = (await (await fetch(`${editorOrigin}/admin/editor.json`)).json()) as {
      decap: { backend: { proxy_url: string } };
    };
    const proxy = new URL(settings.decap.backend.proxy_url);
    const own = { Origin: editorOrigin };
    expect(await ask(proxy.href, own)).toBe(200);
    expect(await ask(proxy.href, { Origin: 'https://attacker.example' })).toBe(403);
    expect(await ask(proxy.href, { ...own, Host: `rebind.attacker.example:${proxy.port}` })).toBe(403);
    expect(await ask(`${proxy.origin}/api/v1`, own)).toBe(403);
    // The token itself is on the editor's page, which the preview server gives only to its own host name.
    const rebound = await new Promise<number>((resolve, reject) => {
      httpRequest(`${editorOrigin}/admin/editor.json`, { headers: { Host: 'rebind.attacker.example' } })
        .on('response', (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        })
        .on('error', reject)
        .end();
    });
    expect(rebound).toBe(403);
  }, 60_000);
});

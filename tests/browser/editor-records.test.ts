/**
 * Service records and honour rolls edited on the web, as staff do it in Debian's Chromium through
 * `npm run admin`: the platform's .xlsx export uploaded, its unreadable rows listed before anything is
 * saved, and the CSV that reaches main after review byte for byte what `npm run import:hours` writes
 * from the same file; an honour roll edited as a list, its privacy rules enforced before saving.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import writeXlsxFile from 'write-excel-file/node';
import { startEditor, type EditorSession } from '../support/editor-session';
import { editorSteps, loggedIn } from '../support/editor-steps';
import { copyOfContent, ROOT } from '../support/site-build';

let editor: EditorSession;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[];
const work = mkdtempSync(path.join(tmpdir(), 'xinfeng-records-'));

beforeAll(async () => {
  editor = await startEditor('records');
  ({ browser, context, page, problems } = await loggedIn(editor));
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await editor?.close();
  rmSync(work, { recursive: true, force: true });
});

const steps = () => editorSteps(editor, page, context);
const HEADER = ['队伍名称', '活动次数', '参与志愿者人次', '服务时长（小时）', '受益人次'].map((value) => ({ value }));
const row = (...cells: (string | number)[]) => cells.map((value) => ({ value }));

describe('a month of service records', () => {
  it('lists every unreadable row of an export before anything is saved', async () => {
    const bad = path.join(work, 'bad.xlsx');
    await writeXlsxFile([
      HEADER,
      row('不存在的队伍', 3, 45, 120.5, 200),
      row('jinhui-zhulao', '两次', 30, 80, 150),
    ]).toFile(bad);
    await page.goto(`${editor.url}#/collections/records/new`);
    await page.getByLabel('月份 (可选)').fill('2026-11');
    await page.locator('input[type=file][accept=".xlsx,.csv"]').setInputFiles(bad);
    const said = page.getByRole('alert').filter({ hasText: '没有读取 bad.xlsx' });
    await said.waitFor();
    const listed = await page.locator('.xinfeng-import-problems li').allInnerTexts();
    expect(listed).toEqual([
      expect.stringMatching(/^第 2 行：队伍“不存在的队伍”不在本站的队伍中/),
      expect.stringMatching(/^第 3 行：活动场次“两次”/),
    ]);
    // Nothing of it was kept, so there is nothing to save.
    await steps().refused('保存', /“本月的服务记录表”是必填项/);
  }, 120_000);

  it('commits, after review, the same CSV npm run import:hours writes from the same .xlsx', async () => {
    const xlsx = path.join(work, 'export.xlsx');
    await writeXlsxFile([
      HEADER,
      row('巨野县青年志愿服务队', 3, 45, 120.5, 200),
      row('jinhui-zhulao', 2, 30, 80, 150),
      row('巨野县青年志愿服务队', 1, 12, 34.5, 40),
    ]).toFile(xlsx);
    const content = copyOfContent('records-command');
    const command = spawnSync(
      process.execPath,
      [path.join(ROOT, 'scripts/staff/import-hours.ts'), xlsx, '--month', '2026-11'],
      { cwd: ROOT, encoding: 'utf-8', env: { ...process.env, XINFENG_CONTENT_DIR: content } },
    );
    expect(command.status, command.stderr).toBe(0);
    const written = readFileSync(path.join(content, 'records/2026-11.csv'), 'utf-8');

    await page.locator('.xinfeng-import-problems').waitFor();
    await page.locator('input[type=file][accept=".xlsx,.csv"]').setInputFiles(xlsx);
    await page.getByRole('status').filter({ hasText: '已读取 export.xlsx：2 支队伍' }).waitFor();
    expect(await page.locator('table.xinfeng-records td').first().innerText()).toBe('巨野县青年志愿服务队');
    await steps().publish();
    expect(editor.git('show', 'main:content/records/2026-11.csv')).toBe(written);
    expect(steps().reviewBranches()).toEqual({});
    expect(problems).toEqual([]);
  }, 120_000);
});

describe('an honour roll', () => {
  it('is a list whose privacy rules are shown beside the fields and enforced before saving', async () => {
    await page.goto('about:blank');
    await page.goto(`${editor.url}#/collections/honours/entries/2025`);
    await page.getByRole('button', { name: '新增志愿者' }).click();
    await page.getByLabel('姓名', { exact: true }).last().fill('赵小明');
    await steps().typeWithIme(page.getByLabel('队伍', { exact: true }).last(), '金晖');
    await page.keyboard.press('Enter');
    await page.getByLabel('累计服务时长', { exact: true }).last().fill('120');
    await page.getByLabel('事迹 (可选)').last().fill('联系电话 13912345678，欢迎咨询。');
    // The rules are said beside the fields they govern.
    await page.getByText('书面同意公开全名时才打开').last().waitFor();
    await page.getByText('不显示姓名、照片和事迹').last().waitFor();
    expect(await steps().refused('保存', /没有保存：请先改正下面 1 处/)).toMatch(/赵小明[\s\S]*事迹[\s\S]*手机号/);
    await page.getByRole('button', { name: '知道了' }).click();

    await page.getByLabel('事迹 (可选)').last().click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('每周到敬老院陪老人读报。');
    // The preview prints the roll as the site will: no full name without consent, teams by name.
    const preview = page.frameLocator('iframe').first().locator('table');
    await expect.poll(() => preview.innerText()).toMatch(/赵\*\*\s+巨野县“金晖”助老志愿服务队\s+120 小时/);
    expect(await preview.innerText()).not.toContain('赵小明');
    await steps().publish();
    const roll = editor.git('show', 'main:content/honours/2025.yaml');
    expect(roll).toContain(
      '- name: 赵小明\n  team: jinhui-zhulao\n  hours: 120\n  consent: false\n  note: 每周到敬老院陪老人读报。\n',
    );
    expect(roll.split('\n').slice(0, 5).join('\n')).toBe(
      readFileSync(path.join(ROOT, 'sample/honours/2025.yaml'), 'utf-8').split('\n').slice(0, 5).join('\n'),
    );
  }, 120_000);
});

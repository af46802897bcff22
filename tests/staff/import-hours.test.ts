/**
 * npm run import:hours with a platform's export (Chinese column names of its own, one row per activity,
 * CSV with a BOM, in GBK, or Excel): the records file it writes, and the rows it cannot read.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { copyOfContent, ROOT, TEST_NOW_EPOCH } from '../support/site-build';

const EXPORT = path.join(import.meta.dirname, 'fixtures/platform-export.csv');
const content = copyOfContent('import-hours');
const work = path.join(ROOT, '.test-dist', 'import-hours');
const target = path.join(content, 'records/2026-11.csv');
mkdirSync(work, { recursive: true });

const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/staff/import-hours.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf-8',
    env: { ...process.env, XINFENG_CONTENT_DIR: content, SOURCE_DATE_EPOCH: String(TEST_NOW_EPOCH) },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};
const check = () =>
  spawnSync(process.execPath, [path.join(ROOT, 'scripts/staff/check-content.ts')], {
    cwd: ROOT,
    encoding: 'utf-8',
    env: { ...process.env, XINFENG_CONTENT_DIR: content, SOURCE_DATE_EPOCH: String(TEST_NOW_EPOCH) },
  });

/** Two rows of the youth team added up (one with a thousands separator), the other team by its id. */
const EXPECTED = '队伍,活动场次,参与人次,服务时长,服务对象人次\nqingnian,4,57,1155,240\njinhui-zhulao,2,30,80,150\n';

describe('npm run import:hours', () => {
  it('turns an export with its own column names into the month’s records file, which the check accepts', () => {
    rmSync(target, { force: true });
    const imported = run(EXPORT, '--month', '2026-11');
    expect(imported.output).toContain('已写入');
    expect(imported.output).toContain('qingnian 合并了 2 行');
    expect(imported.status).toBe(0);
    expect(readFileSync(target, 'utf-8')).toBe(EXPECTED);
    const checked = check();
    expect(checked.stdout + checked.stderr).toContain('内容检查通过');
    expect(run(EXPORT, '--month', '2026-11').output).toContain('已经存在');
  });

  it('reads the same export saved in GBK, and from Excel', async () => {
    const gbk = path.join(work, 'export-gbk.csv');
    // Debian's iconv, as a county's Windows Excel would have saved it (no BOM in GBK).
    const converted = spawnSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: readFileSync(EXPORT).subarray(3) });
    expect(converted.status, String(converted.stderr)).toBe(0);
    writeFileSync(gbk, converted.stdout);
    rmSync(target, { force: true });
    const fromGbk = run(gbk, '--month', '2026-11');
    expect(fromGbk.output).toContain('按 GBK');
    expect(readFileSync(target, 'utf-8')).toBe(EXPECTED);

    const xlsx = path.join(work, 'export.xlsx');
    await writeXlsxFile([
      ['队伍名称', '活动次数', '参与志愿者人次', '服务时长(小时)', '受益人次'],
      ['巨野县青年志愿服务队', 3, 45, 120.5, 200],
      ['jinhui-zhulao', 2, 30, 80, 150],
      ['巨野县青年志愿服务队', 1, 12, 1034.5, 40],
    ]).toFile(xlsx);
    rmSync(target, { force: true });
    expect(run(xlsx, '--month', '2026-11').status).toBe(0);
    expect(readFileSync(target, 'utf-8')).toBe(EXPECTED);
  });

  it('lists every row it cannot read, by line, and writes nothing', () => {
    const bad = path.join(work, 'export-bad.csv');
    writeFileSync(
      bad,
      '队伍名称,活动次数,参与志愿者人次,服务时长（小时）,受益人次\n巨野县青年志愿服务队,3,45,120.5,200\n青年队,1,2,3,4\njinhui-zhulao,两次,30,-8,150\n',
    );
    rmSync(target, { force: true });
    const refused = run(bad, '--month', '2026-11');
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('没有写入任何文件');
    expect(refused.output).toContain('第 3 行：队伍“青年队”不在本站的队伍中');
    expect(refused.output).toContain('第 4 行：活动场次“两次”、服务时长“-8”不是不小于 0 的数字');
    expect(existsSync(target)).toBe(false);
    expect(existsSync(`${target}.partial`)).toBe(false);
    expect(run(EXPORT, '--month', '2027-01').output).toContain('还没有到');
  });
});

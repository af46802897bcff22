/**
 * `npm run new` as staff use it, without questions (all options given): for every kind the entry it
 * writes passes `npm run check` once its draft line is removed.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDERS } from '../../src/lib/entry-templates';
import { copyOfContent, ROOT, TEST_NOW_EPOCH } from '../support/site-build';

const COVER = path.join(ROOT, 'sample/stories/2026/lunyi-weixiu/cover.jpg');
const script = (name: string, args: string[], content: string) =>
  spawnSync(process.execPath, [path.join(ROOT, 'scripts/staff', name), ...args], {
    cwd: ROOT,
    encoding: 'utf-8',
    env: { ...process.env, XINFENG_CONTENT_DIR: content, SOURCE_DATE_EPOCH: String(TEST_NOW_EPOCH) },
  });

describe('npm run new', () => {
  const content = copyOfContent('new-entries');
  const cases = [
    [
      'story',
      [
        '--title',
        '冬季送温暖：志愿者走进独居老人家',
        '--team',
        'jinhui-zhulao',
        '--field',
        'zhulao-zhucan',
        '--campaign',
        'jinhui-zhulao',
        '--cover',
        COVER,
      ],
      'stories/2026/dongji-song-wennuan-zhiyuan/index.md',
    ],
    ['announcement', ['--title', '关于招募冬季送温暖志愿者的通知'], 'announcements/2026/guanyu-zhaomu-dongji-song.md'],
    ['team', ['--title', '巨野县义务理发志愿服务队', '--field', 'shequ-fuwu'], 'teams/juyexian-yiwu-lifa-zhiyuan.md'],
    [
      'campaign',
      ['--title', '2027 学雷锋志愿服务月', '--field', 'wenming-chuangjian', '--cover', COVER],
      'campaigns/2027-xue-leifeng-zhiyuan.md',
    ],
  ] as const;

  it.each(cases)(
    'writes a %s that passes the check as a draft, is refused published with its placeholders, and passes filled in',
    (kind, args, expected) => {
      const made = script('new-entry.ts', ['--kind', kind, ...args], content);
      expect(made.status, made.stderr).toBe(0);
      expect(made.stdout).toContain(`已新建 ${path.relative(ROOT, path.join(content, expected))}`);
      const file = path.join(content, expected);
      const text = readFileSync(file, 'utf-8');
      expect(text).toMatch(/^draft: true/m);
      expect(text).toContain('2026-11-29'); // today in Beijing, from the build clock
      expect(script('check-content.ts', [], content).status).toBe(0);

      const published = text.replace(/^draft: true.*\n/m, '');
      writeFileSync(file, published);
      const refused = script('check-content.ts', [], content);
      expect(refused.status).toBe(1);
      expect(refused.stdout).toContain('是 npm run new 写下的占位文字');

      let filled = published;
      for (const placeholder of Object.values(PLACEHOLDERS)) filled = filled.replaceAll(placeholder, '写好的真实内容');
      writeFileSync(file, filled);
      const check = script('check-content.ts', [], content);
      expect(check.status, check.stdout).toBe(0);
    },
  );

  it('gives a second entry with the same title its own address', () => {
    const again = script(
      'new-entry.ts',
      ['--kind', 'team', '--title', '巨野县义务理发志愿服务队', '--field', 'shequ-fuwu'],
      content,
    );
    expect(again.stdout).toContain('teams/juyexian-yiwu-lifa-zhiyuan-2.md');
  });

  it('says which option is missing when run without questions', () => {
    const missing = script('new-entry.ts', ['--kind', 'story', '--title', '缺少队伍'], content);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('缺少 --team');
    expect(missing.stderr).toContain('jinhui-zhulao');
  });

  it('refuses a team that does not exist and lists the real ones', () => {
    const wrong = script(
      'new-entry.ts',
      ['--kind', 'story', '--title', '测试', '--team', 'meiyou', '--field', 'shequ-fuwu'],
      content,
    );
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('--team 的“meiyou”不存在');
  });

  it('explains itself in Chinese with --help, and an option it does not know', () => {
    const help = script('new-entry.ts', ['--help'], content);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('用法：');
    expect(help.stdout).toContain('--team      哪支队伍');
    const unknown = script('new-entry.ts', ['--titel', '写错的选项'], content);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('不认识的写法“--titel”');
  });

  it('takes a team and a field by a part of their Chinese names', () => {
    const made = script(
      'new-entry.ts',
      ['--kind', 'story', '--title', '按名称选队伍', '--team', '金晖', '--field', '助老', '--slug', 'an-mingcheng'],
      content,
    );
    expect(made.status, made.stderr).toBe(0);
    const text = readFileSync(path.join(content, 'stories/2026/an-mingcheng/index.md'), 'utf-8');
    expect(text).toMatch(/^teams: \[jinhui-zhulao\]/m);
    expect(text).toMatch(/^fields: \[zhulao-zhucan\]/m);
  });

  it('asks a person at a terminal, shows Chinese names and asks again after an unclear answer', () => {
    // A real terminal (script from util-linux gives the command one), answers typed ahead of their questions.
    const answers = ['1', '重阳节走进敬老院', '巨野县', '金晖', 'meiyou', '2', ''].join('\n');
    const run = spawnSync(
      'script',
      ['-qec', `"${process.execPath}" ${path.join(ROOT, 'scripts/staff/new-entry.ts')}`, '/dev/null'],
      {
        cwd: ROOT,
        input: answers,
        encoding: 'utf-8',
        env: { ...process.env, XINFENG_CONTENT_DIR: content, SOURCE_DATE_EPOCH: String(TEST_NOW_EPOCH) },
        timeout: 30_000,
      },
    );
    const said = stripVTControlCharacters(run.stdout);
    expect(said).toContain('2. 巨野县“金晖”助老志愿服务队（jinhui-zhulao）');
    expect(said).toContain('“巨野县”对得上好几个');
    expect(said).toContain('没有找到“meiyou”');
    expect(said).toContain('已新建');
    const text = readFileSync(path.join(content, 'stories/2026/chongyangjie-zoujin-jinglao-yuan/index.md'), 'utf-8');
    expect(text).toMatch(/^teams: \[jinhui-zhulao\]/m);
    expect(text).toMatch(/^fields: \[zhulao-zhucan\]/m);
  });
});

/**
 * 更正 in `npm run check`: a published story changed where readers would notice, against its published
 * copy in git (HEAD by default, the live site's commit when the pipeline or the timed rebuild names it).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { checkReport, PUBLISHED_REF_ENV } from '../../scripts/staff/check-content.ts';
import { copyOfContent, ROOT } from '../support/site-build';

/** The sample content as a git repository of its own, as a county's site is. */
function contentRepo() {
  const content = copyOfContent('corrections-check');
  const git = (...args: string[]) => {
    const r = spawnSync('git', ['-C', content, ...args], { encoding: 'utf-8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return r.stdout.trim();
  };
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=测试', '-c', 'user.email=t@example.org', 'add', '-A');
  git('-c', 'user.name=测试', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', '已发布');
  return { content, git, story: path.join(content, 'stories/2026/lunyi-weixiu/index.md') };
}

afterEach(() => {
  delete process.env[PUBLISHED_REF_ENV];
});

it('refuses a published story whose figures changed without a 更正说明, and accepts it with one', async () => {
  const { content, story } = contentRepo();
  const text = readFileSync(story, 'utf-8');
  writeFileSync(story, text.replace('修好了 30 辆轮椅', '修好了 13 辆轮椅'));
  const refused = await checkReport(ROOT, content);
  expect(refused.passed).toBe(false);
  expect(refused.report).toMatch(/lunyi-weixiu\/index\.md 第 \d+ 行，字段 corrections/);
  expect(refused.report).toContain('没有写更正说明');

  writeFileSync(
    story,
    text
      .replace('修好了 30 辆轮椅', '修好了 13 辆轮椅')
      .replace(
        /^sample: true$/m,
        'corrections:\n  - date: 2026-11-10 10:00\n    note: 原文误写为 30 辆，应为 13 辆。\nsample: true',
      ),
  );
  expect((await checkReport(ROOT, content)).passed).toBe(true);
});

it('lets a typo fix through with a later 最后修改, and compares with the live site’s commit when told', async () => {
  const { content, story, git } = contentRepo();
  const published = git('rev-parse', 'HEAD');
  const text = readFileSync(story, 'utf-8');
  writeFileSync(
    story,
    text.replace('流动维修站', '流动维修點').replace(/^sample: true$/m, 'updated: 2026-11-10 10:00\nsample: true'),
  );
  expect((await checkReport(ROOT, content)).passed).toBe(true);

  // Committed without either: HEAD no longer shows the change, the live site's commit does.
  writeFileSync(story, text.replace('流动维修站', '流动维修點'));
  git('-c', 'user.name=测试', '-c', 'user.email=t@example.org', 'commit', '-q', '-am', '悄悄改了');
  expect((await checkReport(ROOT, content)).passed).toBe(true);
  process.env[PUBLISHED_REF_ENV] = published;
  const refused = await checkReport(ROOT, content);
  expect(refused.report).toContain('没有写更正说明');
  process.env[PUBLISHED_REF_ENV] = 'no-such-commit';
  expect((await checkReport(ROOT, content)).report).toContain('找不到已发布的版本 no-such-commit');
});

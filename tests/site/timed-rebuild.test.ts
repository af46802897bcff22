/**
 * The timed rebuild (deploy/cron/xinfeng-rebuild runs scripts/server/rebuild-if-due.ts every half hour): a
 * story scheduled for later appears once its time has come, and between times nothing is rebuilt.
 */
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { buildSite, copyOfContent, ROOT, TEST_NOW_EPOCH } from '../support/site-build';

const HOUR = 3600;
let content = '';
const served = path.join(ROOT, '.test-dist/timed-served');
const timed = (secondsLater: number, args: string[] = [], env: Record<string, string> = {}) =>
  buildSite('timed', {
    contentDir: content,
    timed: true,
    rebuild: true,
    args,
    env: { SOURCE_DATE_EPOCH: String(TEST_NOW_EPOCH + secondsLater), ...env },
  });

beforeAll(() => {
  // No record of an earlier run: the first timed run must find nothing built.
  for (const dir of ['.test-cache/timed', '.test-dist/timed', '.test-dist/timed-served'])
    rmSync(path.join(ROOT, dir), { recursive: true, force: true });
  content = copyOfContent('timed');
  // Written now, to go out an hour after the build clock's "now" (2026-11-29 12:00 Beijing).
  const dir = path.join(content, 'stories/2026/dingshi-fabu');
  mkdirSync(dir, { recursive: true });
  copyFileSync(path.join(content, 'stories/2026/lunyi-weixiu/cover.jpg'), path.join(dir, 'cover.jpg'));
  writeFileSync(
    path.join(dir, 'index.md'),
    '---\ntitle: 定时发布的故事\nsummary: 一小时后才出现\npublished: 2026-11-29 13:00\nteams: [qingnian]\nfields: [shequ-fuwu]\ncover:\n  image: ./cover.jpg\n  alt: 测试用的示例插图\n  credit: 示例\nauthor: 测试\nsample: true\n---\n\n正文。\n',
  );
}, 60_000);

it('builds the first time, then only once a scheduled story is due, and the story appears', () => {
  const first = timed(0);
  expect(first.status, first.output.slice(-2000)).toBe(0);
  expect(first.output).toContain('重新生成网站，因为没有上一次生成的记录');
  const page = path.join(first.outDir, 'stories/dingshi-fabu/index.html');
  expect(existsSync(page)).toBe(false);
  const builtAt = statSync(path.join(first.outDir, 'index.html')).mtimeMs;

  const between = timed(HOUR / 2);
  expect(between.status).toBe(0);
  expect(between.output).toContain('不需要重新生成');
  expect(statSync(path.join(first.outDir, 'index.html')).mtimeMs).toBe(builtAt);

  // As the server's cron runs it: the new build goes online. (Outside git here, so that changes being
  // worked on in this checkout do not stop the deploy.)
  const due = timed(HOUR + 5 * 60, ['--deploy-to', served], { GIT_DIR: path.join(ROOT, '.test-dist/no-git') });
  expect(due.status, due.output.slice(-2000)).toBe(0);
  expect(due.output).toContain('1 篇定时发布的内容到了时间（最早 2026年11月29日（星期日）13:00）');
  expect(existsSync(page)).toBe(true);
  expect(due.output).toContain('已上线');
  expect(existsSync(path.join(served, 'current/stories/dingshi-fabu/index.html'))).toBe(true);
}, 240_000);

/**
 * A province starts its hub as its IT person would (issue 29): `npm run hub:init` into a folder of its
 * own, by options; the registry it writes is read back by the hub's own rules; `npm run build` in that
 * folder builds the hub (there is no content/), refusing while no county has a copy and saying to run
 * hub:fetch, then building once copies are there; an engine upgrade leaves it a hub.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeStatus } from '../../scripts/hub/copies.ts';
import { parseRegistry } from '../../src/lib/hub/registry.ts';
import { oneAtATime } from '../support/build-lock';
import { git, runIn, type Run } from '../support/county-site';
import { contractAt, storeCopy } from '../support/hub-contracts';
import { BUILD_LOCK, BUILD_TEST_TIMEOUT, ROOT } from '../support/site-build';

const dir = path.join(ROOT, '.test-content', 'hub-init');
const COUNTIES = [
  ['juyexian', '巨野县', 'https://zhiyuan.juye.gov.cn/'],
  ['yunchengxian', '郓城县', 'https://wmsj.yuncheng.example.cn/'],
] as const;
let init: Run;

// Astro writes the hub's cache under node_modules, which this folder shares with the engine by a link.
const build = () => oneAtATime(BUILD_LOCK, () => runIn(dir, 'scripts/build/build.ts'));

beforeAll(() => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.dirname(dir), { recursive: true });
  init = runIn(ROOT, 'scripts/hub/init.ts', [
    dir,
    '--name',
    '山东省新时代文明实践志愿服务',
    '--url',
    'https://zhiyuan.shandong.example.cn',
    ...COUNTIES.flatMap(([, name, url]) => ['--county', `${name}=${url.replace(/\/$/, '')}`]),
  ]);
  if (init.status === 0) {
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    // The link is not a folder, so .gitignore's node_modules/ does not cover it.
    appendFileSync(path.join(dir, '.git/info/exclude'), 'node_modules\n');
  }
});

describe('npm run hub:init', { timeout: BUILD_TEST_TIMEOUT }, () => {
  it('writes a hub folder: the engine, the registry as answered, no content of its own, one commit', () => {
    expect(init.status, init.output).toBe(0);
    expect(init.output).toContain('建好“山东省新时代文明实践志愿服务”（xinfeng 0.1.0，登记了 2 个县）');
    const registry = parseRegistry(readFileSync(path.join(dir, 'hub/registry.yaml'), 'utf-8'), 'registry.yaml');
    expect(registry.url).toBe('https://zhiyuan.shandong.example.cn/');
    expect(registry.counties.map((c) => [c.id, c.name, c.url])).toEqual(COUNTIES);
    expect(existsSync(path.join(dir, 'content'))).toBe(false);
    expect(existsSync(path.join(dir, 'scripts/hub/fetch.ts'))).toBe(true);
    expect(git(dir, 'log', '--format=%s')).toBe('新建汇聚平台：山东省新时代文明实践志愿服务（xinfeng 0.1.0）\n');
  });

  it('refuses a county whose address is not one, writing nothing', () => {
    const elsewhere = path.join(ROOT, '.test-content', 'hub-init-bad');
    rmSync(elsewhere, { recursive: true, force: true });
    const bad = runIn(ROOT, 'scripts/hub/init.ts', [elsewhere, '--name', '测试省', '--county', '巨野县=zhiyuan.juye']);
    expect(bad.status).toBe(1);
    expect(bad.output).toContain('第 1 个县（counties[0]）的 url 写得不对');
    expect(bad.output).toContain('没有写任何文件。');
    expect(existsSync(elsewhere)).toBe(false);
  });

  it('builds the hub with npm run build there: first asking for hub:fetch, then from the copies', () => {
    const empty = build();
    expect(empty.status).toBe(1);
    expect(empty.output).toContain('2 个县里有 2 个还没有任何数据（巨野县、郓城县），超过一半');
    expect(empty.output).toContain('请先运行 npm run hub:fetch');
    expect(existsSync(path.join(dir, 'dist'))).toBe(false);

    // What hub:fetch keeps for each county (its own test is hub-fetch.test.ts).
    for (const [id, , url] of COUNTIES) {
      storeCopy(path.join(dir, 'hub'), id, contractAt(url));
      const now = '2026-12-07T02:00:00.000Z';
      writeStatus(path.join(dir, 'hub'), {
        id,
        lastAttempt: now,
        lastSuccess: now,
        lastChange: now,
        result: 'changed',
      });
    }
    const built = build();
    expect(built.status, built.output).toBe(0);
    expect(built.output).toContain('汇聚平台已生成到 dist/。');
    const home = readFileSync(path.join(dir, 'dist/index.html'), 'utf-8');
    expect(home).toContain('山东省新时代文明实践志愿服务');
    expect(home).toContain('郓城县');
    expect(existsSync(path.join(dir, 'dist/yunchengxian/stories/lunyi-weixiu/index.html'))).toBe(true);
    expect(git(dir, 'status', '--short', '--', 'dist', 'hub')).toBe('');
  });

  it('stays a hub through npm run upgrade: no content/ appears, the registry is untouched', () => {
    const registry = readFileSync(path.join(dir, 'hub/registry.yaml'), 'utf-8');
    const upgraded = runIn(dir, 'scripts/county/upgrade.ts', [ROOT, '--force']);
    expect(upgraded.status, upgraded.output).toBe(0);
    // The same version again: every engine file replaced by the same one.
    expect(upgraded.output).toContain('程序文件和新版完全一样，没有要提交的改动');
    expect(existsSync(path.join(dir, 'content'))).toBe(false);
    expect(readFileSync(path.join(dir, 'hub/registry.yaml'), 'utf-8')).toBe(registry);
    const built = build();
    expect(built.status, built.output).toBe(0);
    expect(built.output).toContain('汇聚平台已生成到 dist/。');
  });
});

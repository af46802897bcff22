/**
 * npm run deploy against folders on this machine, served by nginx with the shipped configuration as
 * the county's server serves /srv/xinfeng/current: releases switched in one rename, a deploy stopped
 * midway leaving the served site whole, five releases kept, rollback, and the builds it refuses.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildStamp } from '../../scripts/build/build-stamp.ts';
import { startNginx, type NginxSite } from '../../scripts/server/serve-nginx.ts';
import { finishedBuild, runDeploy } from '../support/deploy-fixtures';
import { ROOT } from '../support/site-build';
import { waitFor } from '../support/wait-for';

const WORK = path.join(ROOT, '.test-dist', 'deploy');
const TARGET = path.join(WORK, 'srv');
const build = (label: string, stamp: Partial<BuildStamp> = {}, extraBytes = 0) =>
  finishedBuild(WORK, label, stamp, extraBytes);

const deploy = runDeploy;
const served = () => readlinkSync(path.join(TARGET, 'current'));

let nginx: NginxSite;
const get = async (urlPath: string) => {
  const answer = await nginx.get(urlPath);
  return { status: answer.status, body: answer.body.toString('utf-8') };
};
const homeSays = async () => /<p id="build">([^<]+)<\/p>/.exec((await get('/')).body)?.[1];

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  expect(deploy(TARGET, '--dir', build('first')).status).toBe(0);
  nginx = await startNginx(path.join(TARGET, 'current'));
});
afterAll(async () => nginx?.close());

describe('npm run deploy to a folder', () => {
  it('puts a build online in a release of its own, switched in one rename', async () => {
    expect(await homeSays()).toBe('first');
    const second = build('second');
    const result = deploy(TARGET, '--dir', second);
    expect(result.output).toContain('已上线');
    expect(served()).toMatch(/^releases\/20261130T0800\d\dZ-second0$/);
    expect(await homeSays()).toBe('second');
    // A file the two builds share is stored once, hard-linked between the releases.
    expect(statSync(path.join(TARGET, 'current', 'robots.txt')).nlink).toBe(2);
    expect(deploy(TARGET, '--dir', second).output).toContain('服务器上已经是这个版本');
    // Another build that would get the same name (same commit, build clock held still) is not taken for it.
    const { builtAt, commit } = JSON.parse(
      readFileSync(path.join(second, '.server/build.json'), 'utf-8'),
    ) as BuildStamp;
    const lookalike = deploy(TARGET, '--dir', build('lookalike', { builtAt, commit }, 1024));
    expect(lookalike.status).toBe(1);
    expect(lookalike.output).toContain('但文件不同');
  });

  it('leaves the served site whole when a deploy is stopped midway, and the next one clears it up', async () => {
    const before = served();
    // 4 MB that no earlier release has, uploaded at 500 KB/s: a deploy that is surely stopped midway.
    const stopped = build('stopped', {}, 4 * 1024 * 1024);
    const running = spawn(
      process.execPath,
      [path.join(ROOT, 'scripts/server/deploy.ts'), TARGET, '--dir', stopped, '--bandwidth', '500'],
      { cwd: ROOT, stdio: 'ignore' },
    );
    const partial = await waitFor('a half-uploaded release', () => {
      const found = readdirSync(path.join(TARGET, 'releases')).find((r) => r.endsWith('.partial'));
      return found && readdirSync(path.join(TARGET, 'releases', found)).length > 0 ? found : undefined;
    });
    running.kill('SIGTERM');
    await new Promise((resolve) => running.once('exit', resolve));
    expect(existsSync(path.join(TARGET, 'releases', partial))).toBe(true);
    expect(served()).toBe(before);
    // Every page of the sitemap is still the served release's, complete.
    const sitemap = readFileSync(path.join(TARGET, 'current', 'sitemap-0.xml'), 'utf-8');
    for (const [, urlPath] of sitemap.matchAll(/<loc>https:\/\/xinfeng\.example\.org([^<]*)<\/loc>/g)) {
      const answer = await get(encodeURI(urlPath!));
      expect(answer.status, urlPath).toBe(200);
      expect(answer.body, urlPath).toBe(readFileSync(path.join(TARGET, before, urlPath!, 'index.html'), 'utf-8'));
    }
    expect(await homeSays()).toBe('second');

    expect(deploy(TARGET, '--dir', stopped).status).toBe(0);
    expect(await homeSays()).toBe('stopped');
    expect(readdirSync(path.join(TARGET, 'releases')).filter((r) => r.endsWith('.partial'))).toEqual([]);
  }, 120_000);

  it('keeps the last five releases, and rolls back to the one before', async () => {
    for (const label of ['r1', 'r2', 'r3', 'r4', 'r5']) expect(deploy(TARGET, '--dir', build(label)).status).toBe(0);
    const releases = readdirSync(path.join(TARGET, 'releases')).sort();
    expect(releases.map((r) => r.split('-').at(-1))).toEqual(['r100000', 'r200000', 'r300000', 'r400000', 'r500000']);
    expect(await homeSays()).toBe('r5');
    const rollback = deploy('--rollback', TARGET);
    expect(rollback.output).toMatch(/已回退：.*r500000 → .*r400000/);
    expect(await homeSays()).toBe('r4');
  });

  it('refuses what is not a finished build, as it was built', () => {
    const unfinished = build('unfinished');
    rmSync(path.join(unfinished, '.server/build.json'));
    expect(deploy(TARGET, '--dir', unfinished).output).toContain('不是一次完整的生成');
    const changed = build('changed');
    writeFileSync(path.join(changed, 'extra.html'), '<p>后来加的</p>');
    expect(deploy(TARGET, '--dir', changed).output).toContain('和生成时的记录不一致');
    expect(served()).toMatch(/r400000$/);
  });

  it('refuses a build from uncommitted changes, or older than the site served, unless forced', async () => {
    const dirty = build('dirty', { dirty: ['src/pages/index.astro'] });
    const refused = deploy(TARGET, '--dir', dirty);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('有未提交改动');
    expect(refused.output).toContain('src/pages/index.astro');
    const older = build('older', { commitTime: 1_700_000_000 });
    expect(deploy(TARGET, '--dir', older).output).toContain('来自更新的提交');
    expect(await homeSays()).toBe('r4');
    expect(deploy(TARGET, '--dir', dirty, '--force').status).toBe(0);
    expect(await homeSays()).toBe('dirty');
  });

  it('runs the command given with --after once the switch is made', () => {
    const marker = path.join(WORK, 'after.txt');
    const result = deploy(TARGET, '--dir', build('after'), '--after', `echo reloaded > ${marker}`);
    expect(result.status).toBe(0);
    expect(readFileSync(marker, 'utf-8').trim()).toBe('reloaded');
  });
});

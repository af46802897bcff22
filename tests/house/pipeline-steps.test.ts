/**
 * The pipeline's own steps, run as the runner runs them: the plan read from a real push's changed
 * files (scripts/server/pipeline-plan.ts), and the install that takes node_modules from a cache keyed
 * by the lockfile instead of the network (deploy/pipeline/install-deps.sh).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const scratch: string[] = [];
const folder = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'xinfeng-pipeline-'));
  scratch.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the plan of a push', () => {
  it('reads the changed files of the push: content alone skips the suite, code does not, and the log says why', () => {
    const dir = folder();
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.name=测试', '-c', 'user.email=t@example.org', ...args], {
        cwd: dir,
        encoding: 'utf-8',
      }).stdout.trim();
    mkdirSync(path.join(dir, 'content'));
    mkdirSync(path.join(dir, 'src'));
    writeFileSync(path.join(dir, 'content/a.md'), '一\n');
    writeFileSync(path.join(dir, 'src/b.ts'), 'export {};\n');
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', '一');
    const first = git('rev-parse', 'HEAD');
    const plan = (before: string) => {
      const env = path.join(dir, 'github-env');
      writeFileSync(env, '');
      const run = spawnSync(
        process.execPath,
        [path.join(ROOT, 'scripts/server/pipeline-plan.ts'), '--before', before],
        {
          cwd: dir,
          encoding: 'utf-8',
          env: { ...process.env, GITHUB_ENV: env },
        },
      );
      return { said: run.stdout, handed: readFileSync(env, 'utf-8') };
    };
    writeFileSync(path.join(dir, 'content/a.md'), '二\n');
    git('commit', '-q', '-am', '改内容');
    expect(plan(first)).toEqual({
      said: expect.stringMatching(
        /^运行方式：只更新内容。这次只改了内容（content\/a\.md）[\s\S]*步骤：安装依赖 → 检查内容 → 生成并上线/,
      ),
      handed: 'XINFENG_RUN=content\n',
    });
    const second = git('rev-parse', 'HEAD');
    writeFileSync(path.join(dir, 'src/b.ts'), 'export const b = 1;\n');
    git('commit', '-q', '-am', '改程序');
    expect(plan(second)).toMatchObject({ said: expect.stringContaining('src/b.ts'), handed: 'XINFENG_RUN=code\n' });
    expect(plan('')).toMatchObject({ said: expect.stringContaining('不知道'), handed: 'XINFENG_RUN=code\n' });
  });
});

describe('installing dependencies', () => {
  it('runs npm ci once per lockfile and takes node_modules from the cache afterwards, without npm', () => {
    const work = folder();
    const bin = path.join(work, 'bin');
    mkdirSync(bin);
    // A stand-in for npm that records each call and installs one file.
    writeFileSync(
      path.join(bin, 'npm'),
      `#!/bin/sh\necho "$*" >> "${work}/npm-calls"\nmkdir -p node_modules/pkg && echo installed > node_modules/pkg/index.js\n`,
    );
    chmodSync(path.join(bin, 'npm'), 0o755);
    const project = path.join(work, 'project');
    mkdirSync(project);
    writeFileSync(path.join(project, 'package-lock.json'), '{"lockfileVersion":3}\n');
    const install = () =>
      spawnSync('sh', [path.join(ROOT, 'deploy/pipeline/install-deps.sh')], {
        cwd: project,
        encoding: 'utf-8',
        env: { PATH: `${bin}:${process.env.PATH}`, HOME: work, XINFENG_DEPS_CACHE: path.join(work, 'cache') },
      });
    const calls = () =>
      existsSync(path.join(work, 'npm-calls')) ? readFileSync(path.join(work, 'npm-calls'), 'utf-8') : '';

    expect(install().stdout).toContain('运行 npm ci');
    expect(calls()).toBe('ci --no-audit --no-fund\n');
    rmSync(path.join(project, 'node_modules'), { recursive: true });
    const cached = install();
    expect(cached.status).toBe(0);
    expect(cached.stdout).toContain('从缓存取用，不联网、不运行 npm ci');
    expect(calls()).toBe('ci --no-audit --no-fund\n');
    expect(readFileSync(path.join(project, 'node_modules/pkg/index.js'), 'utf-8')).toBe('installed\n');
    writeFileSync(path.join(project, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}\n');
    install();
    expect(calls()).toBe('ci --no-audit --no-fund\nci --no-audit --no-fund\n');
  });
});

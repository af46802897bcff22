/**
 * The pipeline the county's git server runs on every push (.github/workflows/publish.yml): it must
 * install, decide, check and (for code) test before it builds and deploys, in that order, fetch nothing
 * from outside, and hand deploy options it knows.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FILE = path.join(ROOT, '.github/workflows/publish.yml');

interface Step {
  name: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
}
interface Workflow {
  on: { push: { branches: string[] } };
  jobs: Record<string, { 'runs-on': string; steps: Step[] }>;
}
const workflow = yaml.load(readFileSync(FILE, 'utf-8')) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

describe('the publish pipeline', () => {
  it('runs on every push to main, on the county’s own runner', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(Object.values(workflow.jobs).map((job) => job['runs-on'])).toEqual(['xinfeng']);
  });

  it('checks, tests and builds before it deploys, in one job, so a failure stops the deploy', () => {
    const commands = steps.map(
      (step) =>
        /sh deploy\/pipeline\/install-deps\.sh|npm (run pipeline:plan|run check|test|run build-and-deploy)\b/.exec(
          step.run ?? '',
        )?.[0],
    );
    expect(commands.filter(Boolean)).toEqual([
      'sh deploy/pipeline/install-deps.sh',
      'npm run pipeline:plan',
      'npm run check',
      'npm test',
      'npm run build-and-deploy',
    ]);
    expect(steps[0]!.run).toMatch(/git -c .* fetch .*"\$COMMIT"/);
    // A step that runs even after a failure could deploy a broken build.
    expect(readFileSync(FILE, 'utf-8')).not.toMatch(/^\s*(if:|continue-on-error:)/m);
  });

  it('checks out the pushed commit with plain git', () => {
    const commit = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf-8' }).stdout.trim();
    const work = mkdtempSync(path.join(tmpdir(), 'xinfeng-checkout-'));
    try {
      const checkout = spawnSync('bash', ['-c', steps[0]!.run!], {
        cwd: work,
        encoding: 'utf-8',
        env: { ...process.env, TOKEN: 'run-token', REPOSITORY: `file://${ROOT}`, COMMIT: commit },
      });
      expect(checkout.status, checkout.stderr).toBe(0);
      expect(checkout.stdout).toMatch(/^提交 [0-9a-f]{7}：/);
      expect(readFileSync(path.join(work, 'package.json'), 'utf-8')).toContain('"name": "xinfeng"');
      expect(spawnSync('git', ['rev-parse', 'HEAD'], { cwd: work, encoding: 'utf-8' }).stdout.trim()).toBe(commit);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('fetches no published action: every step is a script, and each is valid shell', () => {
    for (const step of steps) {
      expect(step.uses, step.name).toBeUndefined();
      const syntax = spawnSync('bash', ['-n'], { input: step.run!, encoding: 'utf-8' });
      expect(syntax.stderr, step.name).toBe('');
    }
  });

  it('runs the whole suite unless the plan says only content changed', () => {
    const tests = steps.find((step) => /npm test/.test(step.run ?? ''))!;
    const run = (kind: string | undefined) =>
      spawnSync('bash', ['-c', tests.run!.replace('npm test', 'echo RUNS-THE-SUITE')], {
        encoding: 'utf-8',
        env: { PATH: process.env.PATH, ...(kind ? { XINFENG_RUN: kind } : {}) },
      }).stdout;
    expect(run('content')).toContain('只改了内容：不运行全部测试。');
    expect(run('code')).toContain('RUNS-THE-SUITE');
    expect(run(undefined)).toContain('RUNS-THE-SUITE');
  });

  it('gives npm run build-and-deploy the target, key and host key from the repository’s secrets, with options deploy knows', () => {
    const deploy = steps.at(-1)!;
    expect(deploy.env).toMatchObject({
      DEPLOY_TARGET: '${{ secrets.DEPLOY_TARGET }}',
      DEPLOY_KEY: '${{ secrets.DEPLOY_KEY }}',
      DEPLOY_KNOWN_HOSTS: '${{ secrets.DEPLOY_KNOWN_HOSTS }}',
    });
    const options = [...deploy.run!.matchAll(/ (--[a-z-]+)/g)].map((m) => m[1]!);
    // --out is the build's (a folder kept on the runner); the rest are deploy's.
    expect(options).toEqual(['--out', '--identity', '--known-hosts', '--port', '--after']);
    options.shift();
    // deploy.ts parses these (an unknown option would stop it before it looked at dist/).
    const parsed = spawnSync(
      process.execPath,
      ['scripts/server/deploy.ts', '/nonexistent', '--dir', '/nonexistent', ...options.flatMap((o) => [o, '1'])],
      { cwd: ROOT, encoding: 'utf-8' },
    );
    expect(parsed.stderr).toContain('不是一次完整的生成');
  });
});

/**
 * A machine without the tools the tests use gets a failure naming them and the command that installs
 * them, before any test runs: never a skipped test. (Chromium is made to look missing by pointing
 * CHROMIUM_PATH at nothing.)
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/site-build';

const run = promisify(execFile);
const NO_CHROMIUM = { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' };

async function outcome(args: string[], env: NodeJS.ProcessEnv) {
  try {
    const { stdout, stderr } = await run(process.execPath, args, { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

describe('the tools the tests need', () => {
  it('are all here once npm test has set them up', async () => {
    expect(await outcome(['scripts/dev/test-tools.ts', '--check'], process.env)).toEqual({ code: 0, output: '' });
  });

  it('when one is missing, are named in Chinese and English with the command that installs them', async () => {
    const { code, output } = await outcome(['scripts/dev/test-tools.ts', '--check'], NO_CHROMIUM);
    expect(code).toBe(1);
    expect(output).toContain('测试需要的系统软件没有安装：Chromium 浏览器。');
    expect(output).toContain('请先运行：sudo apt-get install -y chromium');
    expect(output).toContain('The tests need system packages that are not installed: Chromium.');
  });

  it('stop the built-site tests before any of them runs, rather than skipping them', async () => {
    const vitest = path.join(ROOT, 'node_modules/vitest/vitest.mjs');
    const env = Object.fromEntries(Object.entries(NO_CHROMIUM).filter(([key]) => !key.startsWith('VITEST')));
    const { code, output } = await outcome([vitest, 'run', '--project', 'site', '--reporter=dot'], env);
    expect(code).not.toBe(0);
    expect(output).toContain('sudo apt-get install -y chromium');
    expect(output).not.toMatch(/\d+ (passed|skipped)/);
  }, 60_000);
});

/**
 * Nothing a test run starts outlives it: a run of its own opens a site in Chromium as the browser
 * tests do, and once it has passed, failed, or been interrupted with Ctrl+C (SIGINT to its whole
 * process group, as a terminal sends it), no process it started is left, server or browser.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/site-build';
import { waitFor } from '../support/wait-for';

const SITE = path.join(ROOT, '.test-dist/leftovers');

/** Processes whose environment carries the mark: everything the run started inherits it. */
function marked(mark: string): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        if (!readFileSync(`/proc/${pid}/environ`, 'utf-8').includes(`LEFTOVERS_MARK=${mark}`)) return [];
        return [`${pid} ${readFileSync(`/proc/${pid}/cmdline`, 'utf-8').replaceAll('\0', ' ').slice(0, 120)}`];
      } catch {
        return []; // gone meanwhile, or not ours to read
      }
    });
}

/** Starts the fixture run in a process group of its own, as a terminal starts a command. */
function startRun(mode: 'pass' | 'fail' | 'hold') {
  const mark = randomUUID();
  const ready = path.join(SITE, `ready-${mark}`);
  // Not the outer run's own settings: the inner run is a run of its own.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
  const run = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'tests/browser/fixtures/vitest.config.ts'],
    {
      cwd: ROOT,
      detached: true,
      stdio: 'ignore',
      env: { ...env, LEFTOVERS_MARK: mark, LEFTOVERS_MODE: mode, LEFTOVERS_SITE: SITE, LEFTOVERS_READY: ready },
    },
  );
  let ended: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  run.on('exit', (code, signal) => (ended = { code, signal }));
  return { mark, ready, run, ended: () => ended };
}

beforeAll(() => {
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  writeFileSync(
    path.join(SITE, 'index.html'),
    '<!doctype html><html lang="zh-CN"><title>剩下的进程</title><p>测试</p>',
  );
  writeFileSync(path.join(SITE, '404.html'), '<!doctype html><html lang="zh-CN"><title>404</title>');
});
afterAll(() => rmSync(SITE, { recursive: true, force: true }));

/** Gives the run's processes a moment to go, then lists any that did not. */
async function leftAfter(mark: string): Promise<string[]> {
  await waitFor('every process of the run to end', () => marked(mark).length === 0, { timeoutMs: 10_000 }).catch(
    () => undefined,
  );
  return marked(mark);
}

describe('a test run that opened a site in Chromium leaves no process behind', () => {
  it.each([
    ['passed', 'pass', 0],
    ['failed', 'fail', 1],
  ] as const)(
    'once it has %s',
    async (_, mode, code) => {
      const { mark, ready, ended } = startRun(mode);
      expect((await waitFor('the run to end', ended, { timeoutMs: 90_000 })).code).toBe(code);
      expect(readFileSync(ready, 'utf-8')).toBe('剩下的进程');
      expect(await leftAfter(mark)).toEqual([]);
    },
    120_000,
  );

  it('once it is interrupted with Ctrl+C while the browser is open', async () => {
    const { mark, ready, run, ended } = startRun('hold');
    await waitFor('the run to open the site in Chromium', () => existsSync(ready), { timeoutMs: 90_000 });
    expect(marked(mark).filter((p) => p.includes('chromium')).length).toBeGreaterThan(0);
    process.kill(-run.pid!, 'SIGINT');
    await waitFor('the interrupted run to end', ended, { timeoutMs: 30_000 });
    expect(await leftAfter(mark)).toEqual([]);
  }, 150_000);
});

/** For the deploy tests: finished builds (copies of the built sample site, each told apart on its home page), and npm run deploy. */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { siteInventory, type BuildStamp } from '../../scripts/build/build-stamp.ts';
import { ROOT, SAMPLE_SITE } from './site-build';

let serial = 0;

/**
 * A finished build as npm run build leaves one, in `work`: the sample site with a line of its own on
 * the home page (`<p id="build">label</p>`), and its record. `commitTime` orders builds as their commits
 * would; `extraBytes` adds a file of random bytes no earlier build has.
 */
export function finishedBuild(work: string, label: string, stamp: Partial<BuildStamp> = {}, extraBytes = 0): string {
  const dir = path.join(work, `build-${label}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(SAMPLE_SITE, dir, { recursive: true });
  const home = path.join(dir, 'index.html');
  writeFileSync(home, readFileSync(home, 'utf-8').replace('</main>', `<p id="build">${label}</p></main>`));
  for (const copy of ['index.html.br', 'index.html.gz']) rmSync(path.join(dir, copy), { force: true });
  if (extraBytes) writeFileSync(path.join(dir, 'files/big.bin'), randomBytes(extraBytes));
  const record: BuildStamp = {
    builtAt: new Date(Date.UTC(2026, 10, 30, 8, 0, ++serial)).toISOString(),
    commit: `${label.padEnd(7, '0')}${'0'.repeat(33)}`,
    commitTime: 1_796_000_000 + serial,
    dirty: [],
    ...siteInventory(dir),
    ...stamp,
  };
  writeFileSync(path.join(dir, '.server/build.json'), JSON.stringify(record));
  return dir;
}

/** npm run deploy with these arguments; its status and everything it printed. */
export function runDeploy(...args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/server/deploy.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf-8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

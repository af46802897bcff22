import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { oneAtATime } from './support/build-lock';
import { BUILD_LOCK, ROOT } from './support/site-build';

const astro = (command: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), ...command], {
    cwd: ROOT,
    encoding: 'utf-8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    timeout: 180_000,
  });

it('type-checks clean with astro check (TypeScript strict, .astro files included)', () => {
  // Syncing content/ writes the project's .astro/ as a build does, so it takes its turn with builds; the
  // check itself then reads only the type declarations there, which every build writes the same.
  const sync = oneAtATime(BUILD_LOCK, () => astro(['sync']));
  expect(sync.status, `${sync.stdout}\n${sync.stderr}`.slice(-3000)).toBe(0);
  const result = astro(['check', '--noSync']);
  expect(result.status, `${result.stdout}\n${result.stderr}`.slice(-3000)).toBe(0);
}, 180_000);

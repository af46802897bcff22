import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { oneAtATime } from './support/build-lock';
import { BUILD_LOCK, ROOT } from './support/site-build';

it('type-checks clean with astro check (TypeScript strict, .astro files included)', () => {
  // astro check syncs content/ into the project's .astro/ first, as a build does: it takes turns with builds.
  const result = oneAtATime(BUILD_LOCK, () =>
    spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'check'], {
      cwd: ROOT,
      encoding: 'utf-8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      timeout: 180_000,
    }),
  );
  expect(result.status, `${result.stdout}\n${result.stderr}`.slice(-3000)).toBe(0);
}, 180_000);

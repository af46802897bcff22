/**
 * The hub's two commands as the province's IT person runs them (npm run hub:fetch, npm run hub:build),
 * and the registry they read, for the hub's tests.
 */
import { spawn, spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BUILD_LOCK, oneAtATime } from './build-lock';
import { ROOT } from './site-build';

export interface RegisteredCounty {
  id: string;
  name: string;
  url: string;
}

/** hub/registry.yaml naming these counties, in this order (and the hub's own address, if given). */
export function writeRegistry(hubDir: string, counties: readonly RegisteredCounty[], hubUrl?: string): void {
  writeFileSync(
    path.join(hubDir, 'registry.yaml'),
    `name: 测试省新时代文明实践志愿服务\n${hubUrl ? `url: ${hubUrl}\n` : ''}counties:\n${counties
      .map((c) => `  - id: ${c.id}\n    name: ${c.name}\n    url: ${c.url}\n    colour: '#b3261e'\n`)
      .join('')}`,
  );
}

/**
 * npm run hub:fetch with the hub's clock set, in a child process: asynchronous, so that servers in the
 * test's own process can answer it while it runs.
 */
export async function hubFetch(
  hubDir: string,
  env: Record<string, string> = {},
): Promise<{ status: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/hub/fetch.ts'), '--hub', hubDir], {
    cwd: ROOT,
    env: { ...process.env, XINFENG_HUB_NOW: '2026-12-07T10:00:00+08:00', ...env },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (err += chunk));
  const status = await new Promise<number | null>((done) => child.on('close', done));
  return { status, out, err };
}

/**
 * npm run hub:build into `out` (or, `asBuild`, npm run build where the hub's folder is named), taking its
 * turn with the other builds (Astro writes .astro/).
 */
export function hubBuild(hubDir: string, out: string, { asBuild = false } = {}) {
  const [script, args, env] = asBuild
    ? ['scripts/build/build.ts', ['--out', out], { XINFENG_HUB_DIR: hubDir }]
    : ['scripts/hub/build.ts', ['--hub', hubDir, '--out', out], {}];
  return oneAtATime(BUILD_LOCK, () =>
    spawnSync(process.execPath, [path.join(ROOT, script), ...args], {
      cwd: ROOT,
      encoding: 'utf-8',
      env: { ...process.env, ...env },
    }),
  );
}

/**
 * Removes a hub's output and the record of its search index, so that a test's first build is a whole
 * one (a record left by an earlier run, of older pages, would make every page look changed).
 */
export function clearHubOutput(out: string): void {
  rmSync(out, { recursive: true, force: true });
  rmSync(path.join(path.dirname(out), `.${path.basename(out)}-search.json`), { force: true });
}

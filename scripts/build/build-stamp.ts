/**
 * The record npm run build writes last into the site it made (.server/build.json): when, from which
 * commit, whether the checkout had changes nobody committed, and how many files of how many bytes. A
 * site folder without it, or whose files no longer add up to it, is not a finished build:
 * `npm run deploy` refuses it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SERVER_FILES } from '../../src/lib/server-files.ts';

export interface BuildStamp {
  builtAt: string;
  /** the commit built, or null outside a git checkout */
  commit: string | null;
  /** its commit time (seconds), to refuse replacing a newer site with an older one */
  commitTime: number | null;
  /** files in the checkout changed or added and not committed */
  dirty: string[];
  files: number;
  bytes: number;
}

/** Every file of the site but the record itself: how many, and their size together. */
export function siteInventory(siteDir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const file of readdirSync(siteDir, { recursive: true, encoding: 'utf-8' })) {
    if (file === SERVER_FILES.build) continue;
    const stat = statSync(path.join(siteDir, file));
    if (!stat.isFile()) continue;
    files++;
    bytes += stat.size;
  }
  return { files, bytes };
}

function git(projectDir: string, ...args: string[]): string | null {
  const result = spawnSync('git', ['-C', projectDir, ...args], { encoding: 'utf-8' });
  return result.status === 0 ? result.stdout : null;
}

/** The commit checked out in the project folder, or null outside a git checkout. */
export const checkoutCommit = (projectDir: string): string | null =>
  git(projectDir, 'rev-parse', 'HEAD')?.trim() ?? null;

export function writeBuildStamp(siteDir: string, now: Date, projectDir: string): BuildStamp {
  const commit = checkoutCommit(projectDir);
  const stamp: BuildStamp = {
    builtAt: now.toISOString(),
    commit,
    commitTime: commit ? Number(git(projectDir, 'log', '-1', '--format=%ct')) : null,
    dirty: commit
      ? (git(projectDir, 'status', '--porcelain') ?? '')
          .split('\n')
          .filter(Boolean)
          .map((line) => line.slice(3))
      : [],
    ...siteInventory(siteDir),
  };
  writeFileSync(path.join(siteDir, SERVER_FILES.build), `${JSON.stringify(stamp, null, 2)}\n`);
  return stamp;
}

export function readBuildStamp(siteDir: string): BuildStamp | undefined {
  const file = path.join(siteDir, SERVER_FILES.build);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf-8')) as BuildStamp;
  } catch {
    return undefined;
  }
}

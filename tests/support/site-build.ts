/**
 * Runs a real `astro build`, the way staff and CI do, into a folder of its own so tests never
 * touch the dist/ a person is previewing. Folders sit inside the project because Astro keeps its
 * intermediate files next to the output only when the output is inside the working directory.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { BUILD_LOCK, oneAtATime } from './build-lock';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SAMPLE_SITE = path.join(ROOT, '.test-dist/sample');
/** What `npm run build` printed while building the sample site, as a staff member reads it. */
export const SAMPLE_BUILD_OUTPUT = path.join(ROOT, '.test-dist/sample-build-output.txt');
/** How long a test that builds may take: its build may wait its turn behind several others. */
export const BUILD_TEST_TIMEOUT = 240_000;
/** The lock every build and astro check takes its turn through (build-lock.ts says why). */
export { BUILD_LOCK };
/** 2026-11-29 12:00 Beijing: after every sample entry, during 阳光助残行动, before 冬季送温暖. */
export const TEST_NOW_EPOCH = 1795924800;

interface BuildOptions {
  contentDir?: string;
  env?: Record<string, string>;
  /** Astro alone, to test the guards inside the build itself */
  astroOnly?: boolean;
  /** the timed rebuild, which builds only when something is due */
  timed?: boolean;
  /** more arguments for the build command */
  args?: string[];
}

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/**
 * Builds as staff do, with `npm run build`'s script (content check, then Astro, then the swap into
 * place); `astroOnly` runs Astro alone, to test the guards inside the build itself. Each build starts
 * from nothing unless `rebuild` keeps the last one, as a staff member's next build does.
 */
export function buildSite(
  name: string,
  options: BuildOptions & { rebuild?: boolean; /** the caller holds the build lock already */ locked?: boolean } = {},
): BuildResult {
  const outDir = path.join(ROOT, '.test-dist', name);
  const cacheDir = path.join(ROOT, '.test-cache', name);
  const inTurn = <T>(work: () => T) => (options.locked ? work() : oneAtATime(BUILD_LOCK, work));
  return inTurn(() => {
    if (!options.rebuild) {
      rmSync(outDir, { recursive: true, force: true });
      // The sample keeps its cache between runs, as a staff member's computer does; a test's own site
      // starts clean, so a content copy never meets another copy's entries left in the store.
      if (cacheDir !== SAMPLE_CACHE) rmSync(cacheDir, { recursive: true, force: true });
    }
    seedImageCache(cacheDir);
    return runBuild(outDir, cacheDir, options);
  });
}

const SAMPLE_CACHE = path.join(ROOT, '.test-cache', 'sample');

/**
 * A test's site without a cache starts with the images the sample site's build already made (Astro's
 * resized images and our photo files, both named by a digest of their source and settings, so a copy of
 * the content finds its own): resizing them again cost every such build about 7 s.
 */
function seedImageCache(cacheDir: string) {
  if (existsSync(cacheDir) || cacheDir === SAMPLE_CACHE) return;
  for (const folder of ['assets', 'photo-files', 'posters']) {
    const from = path.join(SAMPLE_CACHE, folder);
    if (existsSync(from)) cpSync(from, path.join(cacheDir, folder), { recursive: true });
  }
}

function runBuild(outDir: string, cacheDir: string, options: BuildOptions): BuildResult {
  const command = options.astroOnly
    ? [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build']
    : [
        path.join(ROOT, 'scripts', options.timed ? 'server/rebuild-if-due.ts' : 'build/build.ts'),
        '--out',
        outDir,
        ...(options.args ?? []),
      ];
  const result = spawnSync(process.execPath, command, {
    cwd: ROOT,
    encoding: 'utf-8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      SOURCE_DATE_EPOCH: String(TEST_NOW_EPOCH),
      XINFENG_OUT_DIR: outDir,
      XINFENG_CACHE_DIR: cacheDir,
      // The sample site unless a test names another: in a county's repository too, never its content/.
      XINFENG_CONTENT_DIR: options.contentDir ?? path.join(ROOT, 'sample'),
      ...options.env,
    },
    timeout: 240_000,
  });
  // Messages are read as plain text: colour codes (which CI may switch on) are not part of them.
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`), outDir };
}

/** A scratch copy of the sample content for a test to change, inside the project (see above). */
export function copyOfContent(name: string): string {
  const dir = path.join(ROOT, '.test-content', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.dirname(dir), { recursive: true });
  cpSync(path.join(ROOT, 'sample'), dir, { recursive: true });
  return dir;
}

/**
 * A new county's site made as its IT person makes one: `npm run init` into a folder of its own, built
 * with its own copy of the engine's scripts. Its node_modules is the engine's (linked: installing the
 * same locked packages again would take minutes and prove nothing of ours), its build cache its own.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { stripVTControlCharacters } from 'node:util';
import { ROOT, TEST_NOW_EPOCH } from './site-build';

export interface Run {
  status: number | null;
  output: string;
}

// The county's own content, whatever folder the engine's tests name for theirs.
const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'XINFENG_CONTENT_DIR'));
const env = () => ({
  ...inherited,
  ASTRO_TELEMETRY_DISABLED: '1',
  SOURCE_DATE_EPOCH: String(TEST_NOW_EPOCH),
  GIT_AUTHOR_NAME: '县信息中心',
  GIT_AUTHOR_EMAIL: 'it@ceshi.example.cn',
  GIT_COMMITTER_NAME: '县信息中心',
  GIT_COMMITTER_EMAIL: 'it@ceshi.example.cn',
});

/** Runs one of a site's own scripts (scripts/…) in that site's folder. */
export function runIn(dir: string, script: string, args: string[] = []): Run {
  const result = spawnSync(process.execPath, [path.join(dir, script), ...args], {
    cwd: dir,
    encoding: 'utf-8',
    env: { ...env(), XINFENG_CACHE_DIR: path.join(dir, '.test-cache') },
    timeout: 240_000,
  });
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
}

export const git = (dir: string, ...args: string[]) =>
  spawnSync('git', ['-C', dir, ...args], { encoding: 'utf-8', env: env() }).stdout;

/** `npm run init` of this engine into .test-content/<name>, answering with options; the folder, and what it said. */
export function initCounty(name: string, options: string[]): { dir: string; run: Run } {
  const dir = path.join(ROOT, '.test-content', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.dirname(dir), { recursive: true });
  const run = runIn(ROOT, 'scripts/county/init.ts', [dir, ...options]);
  if (run.status === 0) {
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    // The link is not a folder, so .gitignore's node_modules/ does not cover it.
    appendFileSync(path.join(dir, '.git/info/exclude'), 'node_modules\n');
  }
  return { dir, run };
}

/**
 * npm run build in the county's folder. Without the build lock: the county is a project of its own, so
 * Astro writes its .astro/ and its cache there, not into the engine's (build-lock.ts says why others wait).
 */
export const buildCounty = (dir: string): Run => runIn(dir, 'scripts/build/build.ts');

/** Every file under dir, relative to it. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf-8' }).filter((f) => statSync(path.join(dir, f)).isFile());
}

/** Files whose bytes are someone else's format, not ours to read for text. */
const OPAQUE = /\.(jpe?g|png|webp|avif|gif|ico|wasm|woff2?|mp4|pdf|br|gz)$/i;

/** A built file as text: Pagefind's index files are gzip, the rest is read as it is. */
function textOf(file: string): string {
  const bytes = readFileSync(file);
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (gzip ? gunzipSync(bytes) : bytes).toString('utf-8');
}

/** The files under dir (relative) holding any of the words, and which. */
export function filesSaying(dir: string, words: readonly string[]): string[] {
  return filesUnder(dir)
    .filter((f) => !OPAQUE.test(f))
    .flatMap((f) => {
      const text = textOf(path.join(dir, f));
      const found = words.filter((w) => text.includes(w));
      return found.length ? [`${f}: ${found.join('、')}`] : [];
    });
}

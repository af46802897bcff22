/**
 * npm run build: check all content, build the whole site (pages, images, feeds) with Astro into a
 * temporary folder, index it for search, and only when every step succeeded put it in place of
 * dist/. A failed build leaves the previous dist/ exactly as it was, so a half-built site is never
 * published.
 *   node scripts/build/build.ts [--out dist] [--verbose]
 *
 * For speed on large archives, work overlaps: the content check runs beside Astro (whose output is
 * held back until the check has passed, and which is stopped if it fails), and the site replaced by
 * the last build, kept in .dist-previous/, is deleted in the background meanwhile. The search index
 * is built after Astro has exited, so the two never hold their memory at the same time.
 * Interrupted (Ctrl+C, or a test run stopping), it stops every process it started before it exits.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex, bundlePagesFromEnv, readSearchManifest, type SearchManifest } from './search-index.ts';
import { cacheFolder } from '../../src/lib/cache-folder.ts';
import { writeServerPolicy } from './server-policy.ts';
import { writeSearchHints } from './search-hints.ts';
import { indexChanges } from './search-changes.ts';
import { storeForBrotli } from './search-files.ts';
import { precompress } from './precompress.ts';
import { writeBuildStamp } from './build-stamp.ts';
import { contentDigest, writeLastBuild } from './content-state.ts';
import { buildNow } from '../../src/lib/build-now.ts';
import { buildsHub, contentRoot, SAMPLE_FOLDER } from '../../src/lib/content-root.ts';
import { buildKind } from '../../src/lib/build-kind.ts';
import {
  buildInputs,
  copyKeptPages,
  dropCopiedOriginals,
  readLastInputs,
  siteStamp,
  writeInputs,
} from './incremental.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist' },
    verbose: { type: 'boolean', default: false },
    // Every page, whatever the record of the last build says (the nightly rebuild asks for this).
    full: { type: 'boolean', default: false },
  },
});
const projectDir = process.cwd();
const out = path.resolve(projectDir, values.out!);

// A province hub's folder builds the hub instead, into the same output folder.
if (buildsHub()) {
  const hub = spawnSync(process.execPath, [path.join(import.meta.dirname, '../hub/build.ts'), '--out', out], {
    stdio: 'inherit',
  });
  process.exit(hub.status ?? 1);
}
// Inside the project: Astro keeps its intermediate files next to an output folder only there.
const next = path.join(path.dirname(out), `.${path.basename(out)}-next`);
const previous = path.join(path.dirname(out), `.${path.basename(out)}-previous`);
const untouched = existsSync(out) ? `原来的 ${path.relative(projectDir, out)}/ 没有改动。` : '';

function fail(message: string): never {
  rmSync(next, { recursive: true, force: true });
  console.error(`\n${message}${untouched}`);
  process.exit(1);
}

// Every process this build starts (Astro, the check, Pagefind) ends when the build is interrupted.
const stopping = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    stopping.abort();
    fail('生成被中断，网站没有生成。');
  });
}

// One "now" for the whole build: the check and Astro must agree on what is out (src/lib/build-now.ts).
const now = buildNow();
const withNow = { ...process.env, SOURCE_DATE_EPOCH: String(Math.floor(now.getTime() / 1000)) };
const builtContent = contentDigest(path.resolve(projectDir, contentRoot()));

// Page by page when only entries changed since the last build (src/lib/build-kind.ts says when).
const pageReads = path.resolve(projectDir, cacheFolder(), 'page-reads');
const nextPageReads = `${pageReads}-next`;
const lastInputs = readLastInputs(pageReads);
const inputs = buildInputs(projectDir, path.resolve(projectDir, contentRoot()), lastInputs);
const kind = buildKind(lastInputs, inputs, { out, stamp: siteStamp(out) }, { full: values.full });
console.log(kind.reason);
if (!process.env.XINFENG_CONTENT_DIR && contentRoot() === `./${SAMPLE_FOLDER}/`)
  console.log('这里没有 content/ 文件夹：生成的是示例网站（sample/）。');
rmSync(nextPageReads, { recursive: true, force: true });
mkdirSync(nextPageReads, { recursive: true });

const clearingPrevious = rm(previous, { recursive: true, force: true });
rmSync(next, { recursive: true, force: true });

// Pages note what they read in an AsyncLocalStorage (src/data/page-reads.ts): on Node 22 its default
// form hooks every promise Astro makes; the context-frame form does not (Node 24's default).
const CONTEXT_FRAME = '--experimental-async-context-frame';
const nodeFlags = process.allowedNodeEnvironmentFlags.has(CONTEXT_FRAME) ? [CONTEXT_FRAME] : [];
// Astro's words when its content config took over its 5 s to load (a busy machine): it then builds
// from its content store as it was, without this build's changes. Such a build is never published.
const SYNC_SKIPPED = 'Skipping sync';
// Astro's lines wait until the content check has spoken, so staff read the check's report first.
let held: [NodeJS.WriteStream, Buffer][] | null = [];

function startAstro() {
  const child = spawn(
    process.execPath,
    [...nodeFlags, path.join(projectDir, 'node_modules/astro/bin/astro.mjs'), 'build'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...withNow,
        ASTRO_TELEMETRY_DISABLED: '1',
        XINFENG_OUT_DIR: next,
        XINFENG_PAGE_READS: nextPageReads,
        ...(kind.incremental ? { XINFENG_PAGE_READS_LAST: pageReads } : {}),
        // Warnings and errors only: a line per page and per image buried them. --verbose shows every line.
        ...(values.verbose ? {} : { XINFENG_ASTRO_LOG_LEVEL: 'warn' }),
      },
      signal: stopping.signal,
    },
  );
  // An abort is reported by the interrupt itself, not as a failure of Astro.
  child.on('error', () => {});
  let said = '';
  for (const [from, to] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const) {
    from.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if (held) held.push([to, chunk]);
      else to.write(chunk);
    });
  }
  const done = new Promise<number | null>((resolve) => child.on('close', resolve));
  return { child, done, skippedSync: () => said.includes(SYNC_SKIPPED) };
}
let astro = startAstro();

// In a process of its own, so its memory is gone before the search index needs room.
const check = spawn(process.execPath, [path.join(projectDir, 'scripts/staff/check-content.ts')], {
  stdio: 'inherit',
  env: withNow,
  signal: stopping.signal,
});
check.on('error', () => {});
const checkPassed = await new Promise<boolean>((resolve) => check.on('close', (code) => resolve(code === 0)));
if (!checkPassed) {
  astro.child.kill();
  await astro.done;
  fail('网站没有生成：请先改正上面的内容错误。');
}
// Astro is quiet until something goes wrong, so say what the wait is for.
console.log('正在生成网页、图片和订阅……');
for (const [to, chunk] of held) to.write(chunk);
held = null;

let astroExit = await astro.done;
if (astroExit === 0 && astro.skippedSync()) {
  console.log('Astro 读取内容配置超时，没有读到这次的内容：重新生成一次。');
  rmSync(next, { recursive: true, force: true });
  rmSync(nextPageReads, { recursive: true, force: true });
  mkdirSync(nextPageReads, { recursive: true });
  astro = startAstro();
  astroExit = await astro.done;
  if (astro.skippedSync())
    fail('网站没有生成：Astro 两次都没能读取内容配置（电脑太忙），生成的会是旧内容。请稍后重新运行 npm run build。');
}
if (astroExit !== 0) fail('网站生成失败（见上面的错误信息）。');
if (kind.incremental) {
  try {
    console.log(`[pages] ${copyKeptPages(nextPageReads, out, next)} 页没有受影响，沿用上一次的。`);
    dropCopiedOriginals(nextPageReads, next);
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n`);
  }
}

// What the published site's search index was made from: its unchanged bundles are copied, not rebuilt.
const searchManifestFile = path.resolve(projectDir, cacheFolder(), 'search-bundles.json');
let searchManifest: SearchManifest;
try {
  const last = { site: out, manifest: readSearchManifest(searchManifestFile) };
  // An incremental build indexes only the changed pages, on top of the last full index.
  const indexed =
    (kind.incremental ? await indexChanges(next, { last, signal: stopping.signal }) : undefined) ??
    (await buildSearchIndex(next, { bundlePages: bundlePagesFromEnv(), signal: stopping.signal, last }));
  console.log(indexed.summary);
  searchManifest = indexed.manifest;
  writeSearchHints(next, indexed.superseded);
  storeForBrotli(next);
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n网站生成失败（搜索索引）。`);
}

// After the search page has its own inline script: the server's policy is the union of the pages'.
try {
  writeServerPolicy(next);
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n`);
}

// Compressed copies for nginx, reusing the published site's where a file did not change.
const compressed = await precompress(next, existsSync(out) ? out : undefined);
console.log(
  `[compress] ${compressed.compressed} files compressed, ${compressed.reused} unchanged reused, in ${compressed.seconds.toFixed(1)} s.`,
);
// Last of all: the record that this folder is a finished build (what npm run deploy checks).
const stamp = writeBuildStamp(next, now, projectDir);

// The replaced site waits in .dist-previous/ for the next build to clear it in the background.
await clearingPrevious;
// No record while the sites change places: a record must never describe a site that is not there.
rmSync(searchManifestFile, { force: true });
rmSync(path.join(pageReads, 'inputs.json'), { force: true });
if (existsSync(out)) renameSync(out, previous);
renameSync(next, out);
mkdirSync(path.dirname(searchManifestFile), { recursive: true });
writeFileSync(searchManifestFile, JSON.stringify(searchManifest));
// The pages' record now describes the site in place: the next build compares with it.
rmSync(pageReads, { recursive: true, force: true });
renameSync(nextPageReads, pageReads);
writeInputs(pageReads, { ...inputs, out, stamp: siteStamp(out)! });
// What the timed rebuild (scripts/server/rebuild-if-due.ts) compares with next time.
writeLastBuild({ now, content: builtContent, commit: stamp.commit });
console.log(`\n网站已生成到 ${path.relative(projectDir, out) || '.'}/。`);

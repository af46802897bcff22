/**
 * Builds the search index over a finished site, as the last step of `npm run build` (scripts/build/build.ts).
 * It runs after Astro has exited, not in Astro's build:done hook: Astro's heap (the whole content
 * store) would otherwise sit beside Pagefind's, which holds every page it indexes.
 * A large archive is indexed in bundles (src/lib/search-bundles.ts), two Pagefind processes at a
 * time on a machine with two cores or more: Pagefind parses pages on several threads but compresses
 * its output (gzip at its best level, most of its time) on one, so two smaller processes finish
 * sooner than one large one in the same memory.
 * Each bundle's pages are hard-linked into a folder of their own so Pagefind reads them from disk
 * itself, faster than passing each page's HTML through its Node API.
 * Pagefind must index every page it is given: a site whose search silently misses pages is broken,
 * so any shortfall or failure fails the build.
 *   node scripts/build/search-index.ts <site folder>
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import {
  type BundleSource,
  bundleSize,
  DEFAULT_BUNDLE_PAGES,
  reusableBundles,
  splitIntoBundles,
} from '../../src/lib/search-bundles.ts';
import { writeSearchHints } from './search-hints.ts';
import { storeForBrotli } from './search-files.ts';

/** Pagefind's command, as `npx pagefind` runs it (the package exports no path to it). */
const PAGEFIND_LIB = path.dirname(fileURLToPath(import.meta.resolve('pagefind')));
const PAGEFIND = path.join(PAGEFIND_LIB, 'runner/bin.cjs');
const PAGEFIND_VERSION = (
  JSON.parse(readFileSync(path.join(PAGEFIND_LIB, '../package.json'), 'utf-8')) as { version: string }
).version;

/**
 * Indexes one folder with Pagefind's own command (faster than its Node API's addDirectory), checking
 * it exited cleanly and indexed every page it was given.
 */
export async function runPagefind(
  folder: string,
  outputPath: string,
  expected: number,
  signal?: AbortSignal,
): Promise<void> {
  // Chinese segmentation needs the pages' lang="zh-CN"; forcing the language keeps every page in
  // one index even if a page ever forgets it.
  const run = spawn(
    process.execPath,
    [PAGEFIND, '--site', folder, '--output-path', outputPath, '--force-language', 'zh-cn'],
    { stdio: ['ignore', 'pipe', 'pipe'], signal },
  );
  run.on('error', () => {}); // an abort: the build that asked for it says so
  let said = '';
  run.stdout.on('data', (chunk: Buffer) => (said += chunk.toString('utf-8')));
  run.stderr.on('data', (chunk: Buffer) => (said += chunk.toString('utf-8')));
  const status = await new Promise<number | null>((resolve) => run.on('close', resolve));
  const indexed = Number(/Indexed (\d+) pages?/.exec(said)?.[1] ?? -1);
  if (status !== 0 || indexed !== expected) {
    const tail = said.trim().split('\n').slice(-8).join('\n');
    throw new Error(
      `搜索索引生成失败：Pagefind 应索引 ${expected} 页，实际 ${indexed < 0 ? '没有完成' : `${indexed} 页`}（退出码 ${status}）。\n${tail}`,
    );
  }
}

const BODY_MARK = Buffer.from('data-pagefind-body');
const DATE_MARK = Buffer.from('data-pagefind-sort="date:');

interface IndexablePage {
  file: string;
  date?: string;
  /** of the page's HTML: an unchanged bundle keeps its index */
  hash: string;
}

/** The pages that ask to be indexed (data-pagefind-body), with the date they sort by. */
export function indexablePages(siteDir: string): IndexablePage[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf-8' })
    .filter((f) => f.endsWith('.html'))
    .flatMap((file) => {
      // Searched as bytes, not decoded: a large archive's pages as strings held hundreds of MB until GC.
      const html = readFileSync(path.join(siteDir, file));
      if (!html.includes(BODY_MARK)) return [];
      const at = html.indexOf(DATE_MARK);
      const date =
        at < 0 ? undefined : html.toString('utf-8', at + DATE_MARK.length, html.indexOf('"', at + DATE_MARK.length));
      return [{ file: file.split(path.sep).join('/'), date, hash: createHash('sha1').update(html).digest('base64') }];
    });
}

/** What a build indexed, kept beside Astro's caches for the next build. */
export interface SearchManifest {
  indexer: string;
  site: string;
  bundles: Record<string, BundleSource>;
  /** each page's fragment id per bundle, once an incremental build has needed them (search-changes.ts) */
  fragments?: Record<string, Record<string, string>>;
}
export const INDEXER = `pagefind ${PAGEFIND_VERSION} --force-language zh-cn`;

export function readSearchManifest(file: string): SearchManifest | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf-8')) as SearchManifest;
  } catch {
    return undefined;
  }
}

/** Links a bundle's pages into a folder of their own, for Pagefind to read from disk. */
export function stagePages(siteDir: string, folder: string, files: readonly string[]): void {
  for (const file of files) {
    const staged = path.join(folder, file);
    mkdirSync(path.dirname(staged), { recursive: true });
    linkSync(path.join(siteDir, file), staged);
  }
}

/** Pagefind processes at once: one per core, at most two (each holds a bundle's pages in memory). */
const SEARCH_PROCESSES = Math.min(2, availableParallelism());

/** Pages per bundle: XINFENG_SEARCH_BUNDLE_PAGES (tests split the small sample site), else the default. */
export function bundlePagesFromEnv(env: Record<string, string | undefined> = process.env): number {
  return Number(env.XINFENG_SEARCH_BUNDLE_PAGES) || DEFAULT_BUNDLE_PAGES;
}

export interface SearchIndexOptions {
  bundlePages?: number;
  /** Pagefind processes at once */
  processes?: number;
  /** the site as last published and what its search index was made from: unchanged bundles are copied */
  last?: { site: string; manifest: SearchManifest | undefined };
  /** stops every Pagefind process when the build is interrupted */
  signal?: AbortSignal;
}

/**
 * Indexes the site in siteDir, which will be published at `last.site`. Returns a line for the log and
 * the record to keep (once the site is in place) for the next build.
 */
export async function buildSearchIndex(
  siteDir: string,
  { bundlePages = DEFAULT_BUNDLE_PAGES, processes = SEARCH_PROCESSES, last, signal }: SearchIndexOptions = {},
): Promise<{ summary: string; manifest: SearchManifest; superseded: string[] }> {
  const started = performance.now();
  const pages = indexablePages(siteDir);
  const lastSite = last && path.resolve(last.site);
  // A new county's site before its first story: nothing to search, and the search page says so.
  if (pages.length === 0) {
    mkdirSync(path.join(siteDir, 'pagefind'), { recursive: true });
    writeFileSync(path.join(siteDir, 'pagefind', 'bundles.json'), '[]');
    return {
      manifest: { indexer: INDEXER, site: lastSite ?? path.resolve(siteDir), bundles: {} },
      superseded: [],
      summary: '[search] 还没有发布故事、公告、队伍或主题活动：没有可以搜索的页面，没有生成搜索索引。',
    };
  }
  const bundles = splitIntoBundles(pages, bundleSize(pages.length, bundlePages));
  const sources = Object.fromEntries(
    bundles.map((b) => [b.path, Object.fromEntries(b.pages.map((p) => [p.file, p.hash]))]),
  );
  const previous =
    last?.manifest?.indexer === INDEXER && last.manifest.site === lastSite ? last.manifest.bundles : undefined;
  const reusable = reusableBundles(sources, previous);
  const stage = path.join(path.dirname(siteDir), `.${path.basename(siteDir)}-search-stage`);
  // A failed bundle stops the ones still waiting (they reject too), not the ones running.
  const limit = pLimit({ concurrency: processes, rejectOnClear: true });
  let reused = 0;
  rmSync(stage, { recursive: true, force: true });
  try {
    const indexing = bundles.map((bundle, k) => {
      const target = path.join(siteDir, bundle.path);
      const before = lastSite && path.join(lastSite, bundle.path);
      if (reusable.has(bundle.path) && before && existsSync(path.join(before, 'pagefind.js'))) {
        cpSync(before, target, { recursive: true });
        reused++;
        return Promise.resolve();
      }
      return limit(async () => {
        const folder = path.join(stage, String(k));
        stagePages(
          siteDir,
          folder,
          bundle.pages.map((p) => p.file),
        );
        try {
          // One Pagefind process per bundle: its memory goes back when it exits.
          await runPagefind(folder, target, bundle.pages.length, signal);
        } catch (error) {
          limit.clearQueue();
          throw error;
        }
        rmSync(folder, { recursive: true, force: true });
      });
    });
    // Every process has finished before the staging folder goes, even when one has failed.
    const settled = await Promise.allSettled(indexing);
    // The first failure, not the waiting bundles' AbortError that it caused.
    const failed = settled.find(
      (s): s is PromiseRejectedResult =>
        s.status === 'rejected' && !(s.reason instanceof Error && s.reason.name === 'AbortError'),
    );
    if (failed) throw failed.reason;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  // Newest bundle first: the build writes the list into the search page (scripts/build/search-hints.ts); the
  // page in astro dev reads it here (src/scripts/bundled-pagefind.ts).
  writeFileSync(path.join(siteDir, 'pagefind', 'bundles.json'), JSON.stringify(bundles.map((b) => b.path)));
  const ms = performance.now() - started;
  const copied = reused > 0 ? `, ${reused} of them unchanged and copied from the last build` : '';
  const manifest = { indexer: INDEXER, site: lastSite ?? path.resolve(siteDir), bundles: sources };
  return {
    manifest,
    // A whole index replaces nothing: only an incremental build's changes bundle does (search-changes.ts).
    superseded: [],
    summary: `[search] Indexed ${pages.length} pages for search in ${bundles.length} bundle(s)${copied} in ${ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`}.`,
  };
}

if (import.meta.main) {
  const siteDir = path.resolve(process.argv[2] ?? 'dist');
  console.log((await buildSearchIndex(siteDir, { bundlePages: bundlePagesFromEnv() })).summary);
  writeSearchHints(siteDir);
  storeForBrotli(siteDir);
}

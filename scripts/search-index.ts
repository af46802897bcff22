/**
 * Builds the search index over a finished site, as the last step of `npm run build` (scripts/build.ts).
 * It runs after Astro has exited, not in Astro's build:done hook: Astro's heap (the whole content
 * store) would otherwise sit beside Pagefind's, which holds about 0.5 MB per Chinese page.
 * A large archive is indexed in bundles (src/lib/search-bundles.ts), one Pagefind service at a time;
 * each bundle's pages are hard-linked into a folder of their own so Pagefind reads them from disk
 * itself (about twice as fast as passing each page's HTML through its Node API's addHTMLFile).
 * Pagefind must index every page it is given: a site whose search silently misses pages is broken,
 * so any shortfall or failure fails the build.
 *   node scripts/search-index.ts <site folder>
 */
import { linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundlePath, DEFAULT_BUNDLE_PAGES, splitIntoBundles } from '../src/lib/search-bundles.ts';

/** Pagefind's command, as `npx pagefind` runs it (the package exports no path to it). */
const PAGEFIND = path.join(path.dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner/bin.cjs');

/**
 * Indexes one folder with Pagefind's own command (about a fifth faster than its Node API over the
 * same folder), checking it exited cleanly and indexed every page it was given.
 */
function runPagefind(folder: string, outputPath: string, expected: number): void {
  // Chinese segmentation needs the pages' lang="zh-CN"; forcing the language keeps every page in
  // one index even if a page ever forgets it.
  const run = spawnSync(process.execPath, [PAGEFIND, '--site', folder, '--output-path', outputPath, '--force-language', 'zh-cn'], { encoding: 'utf-8' });
  const indexed = Number(/Indexed (\d+) pages?/.exec(run.stdout ?? '')?.[1] ?? -1);
  if (run.status !== 0 || indexed !== expected) {
    const said = `${run.stdout ?? ''}\n${run.stderr ?? ''}`.trim().split('\n').slice(-8).join('\n');
    throw new Error(`搜索索引生成失败：Pagefind 应索引 ${expected} 页，实际 ${indexed < 0 ? '没有完成' : `${indexed} 页`}（退出码 ${run.status}）。\n${said}`);
  }
}

/** The pages that ask to be indexed (data-pagefind-body), with the date they sort by. */
export function indexablePages(siteDir: string): { file: string; date?: string }[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf-8' })
    .filter((f) => f.endsWith('.html'))
    .flatMap((file) => {
      // Only the file name and date are kept: the pages themselves stay on disk for Pagefind.
      const html = readFileSync(path.join(siteDir, file), 'utf-8');
      if (!html.includes('data-pagefind-body')) return [];
      return [{ file: file.split(path.sep).join('/'), date: /data-pagefind-sort="date:([^"]+)"/.exec(html)?.[1] }];
    });
}

export function buildSearchIndex(siteDir: string, bundlePages = DEFAULT_BUNDLE_PAGES): string {
  const started = performance.now();
  const pages = indexablePages(siteDir);
  if (pages.length === 0) throw new Error('搜索索引生成失败：没有找到可索引的页面（data-pagefind-body）');
  const bundles = splitIntoBundles(pages, bundlePages);
  const stage = path.join(path.dirname(siteDir), `.${path.basename(siteDir)}-search-stage`);
  try {
    for (const [k, bundle] of bundles.entries()) {
      rmSync(stage, { recursive: true, force: true });
      for (const page of bundle) {
        const target = path.join(stage, page.file);
        mkdirSync(path.dirname(target), { recursive: true });
        linkSync(path.join(siteDir, page.file), target);
      }
      // One Pagefind process per bundle: its memory goes back when it exits.
      runPagefind(stage, path.join(siteDir, bundlePath(k)), bundle.length);
    }
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  writeFileSync(path.join(siteDir, 'pagefind', 'bundles.json'), JSON.stringify(bundles.map((_, k) => bundlePath(k))));
  const ms = performance.now() - started;
  return `[search] Indexed ${pages.length} pages for search in ${bundles.length} bundle(s) in ${ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`}.`;
}

if (import.meta.main) {
  const siteDir = path.resolve(process.argv[2] ?? 'dist');
  console.log(buildSearchIndex(siteDir, Number(process.env.XINFENG_SEARCH_BUNDLE_PAGES) || DEFAULT_BUNDLE_PAGES));
}

/**
 * Builds the search index over a finished site, as the last step of `npm run build` (scripts/build.ts).
 * It runs after Astro has exited, not in Astro's build:done hook: Astro's heap (the whole content
 * store) would otherwise sit beside Pagefind's, which holds about 0.5 MB per Chinese page.
 * A large archive is indexed in bundles (src/lib/search-bundles.ts), one Pagefind service at a time;
 * each bundle's pages are hard-linked into a folder of their own so Pagefind reads them from disk
 * itself (addDirectory: about twice as fast as passing each page's HTML through the Node API).
 * Every response is checked and the service is always closed: a site whose search silently finds
 * nothing is broken, so any failure fails the build.
 *   node scripts/search-index.ts <site folder>
 */
import { linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { bundlePath, DEFAULT_BUNDLE_PAGES, splitIntoBundles } from '../src/lib/search-bundles.ts';

interface PagefindResponse {
  errors: string[];
}

function check<T extends PagefindResponse>(response: T, step: string): T {
  if (response.errors.length > 0) throw new Error(`搜索索引生成失败（${step}）：${response.errors.join('；')}`);
  return response;
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

export async function buildSearchIndex(siteDir: string, bundlePages = DEFAULT_BUNDLE_PAGES): Promise<string> {
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
      try {
        // Chinese segmentation needs the pages' lang="zh-CN"; forcing the language keeps every page
        // in one index even if a page ever forgets it.
        const { index } = check(await pagefind.createIndex({ forceLanguage: 'zh-cn' }), 'createIndex');
        if (!index) throw new Error('搜索索引生成失败：Pagefind 没有返回索引');
        const added = check(await index.addDirectory({ path: stage }), 'addDirectory');
        if (added.page_count !== bundle.length) throw new Error(`搜索索引生成失败：应索引 ${bundle.length} 页，Pagefind 只索引了 ${added.page_count} 页`);
        check(await index.writeFiles({ outputPath: path.join(siteDir, bundlePath(k)) }), 'writeFiles');
      } finally {
        // A fresh Pagefind service per bundle: its memory goes back when it closes.
        await pagefind.close();
      }
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
  console.log(await buildSearchIndex(siteDir, Number(process.env.XINFENG_SEARCH_BUNDLE_PAGES) || DEFAULT_BUNDLE_PAGES));
}

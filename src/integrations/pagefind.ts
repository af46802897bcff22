/**
 * Builds the search index at the end of every build with Pagefind's Node API (Starlight's
 * integrations/pagefind.ts is the model): every response is checked, the service is always closed,
 * and a failure fails the build, because a site whose search silently finds nothing is broken.
 * A large archive is indexed in bundles (src/lib/search-bundles.ts) to bound Pagefind's memory.
 * In `astro dev` it serves the index of the last build, so search can be tried while editing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { bundlePath, DEFAULT_BUNDLE_PAGES, splitIntoBundles } from '../lib/search-bundles.ts';

interface PagefindResponse {
  errors: string[];
}

function check<T extends PagefindResponse>(response: T, step: string, logger: AstroIntegrationLogger): T {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(`Pagefind ${step}: ${error}`);
    throw new Error(`搜索索引生成失败（${step}）：${response.errors.join('；')}`);
  }
  return response;
}

/** The pages that ask to be indexed (data-pagefind-body), with the date they sort by. */
function indexablePages(outDir: string) {
  return readdirSync(outDir, { recursive: true, encoding: 'utf-8' })
    .filter((f) => f.endsWith('.html'))
    .flatMap((file) => {
      const html = readFileSync(path.join(outDir, file), 'utf-8');
      if (!html.includes('data-pagefind-body')) return [];
      return [{ file: file.split(path.sep).join('/'), html, date: /data-pagefind-sort="date:([^"]+)"/.exec(html)?.[1] }];
    });
}

export async function buildSearchIndex(outDir: string, logger: AstroIntegrationLogger, bundlePages = DEFAULT_BUNDLE_PAGES): Promise<number> {
  const started = performance.now();
  const pages = indexablePages(outDir);
  if (pages.length === 0) throw new Error('搜索索引生成失败：没有找到可索引的页面（data-pagefind-body）');
  const bundles = splitIntoBundles(pages, bundlePages);
  for (const [k, bundle] of bundles.entries()) {
    try {
      // Chinese segmentation needs the pages' lang="zh-CN"; forcing the language keeps every page in
      // one index even if a page ever forgets it.
      const { index } = check(await pagefind.createIndex({ forceLanguage: 'zh-cn' }), 'createIndex', logger);
      if (!index) throw new Error('搜索索引生成失败：Pagefind 没有返回索引');
      for (const page of bundle) check(await index.addHTMLFile({ sourcePath: page.file, content: page.html }), `addHTMLFile ${page.file}`, logger);
      check(await index.writeFiles({ outputPath: path.join(outDir, bundlePath(k)) }), 'writeFiles', logger);
    } finally {
      // A fresh Pagefind service per bundle: its memory goes back when it closes.
      await pagefind.close();
    }
  }
  writeFileSync(path.join(outDir, 'pagefind', 'bundles.json'), JSON.stringify(bundles.map((_, k) => bundlePath(k))));
  const ms = performance.now() - started;
  logger.info(`Indexed ${pages.length} pages for search in ${bundles.length} bundle(s) in ${ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`}.`);
  return pages.length;
}

export default function pagefindIntegration(): AstroIntegration {
  let outDir = '';
  return {
    name: 'xinfeng-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (req, res, next) => {
          const match = /^\/pagefind(-\d+)?\//.exec(req.url ?? '');
          if (!match) return next();
          const file = path.join(outDir, decodeURIComponent(req.url!.split('?')[0]!));
          if (!file.startsWith(outDir) || !existsSync(file)) return next();
          res.setHeader('Content-Type', file.endsWith('.js') ? 'text/javascript; charset=utf-8' : file.endsWith('.json') ? 'application/json' : file.endsWith('.css') ? 'text/css' : 'application/octet-stream');
          res.end(await readFile(file));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const size = Number(process.env.XINFENG_SEARCH_BUNDLE_PAGES) || DEFAULT_BUNDLE_PAGES;
        await buildSearchIndex(fileURLToPath(dir), logger, size);
      },
    },
  };
}

/**
 * Builds the search index at the end of every build with Pagefind's Node API (Starlight's
 * integrations/pagefind.ts is the model): every response is checked, the service is always closed,
 * and a failure fails the build, because a site whose search silently finds nothing is broken.
 * In `astro dev` it serves the index of the last build, so search can be tried while editing.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

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

export async function buildSearchIndex(outDir: string, logger: AstroIntegrationLogger): Promise<number> {
  const started = performance.now();
  try {
    // Chinese segmentation needs the pages' lang="zh-CN"; forcing the language keeps every page in
    // one index even if a page ever forgets it.
    const { index } = check(await pagefind.createIndex({ forceLanguage: 'zh-cn' }), 'createIndex', logger);
    if (!index) throw new Error('搜索索引生成失败：Pagefind 没有返回索引');
    const { page_count } = check(await index.addDirectory({ path: outDir }), 'addDirectory', logger);
    if (page_count === 0) throw new Error('搜索索引生成失败：没有找到可索引的页面（data-pagefind-body）');
    check(await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') }), 'writeFiles', logger);
    const ms = performance.now() - started;
    logger.info(`Indexed ${page_count} pages for search in ${ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`}.`);
    return page_count;
  } finally {
    await pagefind.close();
  }
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
          if (!req.url?.startsWith('/pagefind/')) return next();
          const file = path.join(outDir, decodeURIComponent(req.url.split('?')[0]!));
          if (!file.startsWith(path.join(outDir, 'pagefind')) || !existsSync(file)) return next();
          res.setHeader('Content-Type', file.endsWith('.js') ? 'text/javascript; charset=utf-8' : file.endsWith('.css') ? 'text/css' : 'application/octet-stream');
          res.end(await readFile(file));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}

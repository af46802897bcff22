// @ts-check
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import contentStoreFromDisk from './src/integrations/content-store-from-disk.ts';
import decapAssets from './src/integrations/decap-assets.ts';
import siteFiles from './src/integrations/site-files.ts';
import keptPagesInSitemap from './src/integrations/kept-pages-in-sitemap.ts';
import { cacheFolder } from './src/lib/cache-folder.ts';
import { contentRoot } from './src/lib/content-root.ts';
import { siteMarkdown } from './src/markdown/pipeline.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/csp.ts';
import yaml from 'js-yaml';

// The site's address lives with the county's other facts in content/site.yaml, so staff edit one file.
const siteFacts = /** @type {{ baseUrl?: string }} */ (
  yaml.load(readFileSync(path.resolve(contentRoot(), 'site.yaml'), 'utf-8'), { schema: yaml.CORE_SCHEMA })
);

/** @type {string[]} */
const keptPages = [];

export default defineConfig({
  site: siteFacts?.baseUrl ?? 'https://example.org/',
  // Tests build into their own folders so they never touch the dist/ a person is previewing.
  outDir: process.env.XINFENG_OUT_DIR || './dist',
  cacheDir: cacheFolder(),
  trailingSlash: 'ignore',
  // Several pages at once: while one waits on the disk another renders.
  build: { format: 'directory', concurrency: 4 },
  // Two stories with the same folder name would fight over one address: stop instead of warning.
  prerenderConflictBehavior: 'error',
  devToolbar: { enabled: false },
  // npm run build asks for warnings and errors only: a line per page and image buried what mattered.
  ...(process.env.XINFENG_ASTRO_LOG_LEVEL
    ? { logger: { entrypoint: 'astro/logger/node', config: { level: process.env.XINFENG_ASTRO_LOG_LEVEL } } }
    : {}),
  // A strict Content-Security-Policy in every page (src/lib/csp.ts says what and why).
  security: {
    csp: { directives: [...CSP_DIRECTIVES], scriptDirective: SCRIPT_SOURCES, styleDirective: STYLE_SOURCES },
  },
  // Editors with Astro's extension complete and check front matter from the content schemas.
  experimental: { contentIntellisense: true },
  // The search index is built by scripts/build/build.ts once Astro has finished; here it is served in dev.
  integrations: [
    // An incremental build's kept pages join the sitemap here, before the sitemap is written.
    keptPagesInSitemap(keptPages),
    // The web editor (/admin/) is for staff: not in the sitemap.
    sitemap({ customPages: keptPages, filter: (page) => !new URL(page).pathname.startsWith('/admin/') }),
    pagefind(),
    contentStoreFromDisk(),
    decapAssets(),
    siteFiles(),
  ],
  markdown: {
    // Entries are Markdown only: the site's blocks are directives, never code (src/markdown/).
    processor: satteri(siteMarkdown),
    // Highlighted code would carry inline styles that the Content-Security-Policy refuses.
    syntaxHighlight: false,
  },
  image: {
    // Photos in story bodies get a srcset of sizes too, not one full-size file.
    layout: 'constrained',
    responsiveStyles: true,
  },
  server: { host: '127.0.0.1', port: 4321 },
  vite: {
    // Outputs, benchmark corpora and test scratch copies are not sources: watching their hundreds of
    // thousands of files exhausted the system's watchers and `npm run dev` never came up.
    server: { watch: { ignored: ['**/dist/**', '**/.dist-*/**', '**/.bench/**', '**/.test-*/**'] } },
  },
});

/**
 * An incremental build (src/data/page-reads.ts) renders only the pages an edit changed, and Astro hands
 * the sitemap integration only the pages it rendered. This adds the pages the build kept to the
 * sitemap's `customPages` (the array given to it in astro.config.mjs), before its own hook runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';

export default function keptPagesInSitemap(customPages: string[]): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'xinfeng-kept-pages-in-sitemap',
    hooks: {
      'astro:build:done': () => {
        const recordDir = process.env.XINFENG_PAGE_READS?.trim();
        const keptFile = recordDir && path.join(recordDir, 'kept.jsonl');
        if (!keptFile || !existsSync(keptFile) || !site) return;
        for (const line of readFileSync(keptFile, 'utf-8').split('\n').filter(Boolean)) {
          const { url } = JSON.parse(line) as { url: string };
          if (url.endsWith('/')) customPages.push(new URL(url, site).href);
        }
      },
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
    },
  };
}

/**
 * An incremental build (src/data/page-reads.ts) renders only the pages an edit changed, and Astro hands
 * the sitemap integration only the pages it rendered. This adds the pages the build kept to the
 * sitemap's `customPages` (the array given to it in astro.config.mjs), before its own hook runs.
 */
import type { AstroIntegration } from 'astro';
import { readKeptPages } from '../lib/kept-pages.ts';

export default function keptPagesInSitemap(customPages: string[]): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'xinfeng-kept-pages-in-sitemap',
    hooks: {
      'astro:build:done': () => {
        const recordDir = process.env.XINFENG_PAGE_READS?.trim();
        if (!recordDir || !site) return;
        for (const { url } of readKeptPages(recordDir)) {
          if (url.endsWith('/')) customPages.push(new URL(url, site).href);
        }
      },
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
    },
  };
}

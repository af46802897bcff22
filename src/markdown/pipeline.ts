/**
 * How an entry's Markdown becomes HTML, for the site (astro.config.mjs) and for `npm run check`, which
 * parses it the same way: Astro's default processor, Sätteri, with the site's directives, raw HTML
 * parsed into elements and held to the allow-list, and footnotes in Chinese.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { keepAllowed } from './allow-list-plugin.ts';
import { siteDirectives } from './directives.ts';

export const MARKDOWN_FEATURES = {
  directive: true,
  rawHtml: true,
  gfm: { footnotes: { label: '注释', backLabel: '返回正文第 {reference} 处' } },
} satisfies SatteriProcessorOptions['features'];

export const siteMarkdown: SatteriProcessorOptions = {
  features: MARKDOWN_FEATURES,
  mdastPlugins: [siteDirectives],
  hastPlugins: [keepAllowed],
};

// @ts-check
// The province hub (issue 29): the same engine in another mode, its pages in src/hub/, its data the
// county copies npm run hub:fetch keeps (hub/ or XINFENG_HUB_DIR). Built by npm run hub:build.
import { defineConfig } from 'astro/config';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/csp.ts';

export default defineConfig({
  site: process.env.XINFENG_HUB_URL || 'https://hub.example.org/',
  srcDir: './src/hub',
  // Not the county site's public/ (the web editor, its files): the hub serves its own pages only.
  publicDir: './src/hub/public',
  outDir: process.env.XINFENG_OUT_DIR || './dist-hub',
  cacheDir: './node_modules/.astro-hub',
  build: { format: 'directory' },
  prerenderConflictBehavior: 'error',
  devToolbar: { enabled: false },
  security: {
    csp: { directives: [...CSP_DIRECTIVES], scriptDirective: SCRIPT_SOURCES, styleDirective: STYLE_SOURCES },
  },
});

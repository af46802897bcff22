/**
 * Decap CMS's own files for the web editor at /admin/: its prebuilt bundle (decap-cms.js) and the
 * pieces it loads on demand (NNNN.decap-cms.js), taken from the pinned npm package and served by the
 * site itself, never from a CDN. Copied into the built site; served from node_modules in `astro dev`.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ADMIN_PATH } from '../lib/csp.ts';

/** The bundle and its chunks; the package's second copy (cms.js) and source maps stay behind. */
const DECAP_FILE = /^(?:\d+\.)?decap-cms\.js$/;

function decapDist(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('decap-cms/dist/decap-cms.js'));
}

function decapFiles(): string[] {
  return readdirSync(decapDist()).filter((name) => DECAP_FILE.test(name));
}

export default function decapAssets(): AstroIntegration {
  return {
    name: 'xinfeng-decap-assets',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (req, res, next) => {
          const urlPath = (req.url ?? '').split('?')[0]!;
          // The built site answers /admin/ with admin/index.html (a file the page's endpoint writes).
          if (urlPath === ADMIN_PATH) req.url = `${ADMIN_PATH}index.html`;
          if (!urlPath.startsWith(ADMIN_PATH)) return next();
          const name = urlPath.slice(ADMIN_PATH.length);
          if (!DECAP_FILE.test(name)) return next();
          const file = path.join(decapDist(), name);
          if (!existsSync(file)) return next();
          res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          res.end(await readFile(file));
        });
      },
      'astro:build:done': ({ dir }) => {
        const target = path.join(fileURLToPath(dir), ADMIN_PATH);
        mkdirSync(target, { recursive: true });
        for (const name of decapFiles()) copyFileSync(path.join(decapDist(), name), path.join(target, name));
      },
    },
  };
}

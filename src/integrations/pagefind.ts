/**
 * The search index in `astro dev`: it serves the index of the last `npm run build`, so search can
 * be tried while editing. The index itself is built by scripts/build/search-index.ts once Astro has
 * finished and exited (see there for why).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentTypeFor } from '../lib/content-types.ts';
import { isBundleFolder } from '../lib/search-bundles.ts';

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
          const urlPath = (req.url ?? '').split('?')[0]!;
          const [, folder, ...inside] = urlPath.split('/');
          if (!isBundleFolder(folder) || inside.length === 0) return next();
          const file = path.join(outDir, decodeURIComponent(urlPath));
          if (!file.startsWith(outDir) || !existsSync(file)) return next();
          res.setHeader('Content-Type', contentTypeFor(file) ?? 'application/octet-stream');
          res.end(await readFile(file));
        });
      },
    },
  };
}

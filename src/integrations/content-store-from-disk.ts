/**
 * Lets a static build read Astro's content store from disk when pages render, instead of bundling it.
 * Astro 7 inlines the whole store (every entry's rendered HTML) into the server bundle as one string
 * literal, which for a large archive is a module of tens of megabytes that Vite must transform and
 * Node compile again (docs/performance.md). The store is already on disk in the cache folder (Astro writes it before
 * bundling and waits for the write), and a static build renders on this same machine right after,
 * so the bundled module only needs to read it there. The loaded value is the same either way.
 * `astro dev` is untouched: there Astro watches the store and reloads it on edits.
 * Depends on Astro's internal module id, checked by every page test (astro is pinned exactly).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const STORE_MODULE = '\0astro:data-layer-content';

export default function contentStoreFromDisk(): AstroIntegration {
  return {
    name: 'xinfeng-content-store-from-disk',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'xinfeng-content-store-from-disk',
                load: {
                  // Before Astro's own loader of the same module.
                  order: 'pre',
                  filter: { id: new RegExp(`^${STORE_MODULE}$`) },
                  handler: () => ({
                    code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf-8'));`,
                    // Astro marks the store module as content data for its incremental builds.
                    meta: { astroIncremental: { kind: 'content-data' } },
                  }),
                },
              },
            ],
          },
        });
      },
    },
  };
}

/**
 * Bundles the editor's script (main.ts) with esbuild, the bundler Astro itself carries: one classic
 * script, so that it runs before Decap CMS and can ask it to wait (CMS_MANUAL_INIT).
 */
import path from 'node:path';
import { build } from 'esbuild';

// From the project folder: this module runs from Astro's build output, not from src/.
const ENTRY = path.resolve(process.cwd(), 'src/admin/main.ts');

export async function bundleEditorScript(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    define: { 'process.env.NODE_ENV': '"production"' },
    // The CSV reader's and writer's own browser builds (their default ones lean on Node's Buffer).
    alias: { 'csv-parse/sync': 'csv-parse/browser/esm/sync', 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' },
  });
  return result.outputFiles[0]!.text;
}

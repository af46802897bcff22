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
  });
  return result.outputFiles[0]!.text;
}

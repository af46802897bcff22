/**
 * The site's own files, kept with its content in content/files/ (attachments, filing badges), served
 * as they are at /files/: copied into the built site, and served from the folder in `astro dev`
 * (by sirv, as Vite serves public/). They live with the content, not in public/, so that everything
 * a county writes is in one folder that engine upgrades never touch (docs/architecture.md).
 */
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import type { AstroIntegration } from 'astro';
import { siteFilesRoot } from '../lib/content-root.ts';

/** Where the files are served. */
const FILES_PATH = '/files';

export default function siteFiles(): AstroIntegration {
  const folder = path.resolve(siteFilesRoot());
  return {
    name: 'xinfeng-site-files',
    hooks: {
      'astro:server:setup': ({ server }) => {
        if (existsSync(folder)) server.middlewares.use(FILES_PATH, sirv(folder, { dev: true }));
      },
      'astro:build:done': ({ dir }) => {
        if (existsSync(folder)) cpSync(folder, path.join(fileURLToPath(dir), FILES_PATH), { recursive: true });
      },
    },
  };
}

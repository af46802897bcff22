/**
 * Where the site's content lives. A county's own site keeps it in content/ (everything in that folder is
 * the county's, and engine upgrades never touch it: docs/architecture.md, "A county's site"); the engine's
 * own repository has none and builds the sample site in sample/. Tests point a build at a copy (a broken
 * entry, a scheduled post) through XINFENG_CONTENT_DIR.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The folder of the sample site, shipped with the engine for its tests and its demo. */
export const SAMPLE_FOLDER = 'sample';

export function contentRoot(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  const dir =
    env.XINFENG_CONTENT_DIR?.trim() || (existsSync(path.join(cwd, 'content')) ? './content' : `./${SAMPLE_FOLDER}`);
  return dir.endsWith('/') ? dir : `${dir}/`;
}

/** The site's own files (attachments, filing badges), served as they are at /files/. */
export function siteFilesRoot(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  return `${contentRoot(env, cwd)}files/`;
}

/**
 * What `npm run build` builds in a folder: a province hub where the folder registers counties
 * (hub/registry.yaml, or XINFENG_HUB_DIR names a hub folder) and holds no county content of its own;
 * otherwise a county's site (its content/, or the sample).
 */
export function buildsHub(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): boolean {
  if (env.XINFENG_HUB_DIR?.trim()) return true;
  return existsSync(path.join(cwd, 'hub', 'registry.yaml')) && !existsSync(path.join(cwd, 'content'));
}

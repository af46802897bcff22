/**
 * Where staff content lives. Tests point a build at a copy (a broken entry, a scheduled post) through
 * XINFENG_CONTENT_DIR; everyone else uses the top-level content/ folder.
 */
export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  const dir = env.XINFENG_CONTENT_DIR?.trim() || './content';
  return dir.endsWith('/') ? dir : `${dir}/`;
}

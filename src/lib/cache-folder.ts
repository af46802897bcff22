/**
 * Where builds keep what they can reuse next time (Astro's content store and resized images, the
 * search index's record of its bundles). Tests and the benchmark give each site its own through
 * XINFENG_CACHE_DIR.
 */
export function cacheFolder(env: Record<string, string | undefined> = process.env): string {
  return env.XINFENG_CACHE_DIR?.trim() || './node_modules/.astro';
}

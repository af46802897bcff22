/**
 * The search index in bundles: Pagefind holds every page it indexes in memory (about 0.5 MB per
 * Chinese page), so a large archive is indexed a bundle at a time, newest pages first, and the search
 * page queries every bundle and merges what they find.
 */

/** Pages per bundle: one bundle for a county's archive; several for a province's. */
export const DEFAULT_BUNDLE_PAGES = 2500;

/** Where bundle k lives: /pagefind/ first (as Pagefind's own tools expect), then /pagefind-2/, … */
export function bundlePath(k: number): string {
  return k === 0 ? '/pagefind/' : `/pagefind-${k + 1}/`;
}

/** Newest first, undated pages last, then by file, so bundles are date ranges and builds repeat. */
export function splitIntoBundles<T extends { file: string; date?: string }>(pages: readonly T[], size: number): T[][] {
  const sorted = [...pages].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.file.localeCompare(b.file));
  const bundles: T[][] = [];
  for (let i = 0; i < sorted.length; i += size) bundles.push(sorted.slice(i, i + size));
  return bundles;
}

export type FilterCounts = Record<string, Record<string, number>>;

export function mergeFilterCounts(all: readonly FilterCounts[]): FilterCounts {
  const merged: FilterCounts = {};
  for (const counts of all) {
    for (const [group, values] of Object.entries(counts)) {
      const target = (merged[group] ??= {});
      for (const [value, n] of Object.entries(values)) target[value] = (target[value] ?? 0) + n;
    }
  }
  return merged;
}

/**
 * One list from every bundle's results: by score for relevance; for newest first, bundle by bundle,
 * since bundles are date ranges (newest first) and each bundle already sorts its own by date.
 */
export function mergeResults<R extends { score: number }>(perBundle: readonly R[][], sort: 'relevance' | 'newest'): R[] {
  if (sort === 'newest') return perBundle.flat();
  return perBundle.flat().sort((a, b) => b.score - a.score);
}

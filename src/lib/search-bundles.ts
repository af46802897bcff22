/**
 * The search index in bundles: Pagefind holds every page it indexes in memory, so a large archive is
 * indexed a bundle at a time, and the search page queries every bundle and merges what they find.
 */

/**
 * Pages per bundle in a large archive: small enough that two bundles are indexed at once within the
 * build's memory budget (scripts/search-index.ts). Each bundle costs a reader's first search its own
 * pagefind.js, worker and WebAssembly, hence bundleSize. The numbers behind both are in README, Scale.
 */
export const DEFAULT_BUNDLE_PAGES = 1250;

/**
 * The bundle size for an index of `pages` pages: one bundle up to twice `size` (a county's archive
 * of a few thousand pages, whose readers then load one bundle), `size` beyond (a province's).
 */
export function bundleSize(pages: number, size: number = DEFAULT_BUNDLE_PAGES): number {
  return pages <= 2 * size ? Math.max(pages, 1) : size;
}

/** Where bundle k (counted from the oldest) lives: /pagefind/ first, as Pagefind's own tools expect. */
export function bundlePath(k: number): string {
  return k === 0 ? '/pagefind/' : `/pagefind-${k + 1}/`;
}

/** Whether a top-level folder of the site (or first segment of a URL path) is a bundle of the index. */
export function isBundleFolder(name: string | undefined): boolean {
  return /^pagefind(-[1-9]\d*)?$/.test(name ?? '');
}

export interface Bundle<T> {
  /** where the bundle is served; stays the same while its pages do */
  path: string;
  pages: T[];
}

/**
 * Date ranges of `size` pages, returned newest first. They are filled from the oldest end (undated
 * pages count as oldest) so that a new story changes only the newest bundle and every older
 * bundle keeps its pages and its path, which lets a rebuild reuse their index.
 */
export function splitIntoBundles<T extends { file: string; date?: string }>(
  pages: readonly T[],
  size: number,
): Bundle<T>[] {
  const oldestFirst = [...pages].sort(
    (a, b) => (a.date ?? '').localeCompare(b.date ?? '') || b.file.localeCompare(a.file),
  );
  const bundles: Bundle<T>[] = [];
  for (let i = 0, k = 0; i < oldestFirst.length; i += size, k++) {
    bundles.push({ path: bundlePath(k), pages: oldestFirst.slice(i, i + size).reverse() });
  }
  return bundles.reverse();
}

/** What a built bundle was made from: each page's file and a hash of its HTML. */
export type BundleSource = Record<string, string>;

/**
 * The bundles whose index from the last build can be reused as it is: the same path made from
 * exactly the same pages, byte for byte (the caller makes sure the indexer is the same too).
 */
export function reusableBundles(
  now: Record<string, BundleSource>,
  last: Record<string, BundleSource> | undefined,
): Set<string> {
  const same = (a: BundleSource, b: BundleSource) =>
    Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([file, hash]) => b[file] === hash);
  return new Set(Object.keys(now).filter((path) => last?.[path] !== undefined && same(now[path]!, last[path]!)));
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
export function mergeResults<R extends { score: number }>(
  perBundle: readonly R[][],
  sort: 'relevance' | 'newest',
): R[] {
  if (sort === 'newest') return perBundle.flat();
  return perBundle.flat().sort((a, b) => b.score - a.score);
}

/**
 * The search index in bundles: Pagefind holds every page it indexes in memory, so a large archive is
 * indexed a bundle at a time, and the search page merges them into one Pagefind (its mergeIndex).
 */
import type { IndexChunk } from './index-chunks.ts';

/**
 * Pages per bundle in a large archive: small enough that two bundles are indexed at once within the
 * build's memory budget (scripts/build/search-index.ts). Each bundle costs a reader's first search an index
 * chunk of its own for every word (about 25 KB), hence bundleSize, and as few bundles as memory allows.
 * The numbers behind both are in docs/performance.md.
 */
export const DEFAULT_BUNDLE_PAGES = 1500;

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

/**
 * Where an incremental build indexes the pages changed since the last full index
 * (scripts/build/search-changes.ts): listed first, on top of the full index's bundles.
 */
export const CHANGES_BUNDLE = '/pagefind-changes/';

/** Whether a top-level folder of the site (or first segment of a URL path) is a bundle of the index. */
export function isBundleFolder(name: string | undefined): boolean {
  return /^pagefind(-[1-9]\d*|-changes)?$/.test(name ?? '');
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

/**
 * The filter Pagefind adds to every page of bundle k (its place in the search page's list, newest
 * first) when the bundles are merged into one instance (its mergeFilter option): it lets one bundle be
 * searched on its own. Not one a reader sees.
 */
export const BUNDLE_FILTER = 'bundle';
export const bundleFilter = (k: number): Record<typeof BUNDLE_FILTER, string> => ({ [BUNDLE_FILTER]: String(k) });

/** Pagefind's search options, as the search page passes them (pagefindOptions). */
export interface SearchOptions {
  filters: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/**
 * The searches that give one search's results in order across `count` merged bundles. By relevance,
 * the one search: Pagefind orders a merged index's results by score. Sorted by date, Pagefind still
 * orders them by score, which is then a page's place within its own bundle, so pages of different
 * bundles interleave; since bundles are date ranges, newest first is each bundle's own results
 * searched on its own, newest bundle first, one list after another.
 */
export function searchesInOrder<O extends SearchOptions>(options: O, count: number): O[] {
  if (!options.sort || count < 2) return [options];
  return Array.from({ length: count }, (_, k) => ({ ...options, filters: { ...options.filters, ...bundleFilter(k) } }));
}

/** A bundle as the search page lists it (src/lib/search-hints.ts writes the list). */
export interface ListedBundle {
  /** where the bundle is served, e.g. /pagefind-2/ */
  path: string;
  /**
   * The hash of the bundle's language index: it names the bundle's metadata file and changes with
   * its pages, so it also tags the entry file's URL (Pagefind's metaCacheTag), which a preload can
   * then name exactly (without it Pagefind adds the current time to that URL).
   */
  tag: string;
  /** its word index's chunks: the first word of each and the hash naming its file */
  chunks: readonly IndexChunk[];
  /**
   * Pages of the other bundles that this one replaces (edited since, or gone), by the id Pagefind
   * gives each result: the search page drops them (only the changes bundle has any).
   */
  drop?: readonly string[];
}

/** Where the search page keeps the list: on its inline script, which reads it first. */
export const BUNDLES_SELECTOR = 'script[data-bundles]';

/** The bundles the search page lists, or undefined where it lists none (the page in `astro dev`). */
export function readBundles(attribute: string | undefined): ListedBundle[] | undefined {
  if (!attribute) return undefined;
  const parsed = JSON.parse(attribute) as unknown;
  if (!Array.isArray(parsed) || parsed.length === 0) return undefined;
  return parsed.filter(
    (b): b is ListedBundle => typeof b?.path === 'string' && typeof b?.tag === 'string' && Array.isArray(b?.chunks),
  );
}

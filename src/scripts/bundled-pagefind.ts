/**
 * Every bundle of the search index as one Pagefind: the newest bundle's pagefind.js and WebAssembly,
 * the other bundles merged into it (mergeIndex), so a reader's phone loads the script and the
 * WebAssembly once whatever the number of bundles. The build lists the bundles in the page
 * (src/lib/search-hints.ts); the page in `astro dev` asks /pagefind/bundles.json instead.
 */
import {
  bundleFilter,
  BUNDLES_SELECTOR,
  readBundles,
  searchesInOrder,
  type ListedBundle,
  type SearchOptions,
} from '../lib/search-bundles.ts';

export interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
}
export interface PagefindResult {
  /** the page's fragment, which names it within its bundle */
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
export type FilterCounts = Record<string, Record<string, number>>;
/** Pagefind's createInstance (pagefind.js), as far as this uses it. */
interface PagefindInstance {
  init(): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(query: string | null, options: SearchOptions): Promise<{ results: PagefindResult[] } | null>;
}
async function listedBundles(): Promise<ListedBundle[]> {
  const listed = readBundles(document.querySelector<HTMLElement>(BUNDLES_SELECTOR)?.dataset.bundles);
  if (listed) return listed;
  const paths = await fetch('/pagefind/bundles.json')
    .then((r) => (r.ok ? (r.json() as Promise<string[]>) : ['/pagefind/']))
    .catch(() => ['/pagefind/']);
  return paths.map((path) => ({ path, tag: '', chunks: [] }));
}

export class BundledPagefind {
  #pagefind: PagefindInstance | undefined;
  #count = 0;
  #searchId = 0;
  /** pages of the full index that the changes bundle replaces, or that are gone */
  #dropped = new Set<string>();

  async init(options: Record<string, unknown>): Promise<void> {
    const bundles = await listedBundles();
    const [first, ...rest] = bundles;
    // Fetches the files the page's <head> announced, under the same URLs (metaCacheTag). No worker: a
    // worker's requests cannot use the page's preloads, and the index is small enough for the page.
    const tagged = (b: ListedBundle, k: number) => ({
      ...(b.tag ? { metaCacheTag: b.tag } : {}),
      ...(bundles.length > 1 ? { mergeFilter: bundleFilter(k) } : {}),
    });
    // A URL import keeps the index out of the site's own bundle.
    const { createInstance } = (await import(/* @vite-ignore */ `${first!.path}pagefind.js`)) as {
      createInstance(options: Record<string, unknown>): PagefindInstance;
    };
    const pagefind = createInstance({ ...options, ...tagged(first!, 0), noWorker: true });
    await pagefind.init();
    await Promise.all(rest.map((b, i) => pagefind.mergeIndex(b.path, { ...options, ...tagged(b, i + 1) })));
    this.#pagefind = pagefind;
    this.#count = bundles.length;
    this.#dropped = new Set(bundles.flatMap((b) => b.drop ?? []));
  }

  async filters(): Promise<FilterCounts> {
    return this.#pagefind!.filters();
  }

  async search(query: string | null, options: SearchOptions): Promise<PagefindResult[]> {
    const found = await Promise.all(searchesInOrder(options, this.#count).map((o) => this.#pagefind!.search(query, o)));
    // A page both in the changes bundle and, unchanged, in the full index is one result.
    const seen = new Set<string>();
    return found
      .flatMap((f) => f?.results ?? [])
      .filter((r) => !this.#dropped.has(r.id) && !seen.has(r.id) && seen.add(r.id));
  }

  /** The search after the reader stops typing for `ms`, or null when a newer one replaced it. */
  async debouncedSearch(query: string | null, options: SearchOptions, ms: number): Promise<PagefindResult[] | null> {
    const id = ++this.#searchId;
    await new Promise((r) => setTimeout(r, ms));
    if (id !== this.#searchId) return null;
    const results = await this.search(query, options);
    return id === this.#searchId ? results : null;
  }
}

/**
 * Every bundle of the search index as one: loads /pagefind/bundles.json, imports each bundle's own
 * pagefind.js (each URL is its own module, so its own index), and merges filters and results
 * (src/lib/search-bundles.ts). One bundle, the common case, behaves exactly like Pagefind itself.
 */
import { mergeFilterCounts, mergeResults, type FilterCounts } from '../lib/search-bundles.ts';

export interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
}
export interface PagefindResult {
  score: number;
  data(): Promise<ResultData>;
}
interface Pagefind {
  init(): Promise<void>;
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(query: string | null, options: Record<string, unknown>): Promise<{ results: PagefindResult[] }>;
}

export class BundledPagefind {
  #bundles: Pagefind[] = [];
  #searchId = 0;

  async init(options: Record<string, unknown>): Promise<void> {
    const paths = await fetch('/pagefind/bundles.json')
      .then((r) => (r.ok ? (r.json() as Promise<string[]>) : ['/pagefind/']))
      .catch(() => ['/pagefind/']);
    // A URL import keeps the index out of the site's own bundle.
    this.#bundles = await Promise.all(
      paths.map((p) => import(/* @vite-ignore */ `${p}pagefind.js`) as Promise<Pagefind>),
    );
    await Promise.all(this.#bundles.map(async (b) => (await b.options(options), await b.init())));
  }

  async filters(): Promise<FilterCounts> {
    return mergeFilterCounts(await Promise.all(this.#bundles.map((b) => b.filters())));
  }

  async search(query: string | null, options: Record<string, unknown>): Promise<PagefindResult[]> {
    const found = await Promise.all(this.#bundles.map((b) => b.search(query, options)));
    return mergeResults(
      found.map((f) => f?.results ?? []),
      options.sort ? 'newest' : 'relevance',
    );
  }

  /** The search after the reader stops typing for `ms`, or null when a newer one replaced it. */
  async debouncedSearch(
    query: string | null,
    options: Record<string, unknown>,
    ms: number,
  ): Promise<PagefindResult[] | null> {
    const id = ++this.#searchId;
    await new Promise((r) => setTimeout(r, ms));
    if (id !== this.#searchId) return null;
    const results = await this.search(query, options);
    return id === this.#searchId ? results : null;
  }
}

/**
 * What an incremental build's search index holds (scripts/build/search-changes.ts): the pages that
 * differ from the last full index's copies go into a small changes bundle, and the full index's copies
 * of those and of deleted pages are dropped from the search page's results.
 */
import type { BundleSource } from './search-bundles.ts';

/** The last full index as the build cache records it (scripts/build/search-index.ts). */
interface IndexedBundles {
  bundles: Record<string, BundleSource>;
  /** each page's fragment id in the bundle that holds it */
  fragments?: Record<string, Record<string, string>>;
}

/** Beyond this many changed pages, the whole index is made again instead (a bundle that large is no longer small). */
export const changesLimit = (pages: number) => Math.max(100, Math.ceil(pages / 10));

interface ChangesPlan {
  /** pages to index in the changes bundle: new, or different from the full index's copy */
  changed: string[];
  /** fragment ids in the full index the search page must not show */
  superseded: string[];
  /** pages of the full index to hide whose fragment id is not known: the plan cannot be used */
  unknown: string[];
}

/** What the changes bundle must hold, given the pages now and the full index. */
export function planChanges(pages: Record<string, string>, indexed: IndexedBundles): ChangesPlan {
  const inIndex = new Map<string, { bundle: string; hash: string }>();
  for (const [bundle, source] of Object.entries(indexed.bundles)) {
    for (const [file, hash] of Object.entries(source)) inIndex.set(file, { bundle, hash });
  }
  const changed = Object.keys(pages)
    .filter((file) => inIndex.get(file)?.hash !== pages[file])
    .sort();
  const gone = [...inIndex.keys()].filter((file) => pages[file] === undefined);
  const superseded: string[] = [];
  const unknown: string[] = [];
  for (const file of [...changed, ...gone]) {
    const at = inIndex.get(file);
    if (!at) continue; // a new page: nothing older to hide
    const id = indexed.fragments?.[at.bundle]?.[file];
    if (id) superseded.push(id);
    else unknown.push(file);
  }
  return { changed, superseded: superseded.sort(), unknown };
}

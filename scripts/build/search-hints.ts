/**
 * After the search index is built: writes the bundles, the files Pagefind loads first and each
 * bundle's chunk ranges into the search page (src/lib/search-hints.ts), read from each bundle's own
 * pagefind-entry.json and metadata file.
 *   part of npm run build; node scripts/build/search-index.ts <site folder> runs it too
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { decode } from 'cborg';
import type { IndexChunk } from '../../src/lib/index-chunks.ts';
import { inflated } from './search-files.ts';
import { indexBundle, languageIndex, withSearchHints, type PagefindEntry } from '../../src/lib/search-hints.ts';

/** The search page, relative to the site folder. */
const SEARCH_PAGE = 'search/index.html';
/** What Pagefind puts before its data once decompressed. */
const SIGNATURE = 'pagefind_dcd';

/**
 * The chunks of a bundle's word index, from its metadata file: Pagefind's signature, then CBOR
 * [version, pages, [[first word, last word, hash] …], filters, sorts, …].
 */
export function metaChunks(file: string): IndexChunk[] {
  const data = inflated(readFileSync(file));
  if (data.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) {
    throw new Error(`搜索索引文件 ${file} 不是 Pagefind 的格式，无法读取它的分块`);
  }
  const [, , chunks] = decode(data.subarray(SIGNATURE.length)) as [unknown, unknown, [string, string, string][]];
  return chunks.map(([from, , hash]) => [from, hash] as const);
}

/** `superseded`: the full index's pages the changes bundle replaces (scripts/build/search-changes.ts). */
export function writeSearchHints(siteDir: string, superseded: readonly string[] = []): void {
  const paths = JSON.parse(readFileSync(path.join(siteDir, 'pagefind', 'bundles.json'), 'utf-8')) as string[];
  // No index (nothing published yet): the search page has no search to hint at.
  if (paths.length === 0) return;
  const bundles = paths.map((p) => {
    const entry = JSON.parse(readFileSync(path.join(siteDir, p, 'pagefind-entry.json'), 'utf-8')) as PagefindEntry;
    const meta = path.join(siteDir, p, `pagefind.${languageIndex(p, entry).hash}.pf_meta`);
    return indexBundle(p, entry, metaChunks(meta));
  });
  if (superseded.length > 0) bundles[0] = { ...bundles[0]!, drop: superseded };
  const page = path.join(siteDir, SEARCH_PAGE);
  writeFileSync(page, withSearchHints(readFileSync(page, 'utf-8'), bundles));
}

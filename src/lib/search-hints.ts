/**
 * What the search page learns at build time about the index, so a reader's phone does not discover it
 * one round trip after another: the bundles (no bundles.json to fetch first), the files Pagefind will
 * ask for before it can search, announced in the page's <head> so they download together with the
 * page's own script, and the ranges of each bundle's word index, from which a small inline script
 * fetches the chunks the opening query needs (src/lib/index-chunks.ts).
 */
import { POLICY_META, withScriptHash } from './csp.ts';
import { earlyChunksScript, type IndexChunk } from './index-chunks.ts';
import type { ListedBundle } from './search-bundles.ts';

/** Pagefind's pagefind-entry.json, as far as the search page needs it. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

/** One bundle of the index as the build reads it: what the page lists, and its WebAssembly. */
export interface IndexBundle extends ListedBundle {
  /** the WebAssembly Pagefind loads for the bundle's language */
  wasm: string;
}

/** The language the site is indexed in (scripts/build/search-index.ts forces it). */
const INDEX_LANGUAGE = 'zh-cn';

/** The language index's hash and WebAssembly, from the bundle's entry file. */
export function languageIndex(path: string, entry: PagefindEntry): { hash: string; wasm: string } {
  const language = entry.languages[INDEX_LANGUAGE];
  if (!language) throw new Error(`搜索索引 ${path} 没有 ${INDEX_LANGUAGE} 语言的部分`);
  return { hash: language.hash, wasm: `wasm.${language.wasm ?? 'unknown'}.pagefind` };
}

export function indexBundle(path: string, entry: PagefindEntry, chunks: IndexChunk[]): IndexBundle {
  const { hash, wasm } = languageIndex(path, entry);
  return { path, tag: hash, wasm, chunks };
}

const entryUrl = (b: ListedBundle) => `${b.path}pagefind-entry.json?ts=${b.tag}`;
const metaUrl = (b: ListedBundle) => `${b.path}pagefind.${b.tag}.pf_meta`;

/**
 * The <link>s for the search page's <head>, bundles newest first: the first bundle's Pagefind script
 * and WebAssembly (one for every bundle: the others are merged into it), then each bundle's entry and
 * metadata. `crossorigin` makes each preload match the fetch() that will use it.
 */
export function searchHints(bundles: readonly IndexBundle[]): string {
  const [first] = bundles;
  if (!first) return '';
  const fetched = (href: string) => `<link rel="preload" href="${href}" as="fetch" crossorigin>`;
  return [
    `<link rel="modulepreload" href="${first.path}pagefind.js">`,
    fetched(`${first.path}${first.wasm}`),
    ...bundles.flatMap((b) => [fetched(entryUrl(b)), fetched(metaUrl(b))]),
  ].join('');
}

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

const MODULE_SCRIPT = /<script type="module" src="([^"]+)"/g;

/**
 * The search page's HTML with its hints, and its inline script carrying the bundle list, written into
 * its <head> right after its policy: before the stylesheet, which a script would otherwise wait for.
 * The page's own module script is announced there too, and marked async, so it runs as soon as it
 * arrives rather than after the page is laid out (src/scripts/site-search.ts waits for the parser
 * before it touches the page). The inline script is allowed by its hash. Throws where the page has no
 * place for them (a search page that silently lost them would still work, more slowly).
 */
export function withSearchHints(html: string, bundles: readonly IndexBundle[]): string {
  if (!html.includes('<site-search')) {
    throw new Error('搜索页（search/index.html）里找不到 <site-search>，无法写入搜索索引的位置');
  }
  const script = earlyChunksScript();
  const listed: ListedBundle[] = bundles.map(({ path, tag, chunks, drop }) => ({
    path,
    tag,
    chunks,
    ...(drop?.length ? { drop } : {}),
  }));
  const ownScripts = [...html.matchAll(MODULE_SCRIPT)].map((m) => `<link rel="modulepreload" href="${m[1]}">`);
  const head = `${ownScripts.join('')}${searchHints(bundles)}<script data-bundles="${escapeAttribute(JSON.stringify(listed))}">${script}</script>`;
  return withScriptHash(html, script)
    .replace(POLICY_META, (meta) => `${meta}${head}`)
    .replace(MODULE_SCRIPT, (tag) => tag.replace('<script type="module"', '<script type="module" async'));
}

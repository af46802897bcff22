/**
 * Which chunks of the word index Pagefind will fetch for the search a page opens with, worked out in
 * the page's <head> before Pagefind's WebAssembly has arrived, so they download beside it instead of
 * one round trip after it. Pagefind's own rules, from its pagefind.js and pagefind_web (1.6): the
 * query is split the way the browser splits Chinese into words, punctuation dropped and letters
 * lowercased; each word lives in the chunk whose range starts at or before it, ranges ordered by code
 * point (Rust compares UTF-8 bytes). A wrong guess costs one wasted download, never a wrong result:
 * Pagefind fetches what it needs itself, and takes a preloaded response for the same URL.
 */
/** A chunk of a bundle's word index: the first word it holds and the hash that names its file. */
export type IndexChunk = readonly [from: string, hash: string];
export interface ChunkedBundle {
  path: string;
  chunks: readonly IndexChunk[];
}

/**
 * The URLs of the chunks `query` needs in each bundle. Self-contained (no names from outside it),
 * since the search page runs its source as an inline script (earlyChunksScript).
 */
export function queryChunkUrls(bundles: readonly ChunkedBundle[], query: string): string[] {
  const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const graphemes = new Intl.Segmenter('zh-CN', { granularity: 'grapheme' });
  // Pagefind's own test for punctuation to drop (connector punctuation such as "_" is kept).
  const punctuation = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u;
  const terms: string[] = [];
  for (const { segment } of words.segment(query)) {
    let term = '';
    for (const { segment: g } of graphemes.segment(segment)) if (!punctuation.test(g)) term += g.toLocaleLowerCase();
    term = term.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
    if (/[\u3099\u309A]/.test(term)) term = term.normalize('NFC');
    for (const t of term.split(/\s+/)) if (t) terms.push(t);
  }
  const byCodePoint = (a: string, b: string) => {
    const x = [...a];
    const y = [...b];
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
      if (d !== 0) return d;
    }
    return x.length - y.length;
  };
  const urls = new Set<string>();
  for (const bundle of bundles) {
    for (const term of terms) {
      let hash: string | undefined;
      for (const [from, h] of bundle.chunks) {
        if (byCodePoint(from, term) > 0) break;
        hash = h;
      }
      if (hash) urls.add(`${bundle.path}index/${hash}.pf_index`);
    }
  }
  return [...urls];
}

/**
 * The search page's inline script: reads the bundles from its own data-bundles attribute and the
 * query from the address, and preloads the chunks (crossorigin, to match Pagefind's fetch).
 */
export function earlyChunksScript(): string {
  return `(function(){var s=document.currentScript,q=new URLSearchParams(location.search).get('q');if(!q||!window.Intl||!Intl.Segmenter)return;setTimeout(function(){try{(${queryChunkUrls.toString()})(JSON.parse(s.dataset.bundles),q).forEach(function(u){var l=document.createElement('link');l.rel='preload';l.as='fetch';l.crossOrigin='anonymous';l.href=u;document.head.appendChild(l)})}catch(e){}})})()`;
}

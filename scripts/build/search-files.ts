/**
 * Stores the search index's WebAssembly and metadata files uncompressed, so that the Brotli copies
 * npm run build makes of them (scripts/build/precompress.ts) are sent instead of Pagefind's own gzip: about
 * a sixth smaller for the WebAssembly and a quarter for the metadata, and inflated by the browser, not
 * by Pagefind's script on a slow phone's main thread. Pagefind reads either form (its files start with
 * a signature once inflated). Its index chunks and fragments stay gzip: Brotli's best quality, the
 * only one that beats their gzip, would take minutes over a large archive's thousands of them.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isBundleFolder } from '../../src/lib/search-bundles.ts';

const STORED = /^(?:wasm\.[^/]+\.pagefind|pagefind\.[^/]+\.pf_meta)$/;
const GZIP = Buffer.from([0x1f, 0x8b]);

/** A Pagefind file's bytes as Pagefind reads them once inflated (stored gzip or not). */
export function inflated(bytes: Buffer): Buffer {
  return bytes.subarray(0, 2).equals(GZIP) ? gunzipSync(bytes) : bytes;
}

/** Returns how many files it stored uncompressed. */
export function storeForBrotli(siteDir: string): number {
  let stored = 0;
  for (const folder of readdirSync(siteDir).filter(isBundleFolder)) {
    for (const name of readdirSync(path.join(siteDir, folder)).filter((n) => STORED.test(n))) {
      const file = path.join(siteDir, folder, name);
      const bytes = readFileSync(file);
      if (!bytes.subarray(0, 2).equals(GZIP)) continue; // copied from the last build, already stored so
      writeFileSync(file, gunzipSync(bytes));
      stored++;
    }
  }
  return stored;
}

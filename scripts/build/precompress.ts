/**
 * Writes a Brotli (.br) and a gzip (.gz) copy beside every text file of a built site, for nginx to
 * send as they are (brotli_static, gzip_static) instead of compressing each request. Both are
 * byte-reproducible (zlib writes no time or name into them). A file whose
 * bytes equal the same file in the previous site keeps the previous site's copies: after one story is
 * edited, only the pages that changed are compressed again.
 */
import { copyFile, link, open, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import pLimit from 'p-limit';

/** What a browser can be sent compressed: text, scripts, feeds, calendars, vector images… */
const TEXT = /\.(?:html?|css|m?js|json|xml|ics|opml|svg|txt|csv|vtt|webmanifest)$/i;
/** …and the search index's WebAssembly and metadata, which the build stores uncompressed for this. */
const SEARCH_BINARY = /\.(?:pagefind|pf_meta)$/;
/** Smaller than this, the headers cost more than compression saves. */
const MIN_BYTES = 1024;
/** A copy that saves less than this share is not worth a second file. */
const MIN_SAVING = 0.1;
/**
 * Brotli's best quality for pages, feeds and the site's own scripts; one step less above this size,
 * where the best costs seconds per file (the web editor's 5 MB bundle: 8.6 s against 0.5 s, for a copy
 * 10 % larger).
 */
const BEST_QUALITY_UP_TO = 256 * 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export interface Precompressed {
  compressed: number;
  reused: number;
  /** seconds */
  seconds: number;
}

async function sameBytes(a: Buffer, file: string): Promise<boolean> {
  try {
    const handle = await open(file, 'r');
    try {
      if ((await handle.stat()).size !== a.length) return false;
      return a.equals(await handle.readFile());
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

/** Whether two paths are one file (a hard link), which then has the same bytes. */
async function sameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([stat(a), stat(b).catch(() => undefined)]);
  return y !== undefined && x.ino === y.ino && x.dev === y.dev;
}

async function exists(file: string): Promise<boolean> {
  return open(file, 'r').then(
    (h) => h.close().then(() => true),
    () => false,
  );
}

export async function precompress(siteDir: string, previousDir?: string): Promise<Precompressed> {
  const started = performance.now();
  const files = (await readdir(siteDir, { recursive: true, encoding: 'utf-8' })).filter(
    (f) => TEXT.test(f) || SEARCH_BINARY.test(f),
  );
  let compressed = 0;
  let reused = 0;
  // zlib works in Node's thread pool: a few at a time keep both cores busy without holding every page.
  const limit = pLimit(8);
  await Promise.all(
    files.map((file) =>
      limit(async () => {
        const source = path.join(siteDir, file);
        const before = previousDir ? path.join(previousDir, file) : undefined;
        // A page an incremental build kept is a hard link to the published one: the same file, unread.
        const linked = before !== undefined && (await sameFile(source, before));
        const bytes = linked ? undefined : await readFile(source);
        if ((bytes?.length ?? (await stat(source)).size) < MIN_BYTES) return;
        if (before && (linked || (await sameBytes(bytes!, before)))) {
          const copies = ['.br', '.gz'].map((ext) => [`${before}${ext}`, `${source}${ext}`] as const);
          const kept = await Promise.all(copies.map(([from]) => exists(from)));
          // Neither copy: a site built before these existed, so compress anew.
          if (kept.some(Boolean)) {
            // Hard links, not copies: thousands of unchanged pages a rebuild, and no copy is ever
            // written in place. Where a link cannot be made (another file system), a copy.
            await Promise.all(
              copies.filter((_, i) => kept[i]).map(([from, to]) => link(from, to).catch(() => copyFile(from, to))),
            );
            reused++;
            return;
          }
        }
        const data = bytes ?? (await readFile(source));
        const [br, gz] = await Promise.all([
          brotli(data, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: data.length <= BEST_QUALITY_UP_TO ? constants.BROTLI_MAX_QUALITY : 9,
              [constants.BROTLI_PARAM_MODE]: TEXT.test(file)
                ? constants.BROTLI_MODE_TEXT
                : constants.BROTLI_MODE_GENERIC,
              [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
            },
          }),
          gzipAsync(data, { level: constants.Z_BEST_COMPRESSION }),
        ]);
        const worth = (copy: Buffer) => copy.length <= data.length * (1 - MIN_SAVING);
        await Promise.all([
          worth(br) ? writeFile(`${source}.br`, br) : undefined,
          worth(gz) ? writeFile(`${source}.gz`, gz) : undefined,
        ]);
        compressed++;
      }),
    ),
  );
  return { compressed, reused, seconds: (performance.now() - started) / 1000 };
}

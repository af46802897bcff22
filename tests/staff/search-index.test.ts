/**
 * The search index step of `npm run build` (scripts/build/search-index.ts) on small hand-made sites: every
 * bundle is indexed by its own Pagefind process, two at a time, and a bundle Pagefind indexes short
 * fails the build instead of publishing a search that misses pages.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../scripts/build/search-index.ts';
import { storeForBrotli } from '../../scripts/build/search-files.ts';
import { metaChunks } from '../../scripts/build/search-hints.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A site of story pages, one a day from 1 March 2026; `hollow` pages carry the mark only as text. */
function site(count: number, hollow: number[] = []): string {
  const root = mkdtempSync(path.join(tmpdir(), 'xinfeng-search-'));
  made.push(root);
  const dir = path.join(root, 'site');
  for (let i = 0; i < count; i++) {
    const day = `2026-03-${String(i + 1).padStart(2, '0')}T09:00:00+08:00`;
    const body = hollow.includes(i)
      ? `<main><p>模板写错了：data-pagefind-body 只出现在文字里。第${i}篇</p></main>`
      : `<main data-pagefind-body><span hidden data-pagefind-sort="date:${day}"></span><h1>第${i}篇</h1><p>志愿者在社区包饺子，编号${i}。</p></main>`;
    mkdirSync(path.join(dir, 'stories', `gushi-${i}`), { recursive: true });
    writeFileSync(
      path.join(dir, 'stories', `gushi-${i}`, 'index.html'),
      `<!doctype html><html lang="zh-CN"><head><title>第${i}篇</title></head><body>${body}</body></html>`,
    );
  }
  mkdirSync(path.join(dir, 'pagefind'));
  return dir;
}

describe('search index step', () => {
  it('indexes every bundle with two Pagefind processes allowed at once, and lists them newest first', async () => {
    const dir = site(7);
    const { summary, manifest } = await buildSearchIndex(dir, { bundlePages: 2, processes: 2 });
    expect(summary).toMatch(/Indexed 7 pages for search in 4 bundle\(s\)/);
    const bundles = JSON.parse(readFileSync(path.join(dir, 'pagefind/bundles.json'), 'utf-8')) as string[];
    expect(bundles).toEqual(['/pagefind-4/', '/pagefind-3/', '/pagefind-2/', '/pagefind/']);
    for (const bundle of bundles) {
      const entry = JSON.parse(readFileSync(path.join(dir, bundle, 'pagefind-entry.json'), 'utf-8')) as {
        languages: Record<string, { page_count: number }>;
      };
      expect(entry.languages['zh-cn']?.page_count).toBe(Object.keys(manifest.bundles[bundle]!).length);
    }
    // The newest story is alone in the newest bundle; the oldest two share /pagefind/.
    expect(Object.keys(manifest.bundles['/pagefind-4/']!)).toEqual(['stories/gushi-6/index.html']);
    expect(Object.keys(manifest.bundles['/pagefind/']!).sort()).toEqual([
      'stories/gushi-0/index.html',
      'stories/gushi-1/index.html',
    ]);
    expect(readdirSync(path.dirname(dir))).toEqual(['site']);
  });

  it('stores each bundle’s WebAssembly and metadata inflated for Brotli, and reads its chunk ranges', async () => {
    const dir = site(5);
    await buildSearchIndex(dir, { bundlePages: 2, processes: 2 });
    // Three bundles: a WebAssembly and a metadata file each.
    expect(storeForBrotli(dir)).toBe(6);
    expect(storeForBrotli(dir)).toBe(0); // already stored so, as when copied from the last build
    for (const bundle of ['pagefind', 'pagefind-2', 'pagefind-3']) {
      const files = readdirSync(path.join(dir, bundle));
      const meta = files.find((f) => f.endsWith('.pf_meta'))!;
      for (const stored of [meta, files.find((f) => f.startsWith('wasm.'))!]) {
        expect(
          readFileSync(path.join(dir, bundle, stored))
            .subarray(0, 12)
            .toString(),
          stored,
        ).toBe('pagefind_dcd');
      }
      const chunks = metaChunks(path.join(dir, bundle, meta));
      expect(chunks.length).toBeGreaterThan(0);
      const written = readdirSync(path.join(dir, bundle, 'index'));
      for (const [from, hash] of chunks) {
        expect(typeof from).toBe('string');
        expect(written).toContain(`${hash}.pf_index`);
      }
    }
  });

  it('fails, naming the shortfall, when Pagefind indexes fewer pages than a bundle has', async () => {
    const dir = site(6, [3]);
    const failure = buildSearchIndex(dir, { bundlePages: 2, processes: 2 });
    await expect(failure).rejects.toThrow(/搜索索引生成失败：Pagefind 应索引 2 页，实际 1 页/);
    // No staging folder is left behind, and no list of bundles claims an index that is not whole.
    expect(readdirSync(path.dirname(dir))).toEqual(['site']);
    expect(existsSync(path.join(dir, 'pagefind/bundles.json'))).toBe(false);
  });
});

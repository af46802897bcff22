import { describe, expect, it } from 'vitest';
import {
  bundlePath,
  bundleSize,
  isBundleFolder,
  mergeFilterCounts,
  mergeResults,
  reusableBundles,
  splitIntoBundles,
} from '../../src/lib/search-bundles';

describe('search bundles', () => {
  const pages = [
    { file: 'a', date: '2025-01-01' },
    { file: 'b' },
    { file: 'c', date: '2026-03-01' },
    { file: 'd', date: '2026-01-01' },
    { file: 'e', date: '2024-06-01' },
  ];
  const files = (bundles: { path: string; pages: { file: string }[] }[]) =>
    bundles.map((b) => [b.path, b.pages.map((p) => p.file)]);
  it('splits pages into date ranges, newest first, filled from the oldest with undated pages oldest', () => {
    expect(files(splitIntoBundles(pages, 2))).toEqual([
      ['/pagefind-3/', ['c']],
      ['/pagefind-2/', ['d', 'a']],
      ['/pagefind/', ['e', 'b']],
    ]);
    expect(files(splitIntoBundles(pages, 10))).toEqual([['/pagefind/', ['c', 'd', 'a', 'e', 'b']]]);
  });
  it('keeps every older bundle as it was when a new story arrives', () => {
    const before = splitIntoBundles(pages, 2);
    const after = splitIntoBundles([...pages, { file: 'f', date: '2026-11-01' }], 2);
    expect(files(after).slice(1)).toEqual(files(before).slice(1));
    expect(files(after)[0]).toEqual(['/pagefind-3/', ['f', 'c']]);
  });
  it('keeps a county archive in one bundle, so its readers load one, and splits a province archive', () => {
    expect(bundleSize(300)).toBe(300);
    expect(bundleSize(2500)).toBe(2500);
    expect(bundleSize(2501)).toBe(1250);
    expect(bundleSize(20000)).toBe(1250);
    expect(bundleSize(0)).toBe(1);
    expect(splitIntoBundles(pages, bundleSize(pages.length, 2))).toHaveLength(3);
  });

  it('tells the folders of the index bundles from the rest of the site', () => {
    expect(['pagefind', 'pagefind-2', 'pagefind-12'].every(isBundleFolder)).toBe(true);
    expect(['pagefind-0', 'pagefind-x', 'pagefinder', 'stories', undefined].some(isBundleFolder)).toBe(false);
  });

  it('names the oldest bundle /pagefind/ and the rest after it', () => {
    expect([0, 1, 2].map(bundlePath)).toEqual(['/pagefind/', '/pagefind-2/', '/pagefind-3/']);
  });
  it('reuses a bundle only when the same pages are byte for byte the same', () => {
    const last = { '/pagefind/': { 'a.html': 'h1', 'b.html': 'h2' }, '/pagefind-2/': { 'c.html': 'h3' } };
    expect(
      reusableBundles({ '/pagefind/': { 'a.html': 'h1', 'b.html': 'h2' }, '/pagefind-2/': { 'c.html': 'h3x' } }, last),
    ).toEqual(new Set(['/pagefind/']));
    expect(
      reusableBundles({ '/pagefind/': { 'a.html': 'h1' }, '/pagefind-2/': { 'c.html': 'h3', 'd.html': 'h4' } }, last),
    ).toEqual(new Set());
    expect(reusableBundles({ '/pagefind/': { 'a.html': 'h1', 'b.html': 'h2' } }, undefined)).toEqual(new Set());
  });
  it('adds up filter counts from every bundle', () => {
    expect(mergeFilterCounts([{ 类型: { 故事: 3 } }, { 类型: { 故事: 2, 公告: 1 }, 年份: { '2025': 5 } }])).toEqual({
      类型: { 故事: 5, 公告: 1 },
      年份: { '2025': 5 },
    });
  });
  it('merges by score for relevance and bundle by bundle for newest first', () => {
    const r = (id: string, score: number) => ({ id, score });
    const perBundle = [[r('new1', 1), r('new2', 5)], [r('old1', 9)]];
    expect(mergeResults(perBundle, 'relevance').map((x) => x.id)).toEqual(['old1', 'new2', 'new1']);
    expect(mergeResults(perBundle, 'newest').map((x) => x.id)).toEqual(['new1', 'new2', 'old1']);
  });
});

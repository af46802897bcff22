import { describe, expect, it } from 'vitest';
import {
  bundlePath,
  bundleSize,
  isBundleFolder,
  reusableBundles,
  searchesInOrder,
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
    // 2,500 stories and the site's other pages: one bundle, one index chunk a word for a reader.
    expect(bundleSize(2520)).toBe(2520);
    expect(bundleSize(3000)).toBe(3000);
    expect(bundleSize(3001)).toBe(1500);
    expect(bundleSize(20000)).toBe(1500);
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
  it('searches once by relevance, and bundle by bundle (newest first) when sorted by date', () => {
    const relevance = { filters: { 类型: { any: ['故事'] } } };
    expect(searchesInOrder(relevance, 3)).toEqual([relevance]);
    const newest = { filters: { 类型: { any: ['故事'] } }, sort: { date: 'desc' as const } };
    expect(searchesInOrder(newest, 1)).toEqual([newest]);
    expect(searchesInOrder(newest, 3).map((o) => o.filters)).toEqual([
      { 类型: { any: ['故事'] }, bundle: '0' },
      { 类型: { any: ['故事'] }, bundle: '1' },
      { 类型: { any: ['故事'] }, bundle: '2' },
    ]);
    expect(searchesInOrder(newest, 3).every((o) => o.sort.date === 'desc')).toBe(true);
  });
});

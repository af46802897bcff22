import { describe, expect, it } from 'vitest';
import { bundlePath, mergeFilterCounts, mergeResults, splitIntoBundles } from '../../src/lib/search-bundles';

describe('search bundles', () => {
  it('splits pages newest first into date ranges, undated last', () => {
    const pages = [
      { file: 'a', date: '2025-01-01' },
      { file: 'b' },
      { file: 'c', date: '2026-03-01' },
      { file: 'd', date: '2026-01-01' },
    ];
    expect(splitIntoBundles(pages, 2).map((b) => b.map((p) => p.file))).toEqual([['c', 'd'], ['a', 'b']]);
  });
  it('names the first bundle /pagefind/ and the rest after it', () => {
    expect([0, 1, 2].map(bundlePath)).toEqual(['/pagefind/', '/pagefind-2/', '/pagefind-3/']);
  });
  it('adds up filter counts from every bundle', () => {
    expect(mergeFilterCounts([{ 类型: { 故事: 3 } }, { 类型: { 故事: 2, 公告: 1 }, 年份: { '2025': 5 } }])).toEqual({ 类型: { 故事: 5, 公告: 1 }, 年份: { '2025': 5 } });
  });
  it('merges by score for relevance and bundle by bundle for newest first', () => {
    const r = (id: string, score: number) => ({ id, score });
    const perBundle = [[r('new1', 1), r('new2', 5)], [r('old1', 9)]];
    expect(mergeResults(perBundle, 'relevance').map((x) => x.id)).toEqual(['old1', 'new2', 'new1']);
    expect(mergeResults(perBundle, 'newest').map((x) => x.id)).toEqual(['new1', 'new2', 'old1']);
  });
});

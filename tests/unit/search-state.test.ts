import { describe, expect, it } from 'vitest';
import { pagefindOptions, readSearchState, writeSearchState } from '../../src/lib/search-filters';
import {
  matchesEveryWord,
  promoteTitleMatches,
  rankChecked,
  resultsToCheck,
  settledFirstPage,
} from '../../src/lib/search-ranking';

describe('search state in the address bar', () => {
  it('reads the query, filters and sort from ?q=…', () => {
    const state = readSearchState(
      new URLSearchParams('q=%E7%95%99%E5%AE%88&类型=故事&类型=公告&年份=2026&sort=newest&unknown=x'),
    );
    expect(state).toEqual({ query: '留守', filters: { 类型: ['故事', '公告'], 年份: ['2026'] }, sort: 'newest' });
  });
  it('writes it back so the same search opens from a shared link', () => {
    const state = { query: '敬老', filters: { 服务领域: ['助老助残'] }, sort: 'relevance' as const };
    expect(readSearchState(new URLSearchParams(writeSearchState(state)))).toEqual(state);
    expect(readSearchState(new URLSearchParams('主题活动=金晖助老行动')).filters).toEqual({
      主题活动: ['金晖助老行动'],
    });
    expect(writeSearchState({ query: '', filters: {}, sort: 'relevance' })).toBe('');
  });
  it('asks Pagefind for any value within a group and every group at once', () => {
    expect(
      pagefindOptions({ query: 'x', filters: { 类型: ['故事', '公告'], 年份: ['2026'] }, sort: 'newest' }),
    ).toEqual({
      filters: { 类型: { any: ['故事', '公告'] }, 年份: { any: ['2026'] } },
      sort: { date: 'desc' },
    });
  });
});

describe('promoteTitleMatches', () => {
  const r = (title: string) => ({ meta: { title } });
  it('puts pages whose title contains the whole query first, keeping the order otherwise', () => {
    const results = [r('阳光助残行动'), r('一把扳手修好 30 辆轮椅'), r('巨野县阳光助残志愿服务队'), r('全国助残日')];
    expect(promoteTitleMatches(results, '阳光助残志愿服务队').map((x) => x.meta.title)).toEqual([
      '巨野县阳光助残志愿服务队',
      '阳光助残行动',
      '一把扳手修好 30 辆轮椅',
      '全国助残日',
    ]);
  });
  it('ignores quotes and spaces in query and title', () => {
    expect(promoteTitleMatches([r('其他'), r('巨野县“金晖”助老志愿服务队')], '"金晖 助老"')[0]!.meta.title).toBe(
      '巨野县“金晖”助老志愿服务队',
    );
  });
});

describe('matchesEveryWord', () => {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const story = '流动维修站开进了章缝镇，志愿者们一上午修好了 30 辆轮椅和助行器。';
  it('keeps a result that holds every word of a Chinese query', () => {
    expect(matchesEveryWord(story, '轮椅 维修', segmenter)).toBe(true);
    expect(matchesEveryWord(story, '"流动维修站"', segmenter)).toBe(true);
  });
  it('drops one that only shares a character or a word of it', () => {
    expect(matchesEveryWord(story, '火星探测器', segmenter)).toBe(false);
    expect(matchesEveryWord(story, '"维修流动站"', segmenter)).toBe(false);
  });
  it('leaves queries without Chinese to Pagefind', () => {
    expect(matchesEveryWord(story, 'xyz', segmenter)).toBe(true);
  });
});

describe('resultsToCheck', () => {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  it('loads the first twenty for one word, which every result holds', () => {
    expect(resultsToCheck('轮椅', segmenter)).toBe(20);
    expect(resultsToCheck('"流动维修站"', segmenter)).toBe(20);
    expect(resultsToCheck('', segmenter)).toBe(20);
  });
  it('checks a hundred when the query has several words, which a result may not all hold', () => {
    expect(resultsToCheck('留守儿童', segmenter)).toBe(100);
    expect(resultsToCheck('轮椅 维修', segmenter)).toBe(100);
    // The browser splits it in two (志愿 者): a page may hold 志愿 without 者.
    expect(resultsToCheck('志愿者', segmenter)).toBe(100);
  });
});

describe('settledFirstPage', () => {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const r = (title: string, content = '') => ({ meta: { title }, content });
  // What the page shows once every checked result has loaded.
  const fullFirstPage = (all: ReturnType<typeof r>[], query: string, sort: 'relevance' | 'newest') =>
    rankChecked(all, query, sort, segmenter).slice(0, 3);
  const titled = (n: number) => Array.from({ length: n }, (_, i) => r(`第${i}位志愿者的故事`));
  const others = (n: number) => Array.from({ length: n }, (_, i) => r(`其他${i}`, '志愿服务的人'));

  it('settles the first page from the first results when enough of their titles hold the query', () => {
    const first = [...others(2), ...titled(3)];
    const all = [...first, ...titled(4), ...others(5)];
    expect(settledFirstPage(first, '志愿者', 'relevance', segmenter, 3)).toEqual(
      fullFirstPage(all, '志愿者', 'relevance'),
    );
  });

  it('waits while a title match further down could still come first', () => {
    const first = [...others(4), ...titled(2)];
    expect(settledFirstPage(first, '志愿者', 'relevance', segmenter, 3)).toBeNull();
    expect(fullFirstPage([...first, ...titled(1)], '志愿者', 'relevance')).toHaveLength(3);
  });

  it('newest first, settles on the first results that hold every word', () => {
    const first = [r('甲', '志愿者'), r('乙', '只有志愿'), r('丙', '志愿者'), r('丁', '志愿者')];
    const settled = settledFirstPage(first, '志愿者', 'newest', segmenter, 3);
    expect(settled).toEqual(fullFirstPage([...first, r('戊', '志愿者')], '志愿者', 'newest'));
    expect(settled!.map((d) => d.meta.title)).toEqual(['甲', '丙', '丁']);
  });
});

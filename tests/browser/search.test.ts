/**
 * Search as a reader uses it, in Chromium: typed Chinese queries, filters, sort, shared links, the
 * keyboard, and a page without JavaScript.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type SiteInBrowser } from '../support/browser';
import * as sample from '../support/sample-content';

let site: SiteInBrowser;
let page: Page;

beforeAll(async () => {
  site = await openSite();
  page = await site.browser.newPage();
  await page.goto(`${site.base}/search/`);
  await page.waitForSelector('site-search[data-ready]');
});
afterAll(async () => site?.close());

/** Types a query into the search page as a reader would and returns the result links in order. */
async function search(query: string): Promise<string[]> {
  await page.fill('#search-query', query);
  await page.press('#search-query', 'Enter');
  await page.waitForFunction((q) => {
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    return /^(找到|没有找到)/.test(status) && status.includes(q);
  }, query.trim());
  return page.$$eval('.search-result h2 a', (links) => links.map((a) => a.getAttribute('href')!));
}

// What a reader remembers of a story, and the story they mean.
const REMEMBERED: [string, string][] = [
  ['留守儿童', 'sidianban-ketang'],
  ['四点半课堂', 'sidianban-ketang'],
  ['敬老', 'chongyang-jinghao'],
  ['助残', 'zhucanri-shangmen'],
  ['"流动维修站"', 'lunyi-weixiu'],
  ['轮椅', 'lunyi-weixiu'],
  ['牡丹', 'mudan-huake'],
  ['工笔画', 'mudan-huake'],
  ['义诊', 'yizhen-jin-cunzhuang'],
  ['春联', 'chunjie-songfu'],
  ['福字', 'chunjie-songfu'],
  ['防溺水', 'yingji-yanlian'],
  ['重阳节', 'chongyang-jinghao'],
  ['冬至', 'dongzhi-jiaozi'],
  ['饺子', 'dongzhi-jiaozi'],
  ['麦田', 'nongji-chungeng'],
  ['春耕', 'nongji-chungeng'],
  ['巡堤', 'xunhe-hudi'],
  ['汛期', 'xunhe-hudi'],
  ['头盔', 'wenming-quandao'],
  ['交通劝导', 'wenming-quandao'],
  ['阅读营', 'shuqi-yuedu'],
  ['农家书屋', 'shuqi-yuedu'],
  ['启动仪式', 'xueleifeng-qidong'],
  ['理发', 'zhucanri-shangmen'],
  ['独居老人', 'dongzhi-jiaozi'],
];

describe('Chinese queries', () => {
  it.each(REMEMBERED)('%s finds its story in the top three', async (query, slug) => {
    expect((await search(query)).slice(0, 3)).toContain(`/stories/${slug}/`);
  });

  it('finds a word inside a longer phrase: 留守儿童 in 关爱留守儿童志愿服务', async () => {
    expect(sample.stories().find((s) => s.id === 'sidianban-ketang')!.summary + '关爱留守儿童志愿服务').toContain(
      '留守儿童',
    );
    const results = await search('留守儿童');
    expect(results).toContain('/stories/sidianban-ketang/');
    expect(results).toContain('/stories/shuqi-yuedu/');
  });

  it('finds each team’s profile first by its name', async () => {
    for (const team of sample.teams()) expect((await search(team.name))[0], team.name).toBe(`/teams/${team.id}/`);
  });

  it('says in Chinese when nothing matches and suggests the sections', async () => {
    // Pagefind alone would return pages sharing a character (助行器 for 探测器).
    expect(await search('火星探测器')).toEqual([]);
    expect(await page.textContent('[data-search-status]')).toBe('没有找到与“火星探测器”相关的内容。');
    expect(await page.isVisible('[data-search-empty] a[href="/stories/"]')).toBe(true);
  });

  it('shows type, date, a highlighted excerpt and a thumbnail for each result', async () => {
    await search('轮椅');
    const first = page.locator('.search-result').first();
    expect(await first.locator('.kind').textContent()).toBe('故事');
    expect(await first.locator('.meta').textContent()).toContain('2026年11月5日');
    expect(await first.locator('mark').first().textContent()).toBe('轮椅');
    expect(await first.locator('img').getAttribute('src')).toMatch(/^\/_astro\/.+\.webp$/);
  });

  it('marks a Chinese word as one, and joins blocks with 。 rather than ". "', async () => {
    await search('义诊');
    const excerpts = await page.$$eval('.search-result p:last-child', (ps) => ps.map((p) => p.innerHTML));
    expect(excerpts.length).toBeGreaterThan(1);
    expect(excerpts[0]).toContain('<mark>义诊</mark>');
    for (const excerpt of excerpts) {
      expect(excerpt).not.toMatch(/<\/mark><mark>|[\p{Script=Han}\d]\. |^\. /u);
    }
  });

  it('leaves the page’s own buttons out of excerpts', async () => {
    await search('雷锋');
    for (const text of await page.$$eval('.search-result p:last-child', (ps) => ps.map((p) => p.textContent!)))
      expect(text).not.toContain('朗读全文');
  });
});

describe('filters, sort and shared links', () => {
  it('narrows results to the checked type and keeps it in the address', async () => {
    await search('志愿');
    await page.check('input[name="类型"][value="队伍"]');
    await page.waitForFunction(
      () =>
        location.search.includes(encodeURIComponent('类型')) &&
        /^找到/.test(document.querySelector('[data-search-status]')!.textContent!),
    );
    const links = await page.$$eval('.search-result h2 a', (a) => a.map((x) => x.getAttribute('href')!));
    expect(links.length).toBe(sample.teams().length > 10 ? 10 : sample.teams().length);
    expect(links.every((l) => l.startsWith('/teams/'))).toBe(true);
    await page.uncheck('input[name="类型"][value="队伍"]');
  });

  it('filters by service field and year', async () => {
    await page.goto(
      `${site.base}/search/?q=${encodeURIComponent('救援')}&${encodeURIComponent('服务领域')}=${encodeURIComponent('应急救援')}&${encodeURIComponent('年份')}=2026`,
    );
    await page.waitForFunction(() => /^找到/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const links = await page.$$eval('.search-result h2 a', (a) => a.map((x) => x.getAttribute('href')!));
    expect(links.sort()).toEqual(['/stories/xunhe-hudi/', '/stories/yingji-yanlian/', '/teams/yingji-jiuyuan/'].sort());
    expect(await page.isChecked('input[name="服务领域"][value="应急救援"]')).toBe(true);
  });

  it('sorts newest first on request', async () => {
    await page.goto(
      `${site.base}/search/?q=${encodeURIComponent('志愿者')}&${encodeURIComponent('类型')}=${encodeURIComponent('故事')}&sort=newest`,
    );
    await page.waitForFunction(() => /^找到/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const dates = await page.$$eval('.search-result .meta span:last-child', (s) => s.map((x) => x.textContent!));
    const asNumbers = dates.map((d) => {
      const [, y, m, day] = /(\d+)年(\d+)月(\d+)日/.exec(d)!;
      return Number(y) * 10000 + Number(m) * 100 + Number(day);
    });
    expect(asNumbers.length).toBeGreaterThan(5);
    expect(asNumbers).toEqual([...asNumbers].sort((a, b) => b - a));
    expect(await page.inputValue('#search-sort')).toBe('newest');
  });

  it('opens a shared link with the query already searched', async () => {
    await page.goto(`${site.base}/search/?q=${encodeURIComponent('敬老')}`);
    await page.waitForFunction(() => /^找到/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await page.inputValue('#search-query')).toBe('敬老');
  });

  it('is reached from the search box in every page’s header', async () => {
    await page.goto(`${site.base}/teams/`);
    await page.fill('#site-search', '冬至');
    await page.press('#site-search', 'Enter');
    await page.waitForFunction(() => /^找到/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(new URL(page.url()).searchParams.get('q')).toBe('冬至');
    expect(await page.$$eval('.search-result h2 a', (a) => a[0]!.getAttribute('href'))).toBe(
      '/stories/dongzhi-jiaozi/',
    );
  });
});

describe('keyboard and no JavaScript', () => {
  it('works by keyboard alone: type, Enter, Tab to a result, Enter to open it', async () => {
    await page.goto(`${site.base}/search/`);
    await page.waitForSelector('site-search[data-ready]');
    await page.keyboard.type('春联');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /^找到/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(
        () => document.activeElement?.closest('.search-result') && document.activeElement.getAttribute('href'),
      );
      if (href) break;
    }
    await Promise.all([page.waitForURL(/\/stories\/chunjie-songfu\/$/), page.keyboard.press('Enter')]);
  });

  it('toggles a filter with the space bar', async () => {
    await page.goto(`${site.base}/search/?q=${encodeURIComponent('志愿')}`);
    await page.waitForFunction(() => /^找到/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    await page.focus('input[name="类型"][value="公告"]');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('类型') === '公告');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.search-result .kind')].every((k) => k.textContent === '公告'),
    );
  });

  it('without JavaScript says so and offers the sections instead', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${site.base}/search/?q=${encodeURIComponent('敬老')}`);
    expect(await plain.isVisible('[data-search-fallback]')).toBe(true);
    expect(await plain.textContent('[data-search-fallback]')).toContain('搜索需要浏览器开启 JavaScript');
    expect(await plain.isVisible('[data-search-fallback] a[href="/stories/"]')).toBe(true);
    // The search form it cannot run is not offered.
    expect(await plain.isVisible('[data-search-ui]')).toBe(false);
    await context.close();
  });
});

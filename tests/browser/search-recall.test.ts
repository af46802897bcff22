/**
 * Recall on words the reader's own browser would cut out of a story: for every story, words of two
 * to four Chinese characters taken (by a fixed seed, so a failure repeats) from its text as
 * Intl.Segmenter splits it in Chromium, each searched with Pagefind: the story must be found.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type SiteInBrowser } from '../support/browser';
import * as sample from '../support/sample-content';
import { seeded } from '../../scripts/bench/corpus.ts';

const WORDS_PER_STORY = 8;
let site: SiteInBrowser;
let page: Page;

beforeAll(async () => {
  site = await openSite();
  page = await site.browser.newPage();
});
afterAll(async () => site?.close());

it('finds every story by words taken from its own text', async () => {
  const misses: string[] = [];
  let searched = 0;
  for (const story of sample.stories()) {
    await page.goto(`${site.base}/stories/${story.id}/`);
    const words = await page.evaluate(() => {
      const text = (document.querySelector('.story-body') as HTMLElement).innerText;
      const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
      return [
        ...new Set(
          [...segmenter.segment(text)]
            .filter((s) => s.isWordLike && /^[\u4e00-\u9fff]{2,4}$/.test(s.segment))
            .map((s) => s.segment),
        ),
      ];
    });
    const random = seeded([...story.id].reduce((n, c) => n * 31 + c.charCodeAt(0), 7) % 2147483648);
    const picked = [...words].sort(() => random() - 0.5).slice(0, WORDS_PER_STORY);
    expect(picked.length, story.id).toBe(WORDS_PER_STORY);
    // Written as a string: the test runner would rewrite a dynamic import() inside a function.
    const found: Record<string, boolean> = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const result = {};
      for (const word of ${JSON.stringify(picked)}) {
        const search = await pagefind.search(word);
        const data = await Promise.all(search.results.map((r) => r.data()));
        result[word] = data.some((d) => d.url === ${JSON.stringify(`/stories/${story.id}/`)});
      }
      return result;
    })()`);
    for (const [word, ok] of Object.entries(found)) if (!ok) misses.push(`${story.id}: ${word}`);
    searched += picked.length;
  }
  expect(searched).toBe(sample.stories().length * WORDS_PER_STORY);
  expect(misses).toEqual([]);
});

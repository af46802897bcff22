/** The search page as a reader uses it: open a search, press 显示更多 until every result shows. */
import type { Page } from 'playwright-core';

/** Every result's address for the search page at `url`, in the order shown. */
export async function allResults(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await page.waitForFunction(() =>
    /^(找到|没有找到)/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
  );
  // All of them, not only the first page of ten.
  while (await page.isVisible('[data-search-more]')) {
    const shown = await page.locator('.search-result').count();
    await page.click('[data-search-more]');
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, shown);
  }
  return page.$$eval('.search-result h2 a', (a) => a.map((x) => x.getAttribute('href')!));
}

/** Page weight within budget, and nothing that blocks the first paint on a slow phone. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PAGE_BUDGETS } from '../../src/lib/page-budgets';
import { SAMPLE_SITE } from '../support/site-build';
import { allHtmlPaths, fileFor, page } from '../support/built-pages';

/** gzip size of the page and of every stylesheet and script it loads from the site. */
function weight(urlPath: string): number {
  const $ = page(urlPath);
  const files = new Set<string>([fileFor(urlPath)!]);
  $('link[rel="stylesheet"][href], script[src]').each((_, el) => {
    const ref = $(el).attr('href') ?? $(el).attr('src')!;
    files.add(path.join(SAMPLE_SITE, ref));
  });
  return [...files].reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);
}

describe('page weight', () => {
  it('keeps a story page under its budget', () => {
    for (const p of allHtmlPaths().filter(
      (p) => /^\/stories\/[a-z0-9-]+\/$/.test(p) && !p.startsWith('/stories/page/'),
    )) {
      expect(weight(p), p).toBeLessThanOrEqual(PAGE_BUDGETS.story);
    }
  });
  it('keeps the home page and every other page under theirs', () => {
    expect(weight('/')).toBeLessThanOrEqual(PAGE_BUDGETS.home);
    for (const p of allHtmlPaths()) expect(weight(p), p).toBeLessThanOrEqual(PAGE_BUDGETS.other);
  });
  it('has no render-blocking script: external scripts are modules, deferred or async', () => {
    for (const p of allHtmlPaths()) {
      const $ = page(p);
      $('script[src]').each((_, el) => {
        const s = $(el);
        expect(s.attr('type') === 'module' || s.is('[defer]') || s.is('[async]'), `${p} ${s.attr('src')}`).toBe(true);
      });
    }
  });
});

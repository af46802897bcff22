/** No page sends a reader to a page that is not there. */
import { describe, expect, it } from 'vitest';
import { allHtmlPaths, fileFor, page } from '../support/built-pages';
import { modeSwitch } from '../../src/lib/reader-modes.ts';

// Pages owned by open issues. Their links are in place
// already; remove each from this list when its issue lands.
const PENDING = new Set<string>();

describe('internal links', () => {
  it('all lead to a built page, file or anchor', () => {
    const broken: string[] = [];
    for (const p of allHtmlPaths()) {
      const $ = page(p);
      $('a[href], link[href], img[src], source[srcset], img[srcset], form[action]').each((_, el) => {
        const raw = $(el).attr('href') ?? $(el).attr('src') ?? $(el).attr('action') ?? '';
        const urls =
          $(el).is('[srcset]') && !$(el).attr('src')
            ? ($(el).attr('srcset') ?? '').split(',').map((s) => s.trim().split(' ')[0]!)
            : [raw];
        for (const url of urls) {
          if (!url.startsWith('/') || url.startsWith('//')) continue;
          const [target, anchor] = url.split('#') as [string, string | undefined];
          if (PENDING.has(target)) continue;
          // 长辈版 and 高对比度's switches are answered by the server (reader-mode-servers.test.ts).
          if (modeSwitch(new URL(url, 'https://site.example'))) continue;
          if (!fileFor(target || p)) broken.push(`${p} → ${url}`);
          else if (anchor && target.endsWith('/') && page(target || p)(`[id="${anchor}"]`).length === 0)
            broken.push(`${p} → ${url} (no #${anchor})`);
        }
      });
    }
    expect(broken).toEqual([]);
  });
});

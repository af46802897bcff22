import { describe, expect, it } from 'vitest';
import { changesLimit, planChanges } from '../../src/lib/search-changes';

const indexed = {
  bundles: {
    '/pagefind-2/': { 'stories/a/index.html': 'h-a', 'stories/b/index.html': 'h-b' },
    '/pagefind/': { 'stories/c/index.html': 'h-c' },
  },
  fragments: {
    '/pagefind-2/': { 'stories/a/index.html': 'zh-cn_aaa', 'stories/b/index.html': 'zh-cn_bbb' },
    '/pagefind/': { 'stories/c/index.html': 'zh-cn_ccc' },
  },
};

describe('the changes bundle of an incremental build', () => {
  it('holds the edited and the new pages, and hides the full index’s copies of the edited and the deleted', () => {
    const pages = { 'stories/a/index.html': 'h-a2', 'stories/b/index.html': 'h-b', 'stories/d/index.html': 'h-d' };
    expect(planChanges(pages, indexed)).toEqual({
      changed: ['stories/a/index.html', 'stories/d/index.html'],
      superseded: ['zh-cn_aaa', 'zh-cn_ccc'],
      unknown: [],
    });
  });

  it('is empty when nothing changed', () => {
    const pages = { 'stories/a/index.html': 'h-a', 'stories/b/index.html': 'h-b', 'stories/c/index.html': 'h-c' };
    expect(planChanges(pages, indexed)).toEqual({ changed: [], superseded: [], unknown: [] });
  });

  it('cannot be used when a page to hide has no known fragment', () => {
    const plan = planChanges({ 'stories/a/index.html': 'h-a2' }, { bundles: indexed.bundles });
    expect(plan.unknown).toEqual(['stories/a/index.html', 'stories/b/index.html', 'stories/c/index.html']);
  });

  it('stays small: a hundred pages, or a tenth of a large archive', () => {
    expect(changesLimit(34)).toBe(100);
    expect(changesLimit(10_000)).toBe(1000);
  });
});

import { describe, expect, it } from 'vitest';
import { freshness, tooFewCopies } from '../../src/lib/hub/freshness.ts';

const asOf = new Date('2026-12-07T10:00:00+08:00');
const daysAgo = (days: number) => new Date(asOf.getTime() - days * 24 * 3600 * 1000);

describe('how current a county is, on the hub', () => {
  it('is current within a day, 数据截至 up to seven, then 长期未更新; 暂无数据 without a copy', () => {
    expect(freshness(daysAgo(0.5), true, asOf).state).toBe('current');
    expect(freshness(daysAgo(3), true, asOf)).toEqual({ state: 'stale', label: '数据截至2026年12月4日' });
    expect(freshness(daysAgo(8), true, asOf)).toEqual({
      state: 'long-stale',
      label: '长期未更新（数据截至2026年11月29日）',
    });
    expect(freshness(undefined, false, asOf)).toEqual({ state: 'none', label: '暂无数据' });
  });

  it('refuses to build when more than half the counties have no copy at all', () => {
    const county = (name: string, hasCopy: boolean) => ({ name, hasCopy });
    expect(tooFewCopies([county('甲县', true), county('乙县', false)])).toBeUndefined();
    expect(tooFewCopies([county('甲县', true), county('乙县', false), county('丙县', false)])).toContain(
      '3 个县里有 2 个还没有任何数据（乙县、丙县）',
    );
  });
});

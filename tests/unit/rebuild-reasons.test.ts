import { describe, expect, it } from 'vitest';
import { parseBeijingTime } from '../../src/lib/beijing-time';
import { isNewDay, rebuildReasons } from '../../src/lib/rebuild-reasons';

const at = (s: string) => parseBeijingTime(s)!;
const last = { now: at('2026-12-12 09:00'), content: 'abc' };

describe('rebuildReasons', () => {
  it('builds when nothing was built yet, or the content changed', () => {
    expect(rebuildReasons(undefined, { now: at('2026-12-12 09:30'), content: 'abc', entryTimes: [] })).toEqual([
      '没有上一次生成的记录',
    ]);
    expect(rebuildReasons(last, { now: at('2026-12-12 09:30'), content: 'abd', entryTimes: [] })).toEqual([
      '内容有改动',
    ]);
  });
  it('builds when a scheduled entry’s time has come since the last build, and not before', () => {
    const times = [at('2026-12-12 08:00'), at('2026-12-12 10:00'), at('2026-12-13 09:00')];
    expect(rebuildReasons(last, { now: at('2026-12-12 09:30'), content: 'abc', entryTimes: times })).toEqual([]);
    expect(rebuildReasons(last, { now: at('2026-12-12 10:05'), content: 'abc', entryTimes: times })).toEqual([
      '1 篇定时发布的内容到了时间（最早 2026年12月12日（星期六）10:00）',
    ]);
  });
  it('builds when the checkout moved to another commit (new code, or what the web editor committed)', () => {
    const built = { ...last, commit: 'a1b2c3d4e5f60718' };
    const current = { now: at('2026-12-12 09:30'), content: 'abc', entryTimes: [] };
    expect(rebuildReasons(built, { ...current, commit: 'a1b2c3d4e5f60718' })).toEqual([]);
    expect(rebuildReasons(built, { ...current, commit: 'ffee0011223344' })).toEqual([
      '有新的提交（a1b2c3d → ffee001）',
    ]);
    expect(rebuildReasons(last, { ...current, commit: 'ffee0011223344' })).toEqual(['有新的提交（无记录 → ffee001）']);
  });
  it('builds once the Beijing date has turned, for campaigns and events that move with it', () => {
    expect(rebuildReasons(last, { now: at('2026-12-13 00:05'), content: 'abc', entryTimes: [] })).toEqual([
      '日期变了（2026年12月12日 → 2026年12月13日）',
    ]);
  });
  it('makes the first build of a Beijing day a whole one (00:05 Beijing is still the day before in UTC)', () => {
    expect(isNewDay(last, at('2026-12-12 23:55'))).toBe(false);
    expect(isNewDay(last, at('2026-12-13 00:05'))).toBe(true);
    expect(isNewDay(undefined, at('2026-12-12 09:30'))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { parseBeijingTime } from '../../src/lib/beijing-time';
import { rebuildReasons } from '../../src/lib/rebuild-reasons';

const at = (s: string) => parseBeijingTime(s)!;
const last = { now: at('2026-12-12 09:00'), content: 'abc' };

describe('rebuildReasons', () => {
  it('builds when nothing was built yet, or the content changed', () => {
    expect(rebuildReasons(undefined, at('2026-12-12 09:30'), 'abc', [])).toEqual(['没有上一次生成的记录']);
    expect(rebuildReasons(last, at('2026-12-12 09:30'), 'abd', [])).toEqual(['内容有改动']);
  });
  it('builds when a scheduled entry’s time has come since the last build, and not before', () => {
    const times = [at('2026-12-12 08:00'), at('2026-12-12 10:00'), at('2026-12-13 09:00')];
    expect(rebuildReasons(last, at('2026-12-12 09:30'), 'abc', times)).toEqual([]);
    expect(rebuildReasons(last, at('2026-12-12 10:05'), 'abc', times)).toEqual([
      '1 篇定时发布的内容到了时间（最早 2026年12月12日（星期六）10:00）',
    ]);
  });
  it('builds once the Beijing date has turned, for campaigns and events that move with it', () => {
    expect(rebuildReasons(last, at('2026-12-13 00:05'), 'abc', [])).toEqual([
      '日期变了（2026年12月12日 → 2026年12月13日）',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseBeijingTime } from '../../src/lib/beijing-time';
import { formatCount, statisticsPeriod, teamTotals } from '../../src/lib/team-totals';

describe('teamTotals', () => {
  it('adds up members and hours and keeps the oldest and newest as-of dates', () => {
    const totals = teamTotals([
      { members: 10, serviceHours: { hours: 100.5, asOf: new Date('2026-10-31') } },
      { members: 5, serviceHours: { hours: 20, asOf: new Date('2026-09-30') } },
    ]);
    expect(totals).toEqual({
      teams: 2,
      volunteers: 15,
      hours: 120.5,
      asOfEarliest: new Date('2026-09-30'),
      asOfLatest: new Date('2026-10-31'),
    });
  });
  it('has no as-of date without teams', () => {
    expect(teamTotals([])).toMatchObject({ teams: 0, volunteers: 0, asOfEarliest: null });
  });
  it('groups thousands for reading', () => {
    expect(formatCount(132750)).toBe('132,750');
  });
});

describe('statisticsPeriod', () => {
  const at = (s: string) => parseBeijingTime(s)!;
  it('says when the figures were counted, as one date or a span, never “截至…至…”', () => {
    expect(statisticsPeriod({ asOfEarliest: at('2026-09-30'), asOfLatest: at('2026-11-01') })).toBe(
      '统计时间：2026年9月30日至11月1日',
    );
    expect(statisticsPeriod({ asOfEarliest: at('2026-11-01'), asOfLatest: at('2026-11-01 18:00') })).toBe(
      '统计时间：截至2026年11月1日',
    );
    expect(statisticsPeriod({ asOfEarliest: null, asOfLatest: null })).toBeUndefined();
  });
});

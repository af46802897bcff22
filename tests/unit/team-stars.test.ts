import { describe, expect, it } from 'vitest';
import { recordTotals } from '../../src/lib/record-totals';
import { teamStarsByYear } from '../../src/lib/team-stars';

describe('teamStarsByYear', () => {
  it('counts each year’s stars on the hours up to that year’s end, newest year first', () => {
    const row = (team: string, hours: number) => ({ team, activities: 1, participants: 1, hours, served: 1 });
    const totals = recordTotals(
      [
        { month: '2025-12', rows: [row('a', 500), row('b', 100)] },
        { month: '2026-01', rows: [row('a', 600)] },
      ],
      [
        { id: 'a', town: '甲', fieldIds: [], members: 1 },
        { id: 'b', town: '乙', fieldIds: [], members: 1 },
      ],
    );
    const byYear = teamStarsByYear(totals, new Map([['a', 4000]]), [5000, 10000]);
    expect(byYear).toEqual([
      { year: '2026', teams: [{ teamId: 'a', hours: 5100, stars: 1 }] },
      { year: '2025', teams: [] },
    ]);
  });
});

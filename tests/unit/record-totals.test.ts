import { describe, expect, it } from 'vitest';
import { formatMonth, recordTotals } from '../../src/lib/record-totals';

const row = (team: string, hours: number) => ({ team, activities: 2, participants: 10, hours, served: 30 });
const teams = [
  { id: 'a', town: '凤凰街道', fieldIds: ['zhulao', 'shequ'], members: 10, before: { hours: 1000 } },
  { id: 'b', town: '田庄镇', fieldIds: ['shequ'], members: 5 },
];

describe('recordTotals', () => {
  const totals = recordTotals(
    [
      { month: '2026-02', rows: [row('a', 10.5), row('b', 4)] },
      { month: '2025-12', rows: [row('a', 20)] },
      { month: '2026-01', rows: [row('a', 1), row('draft-team', 99)] },
    ],
    teams,
  );
  it('adds up by month, oldest first, and says up to which month', () => {
    expect(totals.months).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(totals.lastMonth).toBe('2026-02');
    expect(totals.byMonth.map((m) => m.figures.hours)).toEqual([20, 1, 14.5]);
    expect(totals.byYear).toEqual([
      { year: '2025', figures: { activities: 2, participants: 10, hours: 20, served: 30 } },
      { year: '2026', figures: { activities: 6, participants: 30, hours: 15.5, served: 90 } },
    ]);
    expect(totals.county).toEqual({ activities: 8, participants: 40, hours: 35.5, served: 120 });
  });
  it('gives each team its months and its total with the hours before records began', () => {
    const a = totals.byTeam.get('a')!;
    expect(a.recorded.hours).toBe(31.5);
    expect(a.totalHours).toBe(1031.5);
    expect(a.byMonth.map((m) => m.figures.hours)).toEqual([20, 1, 10.5]);
    expect(totals.byTeam.get('b')!.byMonth.map((m) => m.figures.hours)).toEqual([0, 0, 4]);
    expect(totals.allHours).toBe(1035.5);
    expect(totals.members).toBe(15);
  });
  it('groups by main service field and by town, most hours first', () => {
    expect(totals.byField.map((f) => [f.fieldId, f.figures.hours])).toEqual([
      ['zhulao', 31.5],
      ['shequ', 4],
    ]);
    expect(totals.byTown.map((t) => t.town)).toEqual(['凤凰街道', '田庄镇']);
  });
  it('writes a month the Chinese way', () => {
    expect(formatMonth('2026-03')).toBe('2026年3月');
  });
});

import { formatDate, formatDateSpan } from './beijing-time.ts';

/** What the home page and the press fact sheet say about the county's volunteers. */
export interface TeamNumbers {
  members: number;
  serviceHours: { hours: number; asOf: Date };
}

export interface Totals {
  teams: number;
  volunteers: number;
  hours: number;
  /** The oldest and newest as-of dates: figures are only as fresh as the oldest profile. */
  asOfEarliest: Date | null;
  asOfLatest: Date | null;
}

/** Totals derived from the team profiles, never typed by hand. */
export function teamTotals(teams: readonly TeamNumbers[]): Totals {
  let volunteers = 0;
  let hours = 0;
  let earliest: Date | null = null;
  let latest: Date | null = null;
  for (const team of teams) {
    volunteers += team.members;
    hours += team.serviceHours.hours;
    const asOf = team.serviceHours.asOf;
    if (!earliest || asOf < earliest) earliest = asOf;
    if (!latest || asOf > latest) latest = asOf;
  }
  return { teams: teams.length, volunteers, hours, asOfEarliest: earliest, asOfLatest: latest };
}

/** When the totals were counted: one date, or the span the teams' own dates cover. */
export function statisticsPeriod(totals: Pick<Totals, 'asOfEarliest' | 'asOfLatest'>): string | undefined {
  const { asOfEarliest: from, asOfLatest: to } = totals;
  if (!from || !to) return undefined;
  return formatDate(from) === formatDate(to)
    ? `统计时间：截至${formatDate(to)}`
    : `统计时间：${formatDateSpan(from, to)}`;
}

/** "12,345" the way Chinese readers see large numbers on public notices. */
export function formatCount(n: number): string {
  return new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 }).format(n);
}

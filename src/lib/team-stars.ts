/** Team star levels by year: each team's hours before records plus every recorded hour up to that year's end. */
import type { RecordTotals } from './record-totals.ts';
import { starLevel } from './star-level.ts';

export interface TeamStars {
  teamId: string;
  hours: number;
  stars: number;
}

export function teamStarsByYear(
  totals: RecordTotals,
  before: ReadonlyMap<string, number>,
  thresholds: readonly number[],
): { year: string; teams: TeamStars[] }[] {
  return totals.byYear
    .map(({ year }) => ({
      year,
      teams: [...totals.byTeam]
        .map(([teamId, record]) => {
          const recorded = record.byMonth
            .filter((m) => m.month.slice(0, 4) <= year)
            .reduce((sum, m) => sum + m.figures.hours, 0);
          const hours = Math.round(((before.get(teamId) ?? 0) + recorded) * 10) / 10;
          return { teamId, hours, stars: starLevel(hours, thresholds) };
        })
        .filter((t) => t.stars > 0)
        .sort((a, b) => b.hours - a.hours),
    }))
    .reverse();
}

/**
 * What the monthly service records add up to: per team and for the county, by month, year, service
 * field and town. Derived every build, never typed twice: a team profile's `serviceHours` is only what
 * was counted before its records began.
 */

interface Figures {
  activities: number;
  /** participant-times (人次) */
  participants: number;
  hours: number;
  /** people served (人次) */
  served: number;
}

export interface MonthOfRecords {
  /** YYYY-MM */
  month: string;
  rows: readonly ({ team: string } & Figures)[];
}

export interface TeamForTotals {
  id: string;
  town: string;
  /** the team's service fields, its main one first */
  fieldIds: readonly string[];
  members: number;
  /** hours counted before records began */
  before?: { hours: number };
}

interface TeamRecord {
  recorded: Figures;
  /** every recorded month of the county, this team's figures in it (zero where it has no row) */
  byMonth: { month: string; figures: Figures }[];
  /** hours before records began plus every recorded hour */
  totalHours: number;
}

export interface RecordTotals {
  /** recorded months, oldest first */
  months: string[];
  /** the last recorded month: figures are "截至" its end */
  lastMonth?: string;
  county: Figures;
  byMonth: { month: string; figures: Figures }[];
  byYear: { year: string; figures: Figures }[];
  byTeam: Map<string, TeamRecord>;
  /** by each team's main service field */
  byField: { fieldId: string; figures: Figures }[];
  byTown: { town: string; figures: Figures }[];
  /** every team's hours, before records and recorded: what the home page gives as the site's total */
  allHours: number;
  members: number;
}

const zero = (): Figures => ({ activities: 0, participants: 0, hours: 0, served: 0 });
function add(into: Figures, more: Figures): Figures {
  into.activities += more.activities;
  into.participants += more.participants;
  into.hours = Math.round((into.hours + more.hours) * 10) / 10;
  into.served += more.served;
  return into;
}

function grouped<K>(keys: Iterable<K>): Map<K, Figures> {
  return new Map([...keys].map((k) => [k, zero()]));
}

export function recordTotals(months: readonly MonthOfRecords[], teams: readonly TeamForTotals[]): RecordTotals {
  const sorted = [...months].sort((a, b) => a.month.localeCompare(b.month));
  const monthNames = sorted.map((m) => m.month);
  const teamById = new Map(teams.map((t) => [t.id, t]));
  const county = zero();
  const byMonth = grouped(monthNames);
  const byYear = grouped(monthNames.map((m) => m.slice(0, 4)));
  const byField = new Map<string, Figures>();
  const byTown = new Map<string, Figures>();
  const teamMonths = new Map(teams.map((t) => [t.id, grouped(monthNames)]));
  for (const { month, rows } of sorted) {
    for (const row of rows) {
      const team = teamById.get(row.team);
      if (!team) continue; // a team left out (a draft): the check refuses a team that does not exist
      add(county, row);
      add(byMonth.get(month)!, row);
      add(byYear.get(month.slice(0, 4))!, row);
      add(teamMonths.get(team.id)!.get(month)!, row);
      const field = team.fieldIds[0];
      if (field) add(byField.get(field) ?? byField.set(field, zero()).get(field)!, row);
      add(byTown.get(team.town) ?? byTown.set(team.town, zero()).get(team.town)!, row);
    }
  }
  const byTeam = new Map<string, TeamRecord>();
  let allHours = 0;
  let members = 0;
  for (const team of teams) {
    const perMonth = teamMonths.get(team.id)!;
    const recorded = [...perMonth.values()].reduce(add, zero());
    const totalHours = Math.round(((team.before?.hours ?? 0) + recorded.hours) * 10) / 10;
    byTeam.set(team.id, {
      recorded,
      byMonth: [...perMonth].map(([month, figures]) => ({ month, figures })),
      totalHours,
    });
    allHours += totalHours;
    members += team.members;
  }
  const byHours = <T extends { figures: Figures }>(list: T[]) => list.sort((a, b) => b.figures.hours - a.figures.hours);
  return {
    months: monthNames,
    lastMonth: monthNames.at(-1),
    county,
    byMonth: [...byMonth].map(([month, figures]) => ({ month, figures })),
    byYear: [...byYear].map(([year, figures]) => ({ year, figures })),
    byTeam,
    byField: byHours([...byField].map(([fieldId, figures]) => ({ fieldId, figures }))),
    byTown: byHours([...byTown].map(([town, figures]) => ({ town, figures }))),
    allHours: Math.round(allHours * 10) / 10,
    members,
  };
}

/** "2026年10月" */
export function formatMonth(month: string): string {
  const [year, m] = month.split('-');
  return `${year}年${Number(m)}月`;
}

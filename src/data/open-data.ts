/**
 * The published service records as open data (/data/service-records.csv and .json): every row of
 * content/records/ with its month and team, and in the JSON the licence, the source and "截至".
 * Team-level figures only: the records hold no person.
 */
import { entriesIn } from './present-collections.ts';
import type { Catalog } from './catalog.ts';
import type { OpenDataRow } from '../lib/open-data-csv.ts';

/** Every published row, oldest month first, teams in the site's order within a month. */
export async function openDataRows(catalog: Catalog): Promise<OpenDataRow[]> {
  const teamById = new Map(catalog.teams.map((t) => [t.id, t]));
  const months = (await entriesIn('records')).sort((a, b) => a.data.month.localeCompare(b.data.month));
  return months.flatMap(({ data }) =>
    data.rows.flatMap((row) => {
      const team = teamById.get(row.team.id);
      if (!team) return [];
      const { activities, participants, hours, served } = row;
      return [
        {
          month: data.month,
          teamId: team.id,
          team: team.name,
          town: team.town,
          activities,
          participants,
          hours,
          served,
        },
      ];
    }),
  );
}

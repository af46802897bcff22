/** Groups for the team directory: a team appears under every field it serves, and under its town. */
export interface Groupable {
  id: string;
  name: string;
  fieldIds: string[];
  town: string;
}

export function groupByField<T extends Groupable>(
  teams: readonly T[],
  fieldOrder: readonly string[],
): { fieldId: string; teams: T[] }[] {
  return fieldOrder
    .map((fieldId) => ({
      fieldId,
      teams: teams.filter((t) => t.fieldIds.includes(fieldId)).sort(byName),
    }))
    .filter((g) => g.teams.length > 0);
}

export function groupByTown<T extends Pick<Groupable, 'name' | 'town'>>(
  teams: readonly T[],
): { town: string; teams: T[] }[] {
  const towns = [...new Set(teams.map((t) => t.town))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return towns.map((town) => ({ town, teams: teams.filter((t) => t.town === town).sort(byName) }));
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'zh-CN');

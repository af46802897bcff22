/** content/records/YYYY-MM.csv as `npm run check` reads it: the records reader's problems, and the month as an entry. */
import { readRecordsFile } from '../lib/service-records.ts';
import type { EntryFacts } from './cross-entry.ts';
import type { Problem } from './problem.ts';

export function checkRecordsFile(
  bytes: Uint8Array,
  fileName: string,
  file: string,
  now: Date,
): { problems: Problem[]; entries: EntryFacts[] } {
  const { month, rows, problems } = readRecordsFile(bytes, fileName, now);
  const found: Problem[] = problems.map(({ column, ...p }) => ({ file, ...(column ? { field: column } : {}), ...p }));
  if (!month) return { problems: found, entries: [] };
  // rows[3].team is on the line of the file that row came from.
  const lineOf = (field: string) => {
    const i = /^rows\[(\d+)\]/.exec(field)?.[1];
    return i === undefined ? undefined : rows[Number(i)]?.line;
  };
  const fieldName = (field: string) => (field.endsWith('.team') ? '队伍' : field);
  return {
    problems: found,
    entries: [{ collection: 'records', id: month, file, data: { month, rows }, lineOf, fieldName }],
  };
}

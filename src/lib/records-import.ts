/**
 * A volunteer platform's monthly export (志愿汇, the national system: CSV or Excel, Chinese column
 * names that differ between platforms) turned into content/records/YYYY-MM.csv. Columns are found by
 * name; teams by id or full Chinese name; several rows of one team (one per activity) are added up.
 * Every row that cannot be read is reported with its line, and then nothing is written.
 */
import { stringify } from 'csv-stringify/sync';
import { RECORD_COLUMNS } from './service-records.ts';

type Column = (typeof RECORD_COLUMNS)[number];

/** What platforms call each column, after spaces and brackets are normalised. */
const NAMES: Record<Column, string[]> = {
  队伍: ['队伍', '队伍编号', '队伍名称', '志愿队伍', '志愿服务队', '志愿服务队伍', '组织名称', '团体名称', '所属队伍'],
  活动场次: ['活动场次', '活动次数', '活动数', '活动数量', '开展活动', '项目场次'],
  参与人次: ['参与人次', '志愿者人次', '参与志愿者人次', '参与志愿者', '志愿者参与人次'],
  服务时长: ['服务时长', '服务时长(小时)', '志愿服务时长', '志愿服务时长(小时)', '时长(小时)', '服务小时数', '总时长'],
  服务对象人次: ['服务对象人次', '服务对象', '受益人次', '受益群众人次', '服务群众人次'],
};

const normalise = (header: string) =>
  header
    .replace(/\s+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/\(h\)|\(时\)/i, '(小时)');

interface ImportProblem {
  line?: number;
  problem: string;
}

export interface ImportResult {
  /** the records file's text, when every row was read */
  csv?: string;
  /** teams, in the file's order, with what was added up */
  teams: { id: string; rows: number }[];
  problems: ImportProblem[];
}

/** A figure as platforms print it: 1,234 or 36.5 or 36.5小时; never negative. */
function figure(cell: unknown, decimals: boolean): number | undefined {
  if (typeof cell === 'number') return cell >= 0 && (decimals || Number.isInteger(cell)) ? cell : undefined;
  const text = String(cell ?? '')
    .trim()
    .replace(/,/g, '')
    .replace(/(小时|次|人次|人|场)$/, '');
  const pattern = decimals ? /^\d+(\.\d+)?$/ : /^\d+$/;
  return pattern.test(text) ? Number(text) : undefined;
}

/**
 * `rows` is the sheet as read (the header first), each with the line it came from; `teams` maps ids
 * and full names to ids.
 */
export function importRecords(
  rows: readonly { line: number; cells: readonly unknown[] }[],
  teams: readonly { id: string; name: string }[],
): ImportResult {
  const problems: ImportProblem[] = [];
  const [header, ...data] = rows;
  if (!header) return { teams: [], problems: [{ problem: '文件是空的。' }] };
  const headers = header.cells.map((c) => normalise(String(c ?? '')));
  const at = {} as Record<Column, number>;
  for (const column of RECORD_COLUMNS) {
    const i = headers.findIndex((h) => NAMES[column].map(normalise).includes(h));
    if (i < 0) {
      problems.push({
        line: header.line,
        problem: `找不到“${column}”这一列（表头是：${headers.join('、')}）。可以识别的列名：${NAMES[column].join('、')}。`,
      });
    } else at[column] = i;
  }
  if (problems.length > 0) return { teams: [], problems };

  const byKey = new Map<string, string>();
  for (const t of teams) {
    byKey.set(t.id, t.id);
    byKey.set(t.name, t.id);
  }
  const sums = new Map<
    string,
    { activities: number; participants: number; hours: number; served: number; rows: number }
  >();
  for (const { line, cells } of data) {
    if (cells.every((c) => String(c ?? '').trim() === '')) continue;
    const written = String(cells[at.队伍] ?? '').trim();
    const id = byKey.get(written);
    if (!id) {
      problems.push({
        line,
        problem: `队伍“${written}”不在本站的队伍中（content/teams/）：请写队伍编号或完整的队伍名称。`,
      });
      continue;
    }
    const values = {
      activities: figure(cells[at.活动场次], false),
      participants: figure(cells[at.参与人次], false),
      hours: figure(cells[at.服务时长], true),
      served: figure(cells[at.服务对象人次], false),
    };
    const bad = (Object.entries(values) as [keyof typeof values, number | undefined][]).filter(
      ([, v]) => v === undefined,
    );
    if (bad.length > 0) {
      const names = { activities: '活动场次', participants: '参与人次', hours: '服务时长', served: '服务对象人次' };
      problems.push({
        line,
        problem: `${bad.map(([k]) => `${names[k]}“${String(cells[at[names[k] as Column]] ?? '')}”`).join('、')}不是不小于 0 的数字。`,
      });
      continue;
    }
    const sum = sums.get(id) ?? { activities: 0, participants: 0, hours: 0, served: 0, rows: 0 };
    sum.activities += values.activities!;
    sum.participants += values.participants!;
    sum.hours = Math.round((sum.hours + values.hours!) * 10) / 10;
    sum.served += values.served!;
    sum.rows += 1;
    sums.set(id, sum);
  }
  const result = [...sums].map(([id, s]) => ({ id, rows: s.rows }));
  if (problems.length > 0) return { teams: result, problems };
  const csv = stringify([
    [...RECORD_COLUMNS],
    ...[...sums].map(([id, s]) => [id, s.activities, s.participants, s.hours, s.served]),
  ]);
  return { csv, teams: result, problems };
}

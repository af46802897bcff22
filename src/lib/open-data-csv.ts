/** The open data's CSV form: one row per team and month, column names in Chinese. */
import { stringify } from 'csv-stringify/sync';

export const OPEN_DATA_COLUMNS = [
  '月份',
  '队伍编号',
  '队伍',
  '乡镇（街道）',
  '活动场次',
  '参与人次',
  '服务时长',
  '服务对象人次',
];

export interface OpenDataRow {
  month: string;
  teamId: string;
  team: string;
  town: string;
  activities: number;
  participants: number;
  hours: number;
  served: number;
}

export function openDataCsv(rows: readonly OpenDataRow[]): string {
  // With a byte-order mark: Excel on a Chinese Windows reads a CSV without one as GBK and garbles it.
  return stringify(
    [
      OPEN_DATA_COLUMNS,
      ...rows.map((r) => [r.month, r.teamId, r.team, r.town, r.activities, r.participants, r.hours, r.served]),
    ],
    { bom: true },
  );
}

/**
 * Monthly service records, content/records/YYYY-MM.csv: one row per team and month, as the county
 * adds up what the national volunteer platform (or 志愿汇) recorded. Hours are actual service time,
 * no travel (national rules of 2012). This module reads a file's bytes and says everything wrong with
 * it, by line and column; which teams exist is the rules across entries' business (the `team` field is
 * a reference).
 */
import { parse } from 'csv-parse/sync';
import { beijingParts } from './beijing-time.ts';
import { personalNumbers } from './personal-numbers.ts';

/** The header row, in this order. */
export const RECORD_COLUMNS = ['队伍', '活动场次', '参与人次', '服务时长', '服务对象人次'] as const;

interface RecordRow {
  /** the team's id, as in content/teams/<id>.md */
  team: string;
  activities: number;
  /** participant-times (人次): one volunteer at three activities counts three */
  participants: number;
  /** actual service hours, decimals allowed */
  hours: number;
  /** people served (人次) */
  served: number;
  /** the line of the file the row is on */
  line: number;
}

interface RecordProblem {
  line?: number;
  /** the column's name, where one is wrong */
  column?: string;
  problem: string;
  fix: string;
  level: 'error' | 'notice';
}

export interface RecordsFile {
  /** YYYY-MM, from the file's name */
  month: string;
  rows: RecordRow[];
  problems: RecordProblem[];
}

const FILE_NAME = /^(\d{4})-(0[1-9]|1[0-2])\.csv$/;
const INTEGER = /^\d+$/;
const DECIMAL = /^\d+(\.\d+)?$/;
/** UTF-8's byte-order mark; plain bytes, so the web editor's browser reads files the same way. */
const BOM = [0xef, 0xbb, 0xbf];

const FIELDS: Record<(typeof RECORD_COLUMNS)[number], keyof Omit<RecordRow, 'line'> | 'team'> = {
  队伍: 'team',
  活动场次: 'activities',
  参与人次: 'participants',
  服务时长: 'hours',
  服务对象人次: 'served',
};

/** "2026-10" for an instant, as a calendar in Beijing time shows it. */
export function beijingMonth(date: Date): string {
  const { year, month } = beijingParts(date);
  return `${year}-${String(month).padStart(2, '0')}`;
}

/**
 * Reads one records file. A UTF-8 file with a byte-order mark (what Excel's "CSV UTF-8" writes) is
 * read correctly, and said so; a file in another encoding (GBK, what Excel's plain "CSV" writes on a
 * Chinese Windows) would garble every team name, so it is refused.
 */
export function readRecordsFile(bytes: Uint8Array, fileName: string, now: Date): RecordsFile {
  const problems: RecordProblem[] = [];
  const named = FILE_NAME.exec(fileName);
  const month = named ? `${named[1]}-${named[2]}` : '';
  if (!named) {
    problems.push({
      level: 'error',
      problem: `文件名“${fileName}”不是“年-月.csv”的形式，网站不知道这是哪个月的记录。`,
      fix: '把文件改名为 年份-两位月份.csv，例如 2026-03.csv。',
    });
  } else if (month > beijingMonth(now)) {
    problems.push({
      level: 'error',
      problem: `${month} 还没有到，不能有这个月的服务记录。`,
      fix: '检查文件名里的年份和月份，例如把 2027-03.csv 改成 2026-03.csv。',
    });
  }

  let body = bytes;
  if (BOM.every((byte, i) => body[i] === byte)) {
    body = body.subarray(3);
    problems.push({
      level: 'notice',
      line: 1,
      problem: '文件开头有字节顺序标记（BOM，Excel 的“CSV UTF-8”格式会加上），已按 UTF-8 正确读取。',
      fix: '不用改。',
    });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    problems.push({
      level: 'error',
      problem: '文件不是 UTF-8 编码（多半是 Excel 默认的 GBK 编码），队伍名称会变成乱码。',
      fix: `在 Excel 中“另存为”，类型选“CSV UTF-8（逗号分隔）”；或运行 iconv -f GBK -t UTF-8 原文件.csv > ${fileName}`,
    });
    return { month, rows: [], problems };
  }

  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    problems.push({
      level: 'error',
      line,
      problem: `这一行不是有效的 CSV：${(error as Error).message}`,
      fix: '检查这一行的引号和逗号：含逗号的内容要用英文双引号括起来。',
    });
    return { month, rows: [], problems };
  }

  const [header, ...data] = records;
  const expected = RECORD_COLUMNS.join(',');
  if (!header || header.record.join(',') !== expected) {
    problems.push({
      level: 'error',
      line: header?.info.lines ?? 1,
      problem: `第一行应当正好是 ${expected}，现在是 ${header ? header.record.join(',') : '空的'}。`,
      fix: `把第一行改成 ${expected}（顺序相同、用英文逗号）。`,
    });
    return { month, rows: [], problems };
  }

  const rows: RecordRow[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of data) {
    const line = info.lines;
    if (record.length !== RECORD_COLUMNS.length) {
      problems.push({
        level: 'error',
        line,
        problem: `这一行有 ${record.length} 列，应当是 ${RECORD_COLUMNS.length} 列（${expected}）。`,
        fix: '补齐或删去多余的列；含逗号的内容要用英文双引号括起来。',
      });
      continue;
    }
    const row: Partial<RecordRow> = { line };
    let readable = true;
    RECORD_COLUMNS.forEach((column, i) => {
      const cell = record[i]!;
      const field = FIELDS[column];
      const found = personalNumbers(cell);
      if (found) {
        problems.push({
          level: 'error',
          line,
          column,
          problem: `第 ${i + 1} 列（${column}）里有${found}：服务记录只写队伍的合计，不写个人信息。`,
          fix: '删去这个号码；服务记录只按队伍汇总。',
        });
        readable = false;
        return;
      }
      if (field === 'team') {
        row.team = cell;
        return;
      }
      const pattern = field === 'hours' ? DECIMAL : INTEGER;
      if (!pattern.test(cell)) {
        const negative = /^-\d/.test(cell);
        problems.push({
          level: 'error',
          line,
          column,
          problem: negative
            ? `第 ${i + 1} 列（${column}）是负数“${cell}”。`
            : `第 ${i + 1} 列（${column}）“${cell}”不是${field === 'hours' ? '数字' : '整数'}。`,
          fix:
            field === 'hours'
              ? '只写小时数，可以有小数，例如 36.5；不写“小时”等文字。'
              : '只写不小于 0 的整数，例如 12；不写“次”“人”等文字。',
        });
        readable = false;
        return;
      }
      row[field] = Number(cell);
    });
    if (!readable) continue;
    const earlier = seen.get(row.team!);
    if (earlier) {
      problems.push({
        level: 'error',
        line,
        column: '队伍',
        problem: `队伍“${row.team}”在第 ${earlier} 行已经有这个月的记录，一个月只能有一行。`,
        fix: '把两行合并成一行（各列相加），或删去重复的一行。',
      });
      continue;
    }
    seen.set(row.team!, line);
    rows.push(row as RecordRow);
  }
  return { month, rows, problems };
}

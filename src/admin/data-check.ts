/**
 * What the web editor checks before it saves a month of service records or an honour roll: by the
 * content check's own reader and model (src/lib/service-records.ts, the honours schema), so what the
 * build would refuse is refused here first, said in Chinese with the place and the fix.
 */
import { beijingYear } from '../lib/beijing-time.ts';
import { brokenReference, type KnownEntries } from '../lib/references.ts';
import { beijingMonth, readRecordsFile } from '../lib/service-records.ts';
import { checkSchemas, fieldHelp } from '../content-check/schemas.ts';
import { zodProblems } from '../content-check/zod-problems.ts';
import { fieldLabel } from './decap-fields.ts';
import type { EditorProblem } from './entry-check.ts';

export interface DataSave {
  collection: 'records' | 'honours';
  data: Record<string, unknown>;
  /** the file's name without its extension: YYYY-MM or YYYY; undefined for a new one */
  slug?: string;
  known: KnownEntries;
  now: Date;
}

function recordsProblems(save: DataSave): EditorProblem[] {
  const month = save.slug ?? String(save.data.month ?? '');
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
    return [{ where: '月份', problem: `月份“${month}”不对。`, fix: '写成 年-两位月份，例如 2026-11。' }];
  }
  if (month > beijingMonth(save.now)) {
    return [
      {
        where: '月份',
        problem: `${month} 还没有到，不能有这个月的记录。`,
        fix: '检查月份，例如把 2027-01 改成 2026-01。',
      },
    ];
  }
  const sheet = String(save.data.sheet ?? '');
  if (!sheet) {
    return [
      {
        where: '本月的服务记录表',
        problem: '还没有上传本月的表格，或者上传的表格有读不懂的行。',
        fix: '选择平台导出的 .xlsx 或 .csv 文件；有读不懂的行时，按列出的说明改好表格后重新上传。',
      },
    ];
  }
  return readRecordsFile(new TextEncoder().encode(sheet), `${month}.csv`, save.now)
    .problems.filter((p) => p.level === 'error')
    .map((p) => ({
      where: `本月的服务记录表${p.line ? `第 ${p.line} 行` : ''}`,
      problem: p.problem,
      fix: p.fix ?? '改好表格后重新上传。',
    }));
}

function honoursProblems(save: DataSave): EditorProblem[] {
  const year = save.slug ?? String(save.data.year ?? '');
  if (!/^20\d{2}$/.test(year))
    return [{ where: '年份', problem: `年份“${year}”不对。`, fix: '写四位年份，例如 2026。' }];
  if (Number(year) > beijingYear(save.now)) {
    return [{ where: '年份', problem: `${year} 年还没有到，不能有这一年的光荣榜。`, fix: '检查年份。' }];
  }
  const people = Array.isArray(save.data.people) ? (save.data.people as Record<string, unknown>[]) : [];
  return people.flatMap((person, i) => {
    const where = (field: string) =>
      `名单（第 ${i + 1} 项：${String(person.name ?? '')}） › ${fieldLabel('honours', field)}`;
    const result = checkSchemas.honours.safeParse(person);
    // In the content check's words (zod-problems.ts), placed in the form.
    const problems: EditorProblem[] = result.success
      ? []
      : zodProblems(result.error.issues, person, 'honours', fieldHelp('honours'), () => undefined).map((p) => ({
          where: where(p.field ?? ''),
          problem: p.problem,
          fix: p.fix,
        }));
    const broken =
      typeof person.team === 'string' &&
      brokenReference({ collection: 'teams', id: person.team, field: 'team' }, save.known);
    if (broken) problems.push({ where: where('team'), ...broken });
    return problems;
  });
}

export function dataProblemsBeforeSaving(save: DataSave): EditorProblem[] {
  return save.collection === 'records' ? recordsProblems(save) : honoursProblems(save);
}

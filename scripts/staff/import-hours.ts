/**
 * npm run import:hours: a volunteer platform's monthly export, CSV or Excel, into
 * content/records/YYYY-MM.csv (src/lib/records-import.ts says how columns and teams are matched).
 *   npm run import:hours -- 导出表.xlsx --month 2026-10 [--force]
 * Every row it cannot read is listed with its line, and then nothing is written; a finished file
 * is written whole (to a temporary name, then renamed) and read back by the content check's reader.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readSheet } from 'read-excel-file/node';
import { buildNow } from '../../src/lib/build-now.ts';
import { contentRoot } from '../../src/lib/content-root.ts';
import { importRecords } from '../../src/lib/records-import.ts';
import { readExportSheet } from '../../src/lib/records-sheet.ts';
import { beijingMonth, readRecordsFile } from '../../src/lib/service-records.ts';
import { entriesIn } from './known-entries.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { month: { type: 'string' }, force: { type: 'boolean', default: false } },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const input = positionals[0] ?? fail('请写明要导入的文件：npm run import:hours -- 导出表.xlsx --month 2026-10');
const month = values.month ?? fail('请写明是哪个月的记录：--month 2026-10');
if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) fail(`--month 应当写成 年-两位月份，例如 2026-03，现在是“${month}”。`);
if (month > beijingMonth(buildNow())) fail(`${month} 还没有到，不能导入这个月的记录。`);
if (!existsSync(input)) fail(`找不到文件 ${input}。`);

const content = contentRoot();
const target = path.join(content, 'records', `${month}.csv`);
if (existsSync(target) && !values.force) {
  fail(`${target} 已经存在。要用这次导出替换它，请加 --force。`);
}

/** The sheet's rows with the line each came from (1 is the header). */
async function readInput(file: string) {
  const reading = await readExportSheet(file, readFileSync(file), (bytes) => readSheet(Buffer.from(bytes)));
  if ('problem' in reading) fail(reading.problem);
  if (reading.note) console.log(reading.note);
  return reading.rows;
}

const teams = entriesIn(content, 'teams', /^([^/]+)\.md$/);
const result = importRecords(await readInput(input), teams);
if (!result.csv) {
  fail(
    `没有写入任何文件：${input} 有 ${result.problems.length} 处读不懂，请改正后重新导入。\n${result.problems
      .map((p) => `  ${p.line ? `第 ${p.line} 行：` : ''}${p.problem}`)
      .join('\n')}`,
  );
}

mkdirSync(path.dirname(target), { recursive: true });
const partial = `${target}.partial`;
writeFileSync(partial, result.csv);
const check = readRecordsFile(readFileSync(partial), `${month}.csv`, buildNow());
if (check.problems.some((p) => p.level === 'error')) {
  fail(`写出的文件没有通过检查，未保存：\n${check.problems.map((p) => `  ${p.problem}`).join('\n')}`);
}
renameSync(partial, target);
const merged = result.teams.filter((t) => t.rows > 1);
console.log(
  `已写入 ${target}：${result.teams.length} 支队伍${merged.length > 0 ? `（${merged.map((t) => `${t.id} 合并了 ${t.rows} 行`).join('，')}）` : ''}。请运行 npm run check 后提交。`,
);

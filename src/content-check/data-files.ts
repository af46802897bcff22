/** content/site.yaml and content/fields.yaml: YAML files of their own, not entries with a body. */
import path from 'node:path';
import { beijingYear } from '../lib/beijing-time.ts';
import { fieldLine, parseYamlAsWritten } from '../lib/front-matter.ts';
import { imageProblems } from './images.ts';
import type { EntryFile } from './layout.ts';
import type { EntryFacts } from './cross-entry.ts';
import { checkSchemas, fieldHelp } from './schemas.ts';
import { yamlPitfalls } from './yaml-pitfalls.ts';
import { yamlProblem } from './yaml-problem.ts';
import { zodProblems } from './zod-problems.ts';
import type { Problem } from './problem.ts';

export interface CheckedDataFile {
  problems: Problem[];
  /** site.yaml, or each service field of fields.yaml, for the rules across entries */
  entries: EntryFacts[];
}

/** A file whose whole structure is wrong: one problem, nothing read from it. */
function refusedWhole(file: string, problem: string, fix: string): CheckedDataFile {
  return { problems: [{ file, level: 'error', problem, fix }], entries: [] };
}

export async function checkDataFile(
  placed: EntryFile,
  text: string,
  file: string,
  options: { contentDir: string; now: Date },
): Promise<CheckedDataFile> {
  const pitfalls: Problem[] = yamlPitfalls(text, 0).map((p) => ({ file, level: 'error', ...p }));
  let data: unknown;
  try {
    data = parseYamlAsWritten(text, file);
  } catch (error) {
    return { problems: pitfalls.length > 0 ? pitfalls : [yamlProblem(error, file, 0)], entries: [] };
  }
  if (pitfalls.length > 0) return { problems: pitfalls, entries: [] };
  if (placed.collection === 'honours') return checkHonours(placed, data, text, file, options);
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return refusedWhole(file, '文件内容应当是“字段: 值”的形式，现在不是。', '参照 git 历史中的上一版恢复文件的结构。');
  }
  const lineOf = (key?: string) => fieldLine(text, key, 0);
  if (placed.collection === 'site') {
    const result = await checkSchemas.site.safeParseAsync(data);
    return {
      problems: result.success ? [] : zodProblems(result.error.issues, data, file, fieldHelp('site'), lineOf),
      entries: [{ collection: 'site', id: 'site', file, data: data as Record<string, unknown>, lineOf }],
    };
  }
  // fields.yaml: each key is a field's id, each value its details.
  const problems: Problem[] = [];
  const entries: EntryFacts[] = [];
  for (const [id, value] of Object.entries(data)) {
    problems.push(...(await itemProblems('fields', id, value, data, file, () => lineOf(id))));
    const fieldData = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
    entries.push({ collection: 'fields', id, file, data: fieldData, lineOf });
  }
  return { problems, entries };
}

/**
 * One item of a file that holds many (a service field of fields.yaml, a person of an honour roll)
 * against its schema, its problems named from the top of the file (guanai-liushou-ertong.order, [2].consent).
 */
async function itemProblems(
  name: 'fields' | 'honours',
  key: string | number,
  value: unknown,
  data: unknown,
  file: string,
  lineOf: () => number | undefined,
): Promise<Problem[]> {
  const result = await checkSchemas[name].safeParseAsync(value);
  if (result.success) return [];
  const help = fieldHelp(name);
  const inItem = (dotted: string) => dotted.split('.').slice(1).join('.');
  const issues = result.error.issues.map((issue) => ({ ...issue, path: [key, ...issue.path] }));
  const helpInItem = {
    describe: (dotted: string) => help.describe(inItem(dotted)),
    knownKeys: (dotted: string) => help.knownKeys(inItem(dotted)),
  };
  return zodProblems(issues, data, file, helpInItem, lineOf);
}

/** The line each item of a top-level YAML list starts on ("- name: …"). */
function itemLines(text: string): number[] {
  return text.split(/\r?\n/).flatMap((line, i) => (/^-(\s|$)/.test(line) ? [i + 1] : []));
}

/** content/honours/YYYY.yaml: a list of people, each checked against the model; photos beside the file. */
async function checkHonours(
  placed: EntryFile,
  data: unknown,
  text: string,
  file: string,
  options: { contentDir: string; now: Date },
): Promise<CheckedDataFile> {
  if (!Array.isArray(data)) {
    return refusedWhole(
      file,
      '光荣榜文件应当是一个列表：每个人以“- name: 姓名”开头，下面缩进写 team、hours、consent 等。',
      '参照 content/honours/2025.yaml 的写法。',
    );
  }
  const problems: Problem[] = [];
  if (Number(placed.id) > beijingYear(options.now)) {
    problems.push({
      file,
      level: 'error',
      problem: `${placed.id} 年还没有到，不能有这一年的光荣榜。`,
      fix: '检查文件名里的年份，例如把 2027.yaml 改成 2026.yaml。',
    });
  }
  const lines = itemLines(text);
  const entries: EntryFacts[] = [];
  for (const [i, person] of data.entries()) {
    const lineOf = () => lines[i];
    problems.push(...(await itemProblems('honours', i, person, data, file, lineOf)));
    const dir = path.dirname(path.join(options.contentDir, placed.path));
    const photos = await imageProblems({ file, dir, data: person, body: '', bodyLine: 0 });
    problems.push(...photos.map((p) => ({ ...p, line: lines[i], field: `[${i}].${p.field}` })));
    const facts = (person && typeof person === 'object' ? person : {}) as Record<string, unknown>;
    entries.push({ collection: 'honours', id: `${placed.id}-${i + 1}`, file, data: facts, lineOf });
  }
  return { problems, entries };
}

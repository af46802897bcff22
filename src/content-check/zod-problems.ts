/** Zod's findings about one entry, turned into problems a staff member can fix. */
import { closest } from 'fastest-levenshtein';
import type { z } from 'astro/zod';
import type { Problem } from './problem.ts';

export interface FieldHelp {
  /** the field's description from the schema, by dotted path without indexes */
  describe(path: string): string | undefined;
  /** the fields an object at this dotted path may have */
  knownKeys(path: string): string[];
}

const fieldName = (path: PropertyKey[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
const plainPath = (path: PropertyKey[]) =>
  path
    .filter((p) => typeof p !== 'number')
    .map(String)
    .join('.');

/** The value staff wrote at a path, to tell a missing field from a wrong one (zod does not keep it). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );
}

export function zodProblems(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  file: string,
  help: FieldHelp,
  lineOf: (topField?: string) => number | undefined,
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const top = issue.path[0] === undefined ? undefined : String(issue.path[0]);
    const base = { file, line: lineOf(top), level: 'error' as const };
    if (issue.code === 'unrecognized_keys') {
      const parent = plainPath(issue.path);
      const known = help.knownKeys(parent);
      for (const key of issue.keys) {
        const guess = known.length ? closest(key, known) : undefined;
        const field = parent ? `${fieldName(issue.path)}.${key}` : key;
        problems.push({
          ...base,
          line: parent ? base.line : lineOf(key),
          field,
          problem: `不认识的字段“${key}”。`,
          fix: `${guess ? `是不是要写“${guess}”？` : ''}可以写的字段有：${known.join('、')}。拼写不对的请改正，多余的请删除。`,
        });
      }
      continue;
    }
    const field = fieldName(issue.path);
    const description = help.describe(plainPath(issue.path));
    if (issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined) {
      problems.push({
        ...base,
        field,
        problem: `缺少必填字段“${field}”${description ? `（${description}）` : ''}。`,
        fix: `在开头两行 --- 之间加上一行：${String(issue.path.at(-1))}: ……`,
      });
      continue;
    }
    if (issue.code === 'custom') {
      // Our own rules already say what to write.
      problems.push({
        ...base,
        field,
        problem: issue.message,
        fix: description ? `这个字段是：${description}。` : '按上面的说明改正。',
      });
      continue;
    }
    problems.push({
      ...base,
      field,
      problem: `${issue.message}${description ? `（这个字段是：${description}）` : ''}`,
      fix: fixFor(issue),
    });
  }
  return problems;
}

function fixFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'array'
        ? '这里要写成列表，例如 [jinhui-zhulao] 或每项一行、以“- ”开头。'
        : issue.expected === 'number'
          ? '这里只写数字，不要加单位或引号，例如 126。'
          : issue.expected === 'boolean'
            ? '这里只能写 true 或 false。'
            : '请按说明改正这个值。';
    case 'too_small':
      return '这里不能为空：请至少填写一项。';
    case 'invalid_value':
      return '请从允许的值中选一个，照抄即可。';
    default:
      return '请按问题说明改正这个值；不确定时，参照同一文件夹里的其他文件。';
  }
}

/**
 * Zod's findings about one entry, turned into problems a staff member can fix: one plain-Chinese
 * message per kind of finding, naming the field and what was written, with the fix. Messages the
 * content model words itself (in Chinese) are kept as they are.
 */
import { closest } from 'fastest-levenshtein';
import type { z } from 'astro/zod';
import type { Problem } from './problem.ts';

export interface FieldHelp {
  /** the field's description from the schema, by dotted path without indexes */
  describe(path: string): string | undefined;
  /** the fields an object at this dotted path may have */
  knownKeys(path: string): string[];
}

const fieldName = (path: readonly PropertyKey[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
const plainPath = (path: readonly PropertyKey[]) =>
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

/** What was written, as staff would recognise it. */
function shown(value: unknown): string {
  if (typeof value === 'string') return `“${value}”`;
  if (Array.isArray(value)) return '一个列表';
  if (value && typeof value === 'object') return '几个缩进的字段';
  return `“${String(value)}”`;
}

const HAN = /\p{Script=Han}/u;

/** Where to add a missing field: at the top, or indented under its parent. */
function whereToAdd(path: readonly PropertyKey[]): string {
  const key = String(path.at(-1));
  const parents = path.slice(0, -1);
  if (parents.length === 0) return `在开头两行 --- 之间加上一行：${key}: ……`;
  const last = parents.at(-1);
  if (typeof last === 'number') {
    // A list at the top of the file (an honour roll) has no name of its own.
    const list = parents.length > 1 ? `${fieldName(parents.slice(0, -1))} 的` : '';
    return `在${list}第 ${last + 1} 项里加一行，和这一项的其他字段左边对齐：${key}: ……`;
  }
  return `在 ${String(last)}: 那一行下面加一行，比它多缩进两个空格：“  ${key}: ……”`;
}

type Said = Pick<Problem, 'problem' | 'fix'>;

function said(issue: z.core.$ZodIssue, data: unknown, help: FieldHelp): Said {
  const field = fieldName(issue.path);
  const key = String(issue.path.at(-1) ?? field);
  const value = valueAt(data, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'array') {
        return {
          problem: `“${field}”要写成列表，现在是${shown(value)}。`,
          fix: `写成方括号里的列表，例如 ${key}: [${typeof value === 'string' ? value : '……'}]；多项用英文逗号隔开，也可以每项一行、以“- ”开头。`,
        };
      }
      if (issue.expected === 'number') {
        return {
          problem: `“${field}”只能写数字，现在是${shown(value)}。`,
          fix: '只写数字（阿拉伯数字），不加单位和引号，例如 126。',
        };
      }
      if (issue.expected === 'boolean') {
        return {
          problem: `“${field}”只能写 true 或 false，现在是${shown(value)}。`,
          fix: '写 true（是）或 false（否），不加引号。',
        };
      }
      if (issue.expected === 'object') {
        const known = help.knownKeys(plainPath(issue.path));
        return {
          problem: `“${field}”下面要有几个缩进的字段，现在写成了${shown(value)}。`,
          fix: `写成“${key}:”一行，下面每个字段一行、多缩进两个空格${known.length ? `：${known.join('、')}` : ''}。`,
        };
      }
      return {
        problem: `“${field}”要写一段文字，现在是${shown(value)}。`,
        fix: `用英文双引号把文字括起来，例如 ${key}: "……"。`,
      };
    case 'too_small':
      return issue.origin === 'array'
        ? {
            problem: `“${field}”至少要写 ${issue.minimum} 项。`,
            fix: `在 ${key}: 后面的方括号里写上，例如 ${key}: [……]。`,
          }
        : issue.origin === 'string'
          ? { problem: `“${field}”不能为空。`, fix: `在 ${key}: 后面写上内容。` }
          : {
              problem: `“${field}”不能小于 ${issue.minimum}，现在是${shown(value)}。`,
              fix: `改成 ${issue.minimum} 或更大的数。`,
            };
    case 'too_big':
      return { problem: `“${field}”太大或太长（最多 ${issue.maximum}）。`, fix: '改小一些，或删掉多余的部分。' };
    case 'invalid_value':
      return {
        problem: `“${field}”只能是：${issue.values.map(String).join('、')}，现在是${shown(value)}。`,
        fix: '照抄其中一个。',
      };
    case 'invalid_format':
      return issue.format === 'email'
        ? { problem: `${shown(value)}不是有效的电子邮箱地址。`, fix: '写成 name@example.org 的样子。' }
        : issue.format === 'url'
          ? { problem: `${shown(value)}不是有效的网址。`, fix: '从浏览器地址栏复制完整的网址，以 https:// 开头。' }
          : { problem: `“${field}”的写法不对：${shown(value)}。`, fix: '参照同一文件夹里其他文件的写法改正。' };
    default:
      return { problem: `“${field}”的值不对：${shown(value)}。`, fix: '参照同一文件夹里其他文件的写法改正。' };
  }
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
    const about = description ? `（这个字段是：${description}）` : '';
    if (issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined) {
      problems.push({ ...base, field, problem: `缺少必填字段“${field}”${about}。`, fix: whereToAdd(issue.path) });
    } else if (HAN.test(issue.message)) {
      // The content model's own words already say what to write.
      problems.push({
        ...base,
        field,
        problem: issue.message,
        fix: description ? `这个字段是：${description}。` : '按上面的说明改正。',
      });
    } else {
      const { problem, fix } = said(issue, data, help);
      problems.push({ ...base, field, problem: `${problem}${about}`, fix });
    }
  }
  return problems;
}

/** content/site.yaml and content/fields.yaml: YAML files of their own, not entries with a body. */
import { fieldLine, parseYamlAsWritten } from '../lib/front-matter.ts';
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

export async function checkDataFile(placed: EntryFile, text: string, file: string): Promise<CheckedDataFile> {
  const pitfalls: Problem[] = yamlPitfalls(text, 0).map((p) => ({ file, level: 'error', ...p }));
  let data: unknown;
  try {
    data = parseYamlAsWritten(text, file);
  } catch (error) {
    return { problems: pitfalls.length > 0 ? pitfalls : [yamlProblem(error, file, 0)], entries: [] };
  }
  if (pitfalls.length > 0) return { problems: pitfalls, entries: [] };
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    const problem: Problem = {
      file,
      level: 'error',
      problem: '文件内容应当是“字段: 值”的形式，现在不是。',
      fix: '参照 git 历史中的上一版恢复文件的结构。',
    };
    return { problems: [problem], entries: [] };
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
  const help = fieldHelp('fields');
  const withoutId = (dotted: string) => dotted.split('.').slice(1).join('.');
  const problems: Problem[] = [];
  const entries: EntryFacts[] = [];
  for (const [id, value] of Object.entries(data)) {
    const result = await checkSchemas.fields.safeParseAsync(value);
    if (!result.success) {
      const issues = result.error.issues.map((issue) => ({ ...issue, path: [id, ...issue.path] }));
      const helpForField = {
        describe: (dotted: string) => help.describe(withoutId(dotted)),
        knownKeys: (dotted: string) => help.knownKeys(withoutId(dotted)),
      };
      problems.push(...zodProblems(issues, data, file, helpForField, () => lineOf(id)));
    }
    const fieldData = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
    entries.push({ collection: 'fields', id, file, data: fieldData, lineOf });
  }
  return { problems, entries };
}

/**
 * One entry's text against the content model: its front matter (YAML pitfalls, the schema, texts left
 * from a skeleton) and its body. Nothing here reads a disk, so the web editor runs the same check in
 * the browser before it saves (src/admin/entry-check.ts); `npm run check` adds the photos and the
 * rules across entries (entry-file.ts).
 */
import { fieldLine, parseYamlAsWritten, splitEntry, type EntryParts } from '../lib/front-matter.ts';
import type { BodyFinding } from './body-inspection.ts';
import { placeholderProblems } from './placeholders.ts';
import type { Problem } from './problem.ts';
import { checkSchemas, fieldHelp } from './schemas.ts';
import type { CollectionName } from '../schema/collections.ts';
import { yamlPitfalls } from './yaml-pitfalls.ts';
import { yamlProblem } from './yaml-problem.ts';
import { zodProblems } from './zod-problems.ts';

export interface CheckedText {
  problems: Problem[];
  parts: EntryParts;
  /** the front matter as written, once it could be read */
  data?: Record<string, unknown>;
  lineOf(field?: string): number | undefined;
}

export async function checkEntryText(
  collection: CollectionName,
  text: string,
  file: string,
  bodyFindings: (body: string) => Promise<BodyFinding[]> | BodyFinding[],
): Promise<CheckedText> {
  const parts = splitEntry(text);
  const lineOf = (key?: string) => (parts.yaml === undefined ? undefined : fieldLine(parts.yaml, key));
  if (parts.yaml === undefined) {
    const problem: Problem = {
      file,
      line: 1,
      level: 'error',
      problem: '文件开头缺少用 --- 包围的字段区（标题、日期等）。',
      fix: '文件第一行写 ---，接着写各个字段，再写一行 ---，然后才是正文。可以用 npm run new 生成一个正确的开头。',
    };
    return { problems: [problem], parts, lineOf };
  }
  // Said where they are; a parser error they cause would point elsewhere, so they come instead of it.
  const pitfalls: Problem[] = yamlPitfalls(parts.yaml, 1).map((p) => ({ file, level: 'error', ...p }));
  let raw: unknown;
  try {
    raw = parseYamlAsWritten(parts.yaml, file);
  } catch (error) {
    return { problems: pitfalls.length > 0 ? pitfalls : [yamlProblem(error, file, 1)], parts, lineOf };
  }
  const data = (raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
  const problems: Problem[] = [...pitfalls];
  const result = await checkSchemas[collection].safeParseAsync(data);
  if (!result.success) problems.push(...zodProblems(result.error.issues, data, file, fieldHelp(collection), lineOf));
  for (const finding of await bodyFindings(parts.body)) {
    const { problem, fix } = finding;
    problems.push({ file, line: parts.bodyLine + finding.line - 1, field: '正文', level: 'error', problem, fix });
  }
  problems.push(...placeholderProblems({ ...parts, data, file }));
  return { problems, parts, data, lineOf };
}

/** One story, announcement, team or campaign: its front matter against the content model, its body, its photos. */
import path from 'node:path';
import { fieldLine, parseYamlAsWritten, splitEntry } from '../lib/front-matter.ts';
import { formatDateTime, parseBeijingTime } from '../lib/beijing-time.ts';
import { publicFrom } from '../lib/publishing.ts';
import { bodyFindings } from './body-rules.ts';
import type { EntryFacts } from './cross-entry.ts';
import { imageProblems } from './images.ts';
import { placeholderProblems } from './placeholders.ts';
import type { EntryFile } from './layout.ts';
import { checkSchemas, fieldHelp } from './schemas.ts';
import { yamlPitfalls } from './yaml-pitfalls.ts';
import { yamlProblem } from './yaml-problem.ts';
import { zodProblems } from './zod-problems.ts';
import type { Problem } from './problem.ts';

export interface CheckedEntry {
  problems: Problem[];
  /** the entry, for the rules across entries, once its front matter could be read */
  entry?: EntryFacts;
}

export async function checkEntryFile(
  placed: EntryFile,
  text: string,
  file: string,
  options: { contentDir: string; now: Date },
): Promise<CheckedEntry> {
  const parts = splitEntry(text);
  if (parts.yaml === undefined) {
    const problem: Problem = {
      file,
      line: 1,
      level: 'error',
      problem: '文件开头缺少用 --- 包围的字段区（标题、日期等）。',
      fix: '文件第一行写 ---，接着写各个字段，再写一行 ---，然后才是正文。可以用 npm run new 生成一个正确的开头。',
    };
    return { problems: [problem] };
  }
  // Said where they are; a parser error they cause would point elsewhere, so they come instead of it.
  const pitfalls: Problem[] = yamlPitfalls(parts.yaml, 1).map((p) => ({ file, level: 'error', ...p }));
  let raw: unknown;
  try {
    raw = parseYamlAsWritten(parts.yaml, file);
  } catch (error) {
    return { problems: pitfalls.length > 0 ? pitfalls : [yamlProblem(error, file, 1)] };
  }
  const data = (raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
  const lineOf = (key?: string) => fieldLine(parts.yaml!, key);
  const problems: Problem[] = [...pitfalls];

  const result = await checkSchemas[placed.collection].safeParseAsync(data);
  if (!result.success)
    problems.push(...zodProblems(result.error.issues, data, file, fieldHelp(placed.collection), lineOf));
  for (const finding of await bodyFindings(parts.body)) {
    const { problem, fix } = finding;
    problems.push({ file, line: parts.bodyLine + finding.line - 1, field: '正文', level: 'error', problem, fix });
  }
  const dir = path.dirname(path.join(options.contentDir, placed.path));
  problems.push(
    ...(await imageProblems({ ...parts, data, file, dir })),
    ...placeholderProblems({ ...parts, data, file }),
  );
  const scheduled = scheduledNotice(data, options.now);
  if (scheduled) problems.push({ file, line: lineOf('published'), field: 'published', ...scheduled });

  const entry: EntryFacts = {
    collection: placed.collection,
    id: placed.id,
    file,
    data,
    lineOf,
    body: { text: parts.body, line: parts.bodyLine },
  };
  return { problems, entry };
}

/** A publish time still to come is not a mistake, but staff should know the entry will wait for it. */
function scheduledNotice(
  data: Record<string, unknown>,
  now: Date,
): Pick<Problem, 'level' | 'problem' | 'fix'> | undefined {
  const time = (key: string) =>
    typeof data[key] === 'string' ? (parseBeijingTime(data[key]) ?? undefined) : undefined;
  const published = time('published');
  if (!published || data.draft === true) return undefined;
  const from = publicFrom({ published, embargo: time('embargo') });
  if (from <= now) return undefined;
  return {
    level: 'notice',
    problem: `${from > published ? '禁发时间' : '发布时间'} ${formatDateTime(from)} 还没到，这篇现在不会出现在网站上。`,
    fix: '到时间后网站会在下一次定时生成时发布它（见 README“定时发布”）。如果是年份或日期写错了，请改正。',
  };
}

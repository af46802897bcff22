/** One story, announcement, team or campaign: its front matter against the content model, its body, its photos. */
import path from 'node:path';
import { formatDateTime, parseBeijingTime } from '../lib/beijing-time.ts';
import { publicFrom } from '../lib/publishing.ts';
import { bodyFindings } from './body-rules.ts';
import type { EntryFacts } from './cross-entry.ts';
import { imageProblems } from './images.ts';
import { readFilm } from './videos.ts';
import { checkEntryText } from './entry-text.ts';
import type { EntryFile } from './layout.ts';
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
  options: { contentDir: string; now: Date; videoMegabytes?: number },
): Promise<CheckedEntry> {
  const { problems, parts, data, lineOf } = await checkEntryText(placed.collection, text, file, bodyFindings);
  if (!data) return { problems };
  const dir = path.dirname(path.join(options.contentDir, placed.path));
  problems.push(...(await imageProblems({ ...parts, data, file, dir })));
  problems.push(...readFilm({ data, file, dir, line: lineOf('video') }, options.videoMegabytes).problems);
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
    fix: '到时间后网站会在下一次定时生成时发布它（见编辑手册 docs/staff-guide.md“定时发布”）。如果是年份或日期写错了，请改正。',
  };
}

/**
 * Checks all of content/ without building a page, and returns every problem at once: what npm run
 * check prints and what stops npm run build before Astro's output is let through.
 */
import { readFileSync } from 'node:fs';
import { parseYamlAsWritten } from '../lib/front-matter.ts';
import path from 'node:path';
import pLimit from 'p-limit';
import { listContentFiles, readContentText } from './content-files.ts';
import { crossEntryProblems, type EntryFacts } from './cross-entry.ts';
import { checkDataFile } from './data-files.ts';
import { checkEntryFile } from './entry-file.ts';
import { placeFile } from './layout.ts';
import { checkRecordsFile } from './records-file.ts';
import { revisionProblems } from './revisions.ts';
import type { Problem } from './problem.ts';

export interface CheckOptions {
  /** project folder: problems name files relative to it */
  projectDir: string;
  contentDir: string;
  now: Date;
  /** set from content/site.yaml */
  videoMegabytes?: number;
  /** the git commit the live site was built from: published entries changed since need a 更正说明 */
  publishedRef?: string;
}

/** Files checked at once: reading photos' sizes with sharp is most of the work, and it waits on the disk. */
const FILES_AT_ONCE = 8;

/** The film size limit content/site.yaml sets, if it can be read (its own check reports it otherwise). */
function videoMegabytes(contentDir: string): number | undefined {
  try {
    const site = parseYamlAsWritten(readFileSync(path.join(contentDir, 'site.yaml'), 'utf-8'), 'site.yaml') as {
      videoMaxMegabytes?: unknown;
    };
    return typeof site?.videoMaxMegabytes === 'number' ? site.videoMaxMegabytes : undefined;
  } catch {
    return undefined;
  }
}

export async function checkContent(options: CheckOptions): Promise<Problem[]> {
  const limit = pLimit(FILES_AT_ONCE);
  options = { ...options, videoMegabytes: videoMegabytes(options.contentDir) };
  const perFile = await Promise.all(
    listContentFiles(options.contentDir).map((relative) => limit(() => checkFile(relative, options))),
  );
  const problems = perFile.flatMap((checked) => checked.problems);
  const entries = perFile.flatMap((checked) => checked.entries);
  const revisions = options.publishedRef ? revisionProblems({ ...options, ref: options.publishedRef }) : [];
  return [...problems, ...crossEntryProblems(entries, { contentDir: options.contentDir }), ...revisions];
}

async function checkFile(
  relative: string,
  options: CheckOptions,
): Promise<{ problems: Problem[]; entries: EntryFacts[] }> {
  const absolute = path.join(options.contentDir, relative);
  const file = path.relative(options.projectDir, absolute).split(path.sep).join('/');
  const placed = placeFile(relative);
  if ('other' in placed) return { problems: [], entries: [] };
  if ('refused' in placed) return { problems: [{ file, level: 'error', ...placed.refused }], entries: [] };
  if (placed.entry.collection === 'records') {
    return checkRecordsFile(readFileSync(absolute), path.basename(relative), file, options.now);
  }
  const read = readContentText(absolute, file);
  if ('problem' in read) return { problems: [read.problem], entries: [] };
  if (['site', 'fields', 'honours'].includes(placed.entry.collection)) {
    return checkDataFile(placed.entry, read.text, file, options);
  }
  const { problems, entry } = await checkEntryFile(placed.entry, read.text, file, options);
  return { problems, entries: entry ? [entry] : [] };
}

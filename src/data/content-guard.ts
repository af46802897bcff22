/**
 * The build's own guard: the rules across entries that `npm run check` runs, run again on what Astro
 * loaded, so that a plain `astro build` (or `astro dev`) refuses broken content too, with the same
 * report. Astro itself only logs a reference to a missing entry and builds a broken page.
 */
import { contentRoot } from '../lib/content-root.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { crossEntryProblems, type EntryFacts } from '../content-check/cross-entry.ts';
import { formatReport } from '../content-check/problem.ts';
import { fieldLine, splitEntry } from '../lib/front-matter.ts';
import type { CollectionName } from '../schema/collections.ts';

interface LoadedEntry {
  id: string;
  data: object;
  filePath?: string;
}

/** Lines are looked up only for a problem found, from the file itself: Astro does not keep the YAML. */
function lineFinder(filePath: string | undefined): (field: string) => number | undefined {
  let text: string | undefined;
  return (field) => {
    if (!filePath) return undefined;
    text ??= readFileSync(path.resolve(filePath), 'utf-8');
    return filePath.endsWith('.yaml') ? fieldLine(text, field, 0) : fieldLine(splitEntry(text).yaml ?? '', field);
  };
}

export function guardContent(
  loaded: Partial<Record<CollectionName, readonly LoadedEntry[]>>,
  options: { draftsShown: boolean },
): void {
  const entries: EntryFacts[] = Object.entries(loaded).flatMap(([collection, list]) =>
    (list ?? []).map((entry) => ({
      collection: collection as CollectionName,
      id: entry.id,
      file: entry.filePath ?? entry.id,
      data: entry.data as Record<string, unknown>,
      lineOf: lineFinder(entry.filePath),
    })),
  );
  const problems = crossEntryProblems(entries, {
    contentDir: path.resolve(contentRoot()),
    draftsShown: options.draftsShown,
  });
  if (problems.length > 0) throw new Error(`网站没有生成：\n\n${formatReport(problems)}`);
}

import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { formatReport, type Problem } from '../content-check/problem.ts';
import { buildNow } from '../lib/build-now.ts';
import { checkRecordsFile } from '../content-check/records-file.ts';

/**
 * content/records/YYYY-MM.csv, one entry per month. The same reader as `npm run check`, so a file the
 * check refuses stops the build too, with the same words; no folder is no records (the site then shows
 * the team profiles' own figures).
 */
export function monthlyRecords(folder: string): Loader {
  return {
    name: 'xinfeng-monthly-records',
    load: async ({ store, parseData, config }) => {
      const dir = fileURLToPath(new URL(folder, config.root));
      store.clear();
      if (!existsSync(dir)) return;
      const now = buildNow();
      const problems: Problem[] = [];
      for (const name of (await readdir(dir)).filter((f) => f.endsWith('.csv')).sort()) {
        const filePath = path.join(dir, name);
        const shown = path.relative(process.cwd(), filePath);
        const { problems: found, entries } = checkRecordsFile(await readFile(filePath), name, shown, now);
        problems.push(...found);
        const [month] = entries;
        if (!month || found.some((p) => p.level === 'error')) continue;
        const data = await parseData({ id: month.id, data: month.data, filePath });
        store.set({ id: month.id, data, filePath: path.relative(fileURLToPath(config.root), filePath) });
      }
      if (problems.some((p) => p.level === 'error')) throw new Error(formatReport(problems));
    },
  };
}

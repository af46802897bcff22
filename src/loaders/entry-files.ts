import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseYamlAsWritten, splitEntry } from '../lib/front-matter.ts';
import { bodyFindings } from '../content-check/body-rules.ts';
import { listContentFiles } from '../content-check/content-files.ts';
import { imagePathProblems } from '../content-check/images.ts';
import { placeFile } from '../content-check/layout.ts';
import { formatReport, type Problem } from '../content-check/problem.ts';

type GlobOptions = Omit<Parameters<typeof glob>[0], 'base'>;

/**
 * Astro's glob() over one folder of content/, held to the rules `npm run check` applies, so that a
 * plain `astro build` refuses what the check refuses, with the same report:
 * - a file the site will not read (an .mdx, a story in the wrong place) stops the build, where glob()
 *   alone would skip it with a warning;
 * - each entry's front matter is read as written (a time without an offset stays Beijing time, see
 *   parseYamlAsWritten), and its body and photos are checked before the collection schema sees it.
 */
export function entryFiles(contentRoot: string, folder: string, options: GlobOptions): Loader {
  const base = `${contentRoot}${folder}`;
  const inner = glob({ ...options, base });
  return {
    name: `xinfeng-entries-${folder}`,
    load: async (context: LoaderContext) => {
      const refused = refusedFiles(fileURLToPath(new URL(base, context.config.root)), folder);
      if (refused.length > 0) throw new Error(formatReport(refused));
      await inner.load({
        ...context,
        parseData: async (props) => {
          if (!props.filePath) return context.parseData(props);
          const data = await checkedEntryData(props.filePath);
          return context.parseData({ ...props, data: data as typeof props.data });
        },
      });
    },
  };
}

function refusedFiles(dir: string, folder: string): Problem[] {
  return listContentFiles(dir).flatMap((relative) => {
    const placed = placeFile(`${folder}/${relative}`);
    const file = path.relative(process.cwd(), path.join(dir, relative));
    return 'refused' in placed ? [{ file, level: 'error' as const, ...placed.refused }] : [];
  });
}

/** An entry's front matter as written, once its body and photos pass the rules; else the report. */
export async function checkedEntryData(filePath: string): Promise<unknown> {
  const parts = splitEntry(await readFile(filePath, 'utf-8'));
  const file = path.relative(process.cwd(), filePath);
  const data = parseYamlAsWritten(parts.yaml ?? '', filePath) ?? {};
  const problems: Problem[] = [
    ...(await bodyFindings(parts.body)).map(({ line, problem, fix }) => ({
      file,
      line: parts.bodyLine + line - 1,
      field: '正文',
      level: 'error' as const,
      problem,
      fix,
    })),
    ...imagePathProblems({ ...parts, data, file, dir: path.dirname(filePath) }),
  ];
  if (problems.length > 0) throw new Error(formatReport(problems));
  return data;
}

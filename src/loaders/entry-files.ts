import { existsSync, readFileSync } from 'node:fs';
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
import { placeholderProblems } from '../content-check/placeholders.ts';
import { yamlPitfalls } from '../content-check/yaml-pitfalls.ts';
import { yamlProblem } from '../content-check/yaml-problem.ts';
import { formatReport, type Problem } from '../content-check/problem.ts';

type GlobOptions = Omit<Parameters<typeof glob>[0], 'base'>;

/**
 * Astro's glob() over one folder of content/, held to the rules `npm run check` applies, so that a
 * plain `astro build` refuses what the check refuses, with the same report:
 * - a file the site will not read (an .mdx, a story in the wrong place) stops the build, where glob()
 *   alone would skip it with a warning;
 * - front matter that does not read as meant, or not at all, is said in Chinese at its line, before
 *   glob() parses it (whose parser would say it in English, sometimes a line off);
 * - each entry's front matter is read as written (a time without an offset stays Beijing time, see
 *   parseYamlAsWritten), and its body and photos are checked before the collection schema sees it.
 */
export function entryFiles(contentRoot: string, folder: string, options: GlobOptions): Loader {
  const base = `${contentRoot}${folder}`;
  const inner = glob({ ...options, base });
  return {
    name: `xinfeng-entries-${folder}`,
    load: async (context: LoaderContext) => {
      const dir = fileURLToPath(new URL(base, context.config.root));
      // A new county has no stories yet: no folder, no entries (and no warning from glob()).
      if (!existsSync(dir)) {
        context.store.clear();
        return;
      }
      const refused = [...refusedFiles(dir, folder), ...frontMatterProblems(dir, folder)];
      if (refused.length > 0) throw new Error(formatReport(refused));
      // Entries stored from another folder (the content folder moved, or one cache used for two sites)
      // would keep their old files and photos, since glob() skips a file whose text is unchanged.
      const root = fileURLToPath(context.config.root);
      const elsewhere = context.store
        .values()
        .some((entry) => entry.filePath && !path.resolve(root, entry.filePath).startsWith(`${dir}${path.sep}`));
      if (elsewhere) context.store.clear();
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

function frontMatterProblems(dir: string, folder: string): Problem[] {
  return listContentFiles(dir).flatMap((relative) => {
    if (!('entry' in placeFile(`${folder}/${relative}`))) return [];
    const file = path.relative(process.cwd(), path.join(dir, relative));
    return readFrontMatter(readFileSync(path.join(dir, relative), 'utf-8'), file).problems;
  });
}

/** The front matter as written, or what is wrong with its YAML, at the lines staff must look at. */
function readFrontMatter(source: string, file: string) {
  const parts = splitEntry(source);
  const pitfalls: Problem[] = yamlPitfalls(parts.yaml ?? '', 1).map((p) => ({ file, level: 'error', ...p }));
  try {
    return { parts, data: parseYamlAsWritten(parts.yaml ?? '', file) ?? {}, problems: pitfalls };
  } catch (error) {
    return { parts, data: {}, problems: pitfalls.length > 0 ? pitfalls : [yamlProblem(error, file, 1)] };
  }
}

/** An entry's front matter as written, once its body and photos pass the rules; else the report. */
export async function checkedEntryData(filePath: string): Promise<unknown> {
  const file = path.relative(process.cwd(), filePath);
  const { parts, data, problems: yamlProblems } = readFrontMatter(await readFile(filePath, 'utf-8'), file);
  const problems: Problem[] = [
    ...yamlProblems,
    ...(await bodyFindings(parts.body)).map(({ line, problem, fix }) => ({
      file,
      line: parts.bodyLine + line - 1,
      field: '正文',
      level: 'error' as const,
      problem,
      fix,
    })),
    ...imagePathProblems({ ...parts, data, file, dir: path.dirname(filePath) }),
    ...placeholderProblems({ ...parts, data, file }),
  ];
  if (problems.length > 0) throw new Error(formatReport(problems));
  return data;
}

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseYamlAsWritten, splitEntry } from '../lib/front-matter.ts';
import { missingImageProblems } from '../content-check/images.ts';
import { formatReport } from '../content-check/problem.ts';

/**
 * Wraps a file loader (glob) so that each entry's front matter is read as written (see
 * parseYamlAsWritten: a time without an offset stays Beijing time) before the collection schema sees
 * it, and an image the entry names but that is not there stops the build with the same report
 * `npm run check` gives. Everything else the wrapped loader does is unchanged.
 */
export function frontmatterAsWritten(inner: Loader): Loader {
  return {
    name: `${inner.name}+frontmatter-as-written`,
    load: (context: LoaderContext) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          if (!props.filePath) return context.parseData(props);
          const parts = splitEntry(await readFile(props.filePath, 'utf-8'));
          const data = (parseYamlAsWritten(parts.yaml ?? '', props.filePath) ?? {}) as typeof props.data;
          const missing = missingImageProblems({
            ...parts,
            data,
            file: path.relative(process.cwd(), props.filePath),
            dir: path.dirname(props.filePath),
          });
          if (missing.length > 0) throw new Error(formatReport(missing));
          return context.parseData({ ...props, data });
        },
      }),
  };
}

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Loader, LoaderContext } from 'astro/loaders';
import { imageReferences, missingImageMessage } from '../lib/image-paths.ts';

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/;

/**
 * Reads YAML without turning "2026-03-03 09:00:00" into a UTC Date, so that our schema can read
 * every time written without an offset as Beijing time (YAML's own rule would say UTC).
 */
export function parseYamlAsWritten(text: string, fileName: string): unknown {
  return yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: fileName });
}

/**
 * Wraps a file loader (glob) so that each entry's front matter is parsed as written (see above)
 * before the collection schema sees it, and an image the entry names but that is not there stops
 * the build naming the entry. Everything else the wrapped loader does is unchanged.
 */
export function frontmatterAsWritten(inner: Loader): Loader {
  return {
    name: `${inner.name}+frontmatter-as-written`,
    load: (context: LoaderContext) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          if (!props.filePath) return context.parseData(props);
          const source = await readFile(props.filePath, 'utf-8');
          const raw = FRONTMATTER.exec(source)?.[1] ?? '';
          const data = (parseYamlAsWritten(raw, props.filePath) ?? {}) as typeof props.data;
          const body = source.slice(raw.length);
          const missing = imageReferences(data, body).filter(
            (ref) => !existsSync(path.resolve(path.dirname(props.filePath!), ref.path)),
          );
          if (missing.length > 0) {
            const shown = path.relative(process.cwd(), props.filePath);
            throw new Error(missing.map((ref) => missingImageMessage(shown, ref)).join('\n'));
          }
          return context.parseData({ ...props, data });
        },
      }),
  };
}

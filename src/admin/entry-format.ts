/**
 * How the web editor reads an entry file into its form and writes the form back as a file: the same
 * files `npm run new` and staff write (src/lib/entry-writer.ts). Photo paths are shown without their
 * "./" (the editor's own convention) and written with it (ours); a field left at the model's default
 * is not written unless the file already said it; what the editor adds for itself (the new address,
 * the photo list, the original text) never reaches the file.
 */
import { parseYamlAsWritten, splitEntry } from '../lib/front-matter.ts';
import { writeEntry } from '../lib/entry-writer.ts';
import { fieldDefaults, fieldOrder, imagePaths } from './decap-fields.ts';
import type { EditorCollectionName } from './editor-collections.ts';

/** The form's own values, beside the entry's fields. */
export interface EditorExtras {
  body?: string;
  /** the address a new entry gets (set when it is first saved) */
  slug?: string;
  /** photos of the body, for uploading; the body says where they go */
  photos?: string[];
  /** the file as it was read, so that saving changes only what was edited */
  __source?: string;
  /** why this file cannot be edited here safely, when it cannot */
  __unreadable?: string;
}

type FormData = Record<string, unknown> & EditorExtras;

const EDITOR_KEYS = new Set(['body', 'slug', 'photos', '__source', '__unreadable']);

/** Changes the text at a key path ('cover.image') if there is one. */
function mapAt(node: unknown, keys: readonly string[], change: (value: string) => string): void {
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  const [key, ...rest] = keys as [string, ...string[]];
  if (rest.length > 0) mapAt(record[key], rest, change);
  else if (typeof record[key] === 'string') record[key] = change(record[key]);
}

/** Photos the body shows from the entry's own folder, in order. */
export function bodyPhotos(body: string): string[] {
  return [...body.matchAll(/!\[[^\]]*\]\(\s*(?:\.\/)?([^)\s/:]+\.(?:jpe?g|png|webp|avif))/gi)].map((m) => m[1]!);
}

export function readEntryFile(collection: EditorCollectionName, text: string): FormData {
  const parts = splitEntry(text);
  let fields: unknown;
  try {
    fields = parts.yaml === undefined ? undefined : parseYamlAsWritten(parts.yaml, 'entry');
  } catch (error) {
    fields = error;
  }
  if (!fields || typeof fields !== 'object' || Array.isArray(fields) || fields instanceof Error) {
    const why =
      parts.yaml === undefined
        ? '文件开头没有用 --- 包围的字段区'
        : `开头的字段不是有效的 YAML${fields instanceof Error ? `（${fields.message.split('\n')[0]}）` : ''}`;
    return { body: parts.body, __source: text, __unreadable: why };
  }
  const data: FormData = { ...(fields as Record<string, unknown>), body: parts.body, __source: text };
  for (const path of imagePaths(collection)) mapAt(data, path.split('.'), (value) => value.replace(/^\.\//, ''));
  if (collection === 'stories') data.photos = bodyPhotos(parts.body);
  return data;
}

export function writeEntryFile(collection: EditorCollectionName, form: FormData): string {
  const source = form.__source;
  const before =
    source === undefined
      ? {}
      : ((parseYamlAsWritten(splitEntry(source).yaml ?? '', 'entry') ?? {}) as Record<string, unknown>);
  const defaults = fieldDefaults(collection);
  const fields: Record<string, unknown> = structuredClone(
    Object.fromEntries(Object.entries(form).filter(([key]) => !EDITOR_KEYS.has(key))),
  );
  for (const path of imagePaths(collection)) {
    mapAt(fields, path.split('.'), (value) =>
      value === '' || /^(\.\/|\/|[a-z]+:)/i.test(value) ? value : `./${value}`,
    );
  }
  for (const [key, value] of Object.entries(defaults)) {
    if (!(key in before) && JSON.stringify(fields[key]) === JSON.stringify(value)) delete fields[key];
  }
  return writeEntry({ order: fieldOrder(collection), data: fields, body: form.body ?? '', source });
}

/**
 * Which fields of each collection name a file the site serves from content/files/ (an announcement's
 * attachments, the footer's filing badges), read off the content model's `publicFile` mark.
 */
import { z } from 'astro/zod';
import { collectionSchemas, type CollectionName } from './collections.ts';
import { markedFields, valuesAlong, type MarkedField } from './marked-fields.ts';

const schemas = collectionSchemas({ image: () => z.string(), reference: () => z.any() });

const PUBLIC_FILE_FIELDS = Object.fromEntries(
  Object.entries(schemas).map(([name, schema]) => [name, markedFields<string>(schema, 'publicFile')]),
) as Record<CollectionName, MarkedField<string>[]>;

/** Every address of a file in content/files/ that an entry writes, with the field it is written in. */
export function publicFilesIn(
  collection: CollectionName,
  data: unknown,
): { field: string; url: string; what: string }[] {
  return PUBLIC_FILE_FIELDS[collection].flatMap(({ path, title }) =>
    valuesAlong(data, path).flatMap(({ field, value }) =>
      typeof value === 'string' ? [{ field, url: value, what: title ?? '文件' }] : [],
    ),
  );
}

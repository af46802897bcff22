/**
 * Which field of each collection names an entry of another collection (a story's teams, a team's
 * fields), read off the content model itself, so that a reference added to a schema is checked by the
 * content check and by the build without being listed a second time.
 */
import { z } from 'astro/zod';
import { collectionSchemas, type CollectionName, type ReferencedCollection } from './collections.ts';
import type { Reference } from '../lib/references.ts';
import { markedFields, valuesAlong } from './marked-fields.ts';

export interface ReferenceField {
  /** keys from the top of the entry; '[]' stands for every item of a list */
  path: string[];
  collection: ReferencedCollection;
}

/** Each reference marked where it stands in the schema, then found again in the schema's JSON form. */
const marked = collectionSchemas({
  image: () => z.string(),
  reference: <C extends ReferencedCollection>(collection: C) =>
    z
      .string()
      .meta({ references: collection })
      .transform((id) => ({ collection, id })),
});

export const REFERENCE_FIELDS = Object.fromEntries(
  Object.entries(marked).map(([name, schema]) => [
    name,
    markedFields<ReferencedCollection>(schema, 'references').map(({ path, mark }) => ({ path, collection: mark })),
  ]),
) as Record<CollectionName, ReferenceField[]>;

/**
 * Every reference an entry makes, wherever the content model allows one. Works on front matter as
 * written (a reference is the id) and on data Astro has parsed (a reference is { collection, id }).
 */
export function referencesIn(collection: CollectionName, data: unknown): Reference[] {
  return REFERENCE_FIELDS[collection].flatMap(({ path, collection: target }) =>
    valuesAlong(data, path).flatMap(({ field, value }) => {
      const id = typeof value === 'string' ? value : (value as { id?: unknown } | null)?.id;
      return typeof id === 'string' ? [{ field, collection: target, id }] : [];
    }),
  );
}

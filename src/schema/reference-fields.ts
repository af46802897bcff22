/**
 * Which field of each collection names an entry of another collection (a story's teams, a team's
 * fields), read off the content model itself, so that a reference added to a schema is checked by the
 * content check and by the build without being listed a second time.
 */
import { z } from 'astro/zod';
import { collectionSchemas, type CollectionName, type ReferencedCollection } from './collections.ts';
import type { Reference } from '../lib/references.ts';

export interface ReferenceField {
  /** keys from the top of the entry; '[]' stands for every item of a list */
  path: string[];
  collection: ReferencedCollection;
}

interface JsonNode {
  references?: ReferencedCollection;
  properties?: Record<string, JsonNode>;
  items?: JsonNode;
  anyOf?: JsonNode[];
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

function fieldsIn(node: JsonNode | undefined, path: string[]): ReferenceField[] {
  if (!node) return [];
  if (node.references) return [{ path, collection: node.references }];
  return [
    ...Object.entries(node.properties ?? {}).flatMap(([key, child]) => fieldsIn(child, [...path, key])),
    ...fieldsIn(node.items, [...path, '[]']),
    ...(node.anyOf ?? []).flatMap((option) => fieldsIn(option, path)),
  ];
}

export const REFERENCE_FIELDS = Object.fromEntries(
  Object.entries(marked).map(([name, schema]) => [
    name,
    fieldsIn(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonNode, []),
  ]),
) as Record<CollectionName, ReferenceField[]>;

/**
 * Every reference an entry makes, wherever the content model allows one. Works on front matter as
 * written (a reference is the id) and on data Astro has parsed (a reference is { collection, id }).
 */
export function referencesIn(collection: CollectionName, data: unknown): Reference[] {
  const found: Reference[] = [];
  const follow = (value: unknown, rest: string[], field: string, target: ReferencedCollection) => {
    if (rest.length === 0) {
      const id = typeof value === 'string' ? value : (value as { id?: unknown } | undefined)?.id;
      if (typeof id === 'string') found.push({ field, collection: target, id });
      return;
    }
    const [key, ...after] = rest as [string, ...string[]];
    if (key === '[]') {
      if (Array.isArray(value)) value.forEach((item, i) => follow(item, after, `${field}[${i}]`, target));
      // One name written without the list's brackets still names something: say what it should be.
      else if (typeof value === 'string') follow(value, after, field, target);
    } else if (value && typeof value === 'object') {
      follow((value as Record<string, unknown>)[key], after, field ? `${field}.${key}` : key, target);
    }
  };
  for (const { path, collection: target } of REFERENCE_FIELDS[collection]) follow(data, path, '', target);
  return found;
}

/**
 * The content model as `npm run check` applies it: images and references read as the strings staff
 * wrote (whether they exist is checked apart, with the file in hand), and each field's description and
 * siblings at hand for the messages (zod-problems.ts words them in Chinese).
 */
import { z } from 'astro/zod';
import { collectionSchemas, type CollectionName, type ReferencedCollection } from '../schema/collections.ts';
import type { FieldHelp } from './zod-problems.ts';

export const checkSchemas = collectionSchemas({
  image: () => z.string(),
  reference: <C extends ReferencedCollection>(collection: C) => z.string().transform((id) => ({ collection, id })),
});

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  description?: string;
}

/** A list's items or an optional value's object form: where the named fields of a node are. */
const inner = (node: JsonSchema | undefined) => node?.items ?? node?.anyOf?.find((s) => s.properties) ?? node;

export function fieldHelp(name: CollectionName): FieldHelp {
  const json = z.toJSONSchema(checkSchemas[name], { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const at = (dotted: string): JsonSchema | undefined =>
    dotted
      .split('.')
      .filter(Boolean)
      .reduce<JsonSchema | undefined>((node, key) => inner(node)?.properties?.[key], json);
  return {
    describe: (dotted) => at(dotted)?.description,
    knownKeys: (dotted) => Object.keys(inner(dotted ? at(dotted) : json)?.properties ?? {}),
  };
}

/**
 * Fields the content model marks with a metadata key (a reference to another entry, a file served from
 * public/), found again in the schema's JSON form, and the values an entry writes there. Rules that
 * apply to such fields read them here, so a field added to a schema with its mark is checked without
 * being listed a second time.
 */
import { z } from 'astro/zod';

export interface MarkedField<Mark> {
  /** keys from the top of the entry; '[]' stands for every item of a list */
  path: string[];
  mark: Mark;
  /** the field's Chinese label, for messages */
  title?: string;
}

interface JsonNode {
  properties?: Record<string, JsonNode>;
  items?: JsonNode;
  anyOf?: JsonNode[];
  [key: string]: unknown;
}

export function markedFields<Mark>(schema: z.ZodType, key: string): MarkedField<Mark>[] {
  const walk = (node: JsonNode | undefined, path: string[]): MarkedField<Mark>[] => {
    if (!node) return [];
    if (node[key] !== undefined) return [{ path, mark: node[key] as Mark, title: node.title as string | undefined }];
    return [
      ...Object.entries(node.properties ?? {}).flatMap(([name, child]) => walk(child, [...path, name])),
      ...walk(node.items, [...path, '[]']),
      ...(node.anyOf ?? []).flatMap((option) => walk(option, path)),
    ];
  };
  return walk(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonNode, []);
}

/** What an entry writes along a field's path, each with the field's name as problems give it (teams[1]). */
export function valuesAlong(data: unknown, path: readonly string[]): { field: string; value: unknown }[] {
  const found: { field: string; value: unknown }[] = [];
  const follow = (value: unknown, rest: readonly string[], field: string) => {
    if (rest.length === 0) {
      if (value !== undefined) found.push({ field, value });
      return;
    }
    const [key, ...after] = rest as [string, ...string[]];
    if (key === '[]') {
      if (Array.isArray(value)) value.forEach((item, i) => follow(item, after, `${field}[${i}]`));
      // One value written without the list's brackets still names something: say what it should be.
      else if (typeof value === 'string') follow(value, after, field);
    } else if (value && typeof value === 'object') {
      follow((value as Record<string, unknown>)[key], after, field ? `${field}.${key}` : key);
    }
  };
  follow(data, path, '');
  return found;
}

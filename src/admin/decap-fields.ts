/**
 * The web editor's form for a kind of entry, read off the content model: each field of the schema
 * becomes the Decap CMS widget that asks for it, with the schema's Chinese label and hint. References
 * to teams, service fields and campaigns become lists to choose from, filled from the content.
 */
import { z } from 'astro/zod';
import { collectionSchemas, type ReferencedCollection } from '../schema/collections.ts';
import type { EditorInput } from '../schema/parts.ts';
import type { EditorCollectionName } from './editor-collections.ts';

/** The kinds the editor has forms for: entries, and one person of an honour roll. */
type FormKind = EditorCollectionName | 'honours';

/** One thing to choose in a list: a Chinese name shown, an id written. */
interface Choice {
  label: string;
  value: string;
}
export type Choices = Record<ReferencedCollection, Choice[]>;

export type DecapField = { name: string; label: string; widget: string } & Record<string, unknown>;

interface JsonNode {
  type?: string;
  title?: string;
  description?: string;
  properties?: Record<string, JsonNode>;
  required?: string[];
  items?: JsonNode;
  anyOf?: JsonNode[];
  enum?: string[];
  default?: unknown;
  minItems?: number;
  minimum?: number;
  format?: string;
  pattern?: string;
  input?: EditorInput;
  /** the hint the web editor shows, where the file-oriented description would confuse */
  editorHint?: string;
  references?: ReferencedCollection;
  image?: boolean;
}

/** The schemas with images and references marked, so that the JSON form says where they are. */
const marked = collectionSchemas({
  image: () => z.string().meta({ image: true }),
  reference: <C extends ReferencedCollection>(collection: C) =>
    z
      .string()
      .meta({ references: collection })
      .transform((id) => ({ collection, id })),
});

const jsonSchemas = new Map<FormKind, JsonNode>();
function jsonOf(collection: FormKind): JsonNode {
  let json = jsonSchemas.get(collection);
  if (!json) {
    json = z.toJSONSchema(marked[collection], { io: 'input', unrepresentable: 'any' }) as JsonNode;
    jsonSchemas.set(collection, json);
  }
  return json;
}

/** Fields staff do not set in the editor: sample entries are written by hand for demonstrations. */
const NOT_IN_EDITOR = new Set(['sample']);

const DATE = { date_format: 'YYYY-MM-DD', time_format: false, format: 'YYYY-MM-DD', picker_utc: false };
const DATETIME = { date_format: 'YYYY-MM-DD', time_format: 'HH:mm', format: 'YYYY-MM-DD HH:mm', picker_utc: false };

/** The object form of a node that may also be absent (an optional group is "the group, or nothing"). */
const objectOf = (node: JsonNode) => node.anyOf?.find((option) => option.properties) ?? node;

function widgetFor(node: JsonNode, choices: Choices): { widget: string } & Record<string, unknown> {
  const object = objectOf(node);
  if (node.references) return { widget: 'select', options: choices[node.references] };
  if (node.type === 'array' && node.items?.references) {
    return { widget: 'select', multiple: true, options: choices[node.items.references], min: node.minItems };
  }
  if (node.input === 'date') return { widget: 'datetime', ...DATE };
  if (node.input === 'datetime') return { widget: 'datetime', ...DATETIME };
  if (node.image) return { widget: 'image', choose_url: false };
  // A film or its captions: uploaded beside the entry, like its photos.
  if (node.input === 'beside') return { widget: 'file', choose_url: false };
  // Attachments are published from content/files/ and written as /files/… (the schema's rule).
  if (node.input === 'attachment') {
    return { widget: 'file', choose_url: false, media_folder: '/content/files', public_folder: '/files' };
  }
  if (node.enum) return { widget: 'select', options: node.enum };
  if (node.type === 'boolean') return { widget: 'boolean', default: node.default ?? false };
  if (node.type === 'integer' || node.type === 'number') {
    return { widget: 'number', value_type: node.type === 'integer' ? 'int' : 'float', min: node.minimum };
  }
  if (object.properties) return { widget: 'object', collapsed: false, fields: fieldsOf(object, choices) };
  if (node.type === 'array' && node.items?.properties) {
    return { widget: 'list', collapsed: false, fields: fieldsOf(node.items, choices) };
  }
  if (node.input === 'paragraph') return { widget: 'text' };
  if (node.type === 'string') return { widget: 'string' };
  throw new Error(`内容模型里有一种网页编辑器不认识的字段：${JSON.stringify(node).slice(0, 120)}`);
}

/** The hint under a field: the editor's own, one for a list to choose from, or the model's description. */
function hintFor(node: JsonNode): { hint?: string } {
  const chosen = node.references ?? node.items?.references;
  const hint =
    node.editorHint ??
    (chosen
      ? node.type === 'array'
        ? '可以选多项；输入名称里的字可以筛选。'
        : '输入名称里的字可以筛选。'
      : node.description);
  return hint ? { hint } : {};
}

function fieldsOf(node: JsonNode, choices: Choices, optionalParent = false): DecapField[] {
  return Object.entries(node.properties ?? {})
    .filter(([name]) => !NOT_IN_EDITOR.has(name))
    .map(([name, child]) => {
      if (!child.title) throw new Error(`内容模型的字段 ${name} 没有中文名称（.meta({ title })）`);
      const widget = widgetFor(child, choices);
      // A group that may be left out is checked as a whole when saving (src/admin/entry-check.ts):
      // the editor cannot tell "left out" from "half filled in", so its own fields are not required here.
      const required =
        !optionalParent &&
        (node.required ?? []).includes(name) &&
        child.type !== 'boolean' &&
        child.default === undefined;
      const optionalGroup = !(node.required ?? []).includes(name) && widget.widget === 'object';
      const field: DecapField = {
        name,
        label: child.title,
        ...hintFor(child),
        required,
        ...widget,
      };
      if (optionalGroup) field.fields = fieldsOf(objectOf(child), choices, true);
      return field;
    });
}

/** The form for a kind of entry: every field of its schema in the schema's order. */
export function decapFields(collection: FormKind, choices: Choices): DecapField[] {
  return fieldsOf(jsonOf(collection), choices);
}

/** The schema's top-level fields in order: the order an entry file lists them. */
export function fieldOrder(collection: EditorCollectionName): string[] {
  return Object.keys(jsonOf(collection).properties ?? {});
}

/** Where in an entry of this kind the image paths are, as key paths ('cover.image'). */
export function imagePaths(collection: EditorCollectionName): string[] {
  const found: string[] = [];
  const walk = (node: JsonNode | undefined, path: string[]) => {
    if (!node) return;
    if (node.image || node.input === 'beside') found.push(path.join('.'));
    for (const [key, child] of Object.entries(objectOf(node).properties ?? {})) walk(child, [...path, key]);
  };
  walk(jsonOf(collection), []);
  return found;
}

/** Each top-level field's value when an entry leaves it out (false, [] or 0), by the schema. */
export function fieldDefaults(collection: EditorCollectionName): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(jsonOf(collection).properties ?? {})
      .filter(([, node]) => node.default !== undefined)
      .map(([name, node]) => [name, node.default]),
  );
}

/** A field as the form labels it: cover.alt → 封面照片 › 照片说明, teams[1] → 队伍（第 2 项）. */
export function fieldLabel(collection: FormKind, field: string): string {
  let node: JsonNode | undefined = jsonOf(collection);
  const said: string[] = [];
  for (const part of field.match(/[^.[\]]+|\[\d+\]/g) ?? []) {
    const index = /^\[(\d+)\]$/.exec(part);
    if (index) {
      said[said.length - 1] += `（第 ${Number(index[1]) + 1} 项）`;
      node = node?.items;
      continue;
    }
    node = node && objectOf(node).properties?.[part];
    said.push(node?.title ?? part);
  }
  return said.join(' › ') || field;
}

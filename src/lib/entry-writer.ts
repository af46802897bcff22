/**
 * Writes an entry file from its fields and body the way staff's own files look (block YAML, lists of
 * ids as [a, b], texts unquoted unless YAML needs quotes), changing as little as possible of the file
 * it replaces: a field whose value did not change keeps its lines byte for byte, comments and all;
 * a changed field's lines are rewritten in place; a new field goes after the field before it in the
 * content model's order; a field emptied is removed. What it writes is read back and compared, so a
 * file that would not read as intended is never written.
 */
import yaml from 'js-yaml';
import { dequal } from 'dequal';
import { parseYamlAsWritten, splitEntry } from './front-matter.ts';

export interface EntryToWrite {
  /** top-level fields in the order the content model lists them */
  order: readonly string[];
  /** the front matter fields, as the file should hold them (empty ones are left out) */
  data: Record<string, unknown>;
  body: string;
  /** the file being replaced, when there is one */
  source?: string;
}

/** Thrown when a file cannot be written so that it reads back as intended. */
export class EntryWriteError extends Error {}

const DUMP: yaml.DumpOptions = { lineWidth: -1, quotingType: '"', schema: yaml.CORE_SCHEMA, noRefs: true };

type Scalar = string | number | boolean;
const isScalar = (v: unknown): v is Scalar => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Nothing worth writing: an empty text, list or group, or no value at all. */
function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isPlainObject(value)) return Object.values(value).every(isEmptyValue);
  return false;
}

/** A value with its empty parts left out, as the file should hold it. */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => !isEmptyValue(v))
        .map(([k, v]) => [k, withoutEmpty(v)]),
    );
  }
  return value;
}

/** The YAML lines of one field, `indent` spaces in. */
export function fieldLines(key: string, value: unknown, indent = 0): string[] {
  const pad = ' '.repeat(indent);
  if (isScalar(value)) {
    return yaml
      .dump({ [key]: value }, DUMP)
      .trimEnd()
      .split('\n')
      .map((line) => pad + line);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${pad}${key}: []`];
    if (value.every(isScalar)) return [`${pad}${key}: ${yaml.dump(value, { ...DUMP, flowLevel: 0 }).trimEnd()}`];
    return [`${pad}${key}:`, ...value.flatMap((item) => listItemLines(item, indent + 2))];
  }
  if (isPlainObject(value)) {
    return [`${pad}${key}:`, ...Object.entries(value).flatMap(([k, v]) => fieldLines(k, v, indent + 2))];
  }
  throw new EntryWriteError(`字段 ${key} 的值无法写成 YAML`);
}

function listItemLines(item: unknown, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if (!isPlainObject(item)) return [`${pad}- ${yaml.dump(item, { ...DUMP, flowLevel: 0 }).trimEnd()}`];
  const lines = Object.entries(item).flatMap(([k, v]) => fieldLines(k, v, indent + 2));
  if (lines.length === 0) return [`${pad}- {}`];
  lines[0] = `${pad}- ${lines[0]!.slice(indent + 2)}`;
  return lines;
}

interface FieldBlock {
  key: string;
  /** index of the field's first line */
  start: number;
  /** index after its last line */
  end: number;
}

const TOP_LEVEL_KEY = /^([A-Za-z_][\w-]*)\s*:/;

/** Where each top-level field's lines are; comment lines at the margin belong to no field. */
function fieldBlocks(lines: readonly string[]): FieldBlock[] {
  const blocks: FieldBlock[] = [];
  lines.forEach((line, i) => {
    const key = TOP_LEVEL_KEY.exec(line)?.[1];
    if (key) {
      blocks.push({ key, start: i, end: i + 1 });
    } else if (/^[\s-]/.test(line) && line.trim() !== '' && blocks.length > 0) {
      // An indented line, or a list item at the margin, continues the field above it.
      const last = blocks.at(-1)!;
      if (lines.slice(last.end, i).every((between) => between.trim() === '')) last.end = i + 1;
    }
  });
  return blocks;
}

/** The comment after a one-line field (`published: 2026-03-03 09:00  # 北京时间`), kept when its value changes. */
function trailingComment(line: string, key: string, value: unknown): string {
  for (const space of line.matchAll(/\s+#/g)) {
    try {
      const before = parseYamlAsWritten(line.slice(0, space.index), 'field') as Record<string, unknown> | null;
      if (before && dequal(before[key], value)) return line.slice(space.index);
    } catch {
      // Not the comment's start: the " #" is inside the value.
    }
  }
  return '';
}

function parseFields(text: string, what: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = parseYamlAsWritten(text, what);
  } catch (error) {
    throw new EntryWriteError(`${what}的开头字段不是有效的 YAML：${error instanceof Error ? error.message : error}`);
  }
  if (parsed === null || parsed === undefined) return {};
  if (!isPlainObject(parsed)) throw new EntryWriteError(`${what}的开头字段不是“字段名: 值”的形式`);
  return parsed;
}

/** The body as a new file holds it: a blank line after the front matter, one line ending at the end. */
function tidyBody(body: string): string {
  const text = body.replace(/\r\n/g, '\n').replace(/^\n+/, '').trimEnd();
  return text ? `\n${text}\n` : '';
}

export function writeEntry({ order, data, body, source }: EntryToWrite): string {
  const wanted = withoutEmpty(data) as Record<string, unknown>;
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const keys = Object.keys(wanted).sort((a, b) => rank(a) - rank(b));

  if (source === undefined) {
    const frontMatter = keys.flatMap((key) => fieldLines(key, wanted[key]));
    return verified(`---\n${frontMatter.join('\n')}\n---\n${tidyBody(body)}`, wanted);
  }

  const parts = splitEntry(source);
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const yamlText = parts.yaml ?? '';
  const before = parseFields(yamlText, '这个文件');
  const lines = yamlText === '' ? [] : yamlText.split(/\r?\n/);
  const blocks = fieldBlocks(lines);
  const replacement = new Map<number, string[]>();
  const removed = new Set<number>();
  const after = new Map<number, string[]>();
  const inserted: string[] = [];

  for (const key of new Set([...Object.keys(before), ...keys])) {
    const old = before[key];
    const next = wanted[key];
    if (dequal(old, next) || (next === undefined && isEmptyValue(old))) continue;
    const block = blocks.find((b) => b.key === key);
    if (next === undefined) {
      if (block) for (let i = block.start; i < block.end; i++) removed.add(i);
      continue;
    }
    const written = fieldLines(key, next);
    if (block) {
      if (written.length === 1 && block.end - block.start === 1) {
        written[0] += trailingComment(lines[block.start]!, key, old);
      }
      replacement.set(block.start, written);
      for (let i = block.start + 1; i < block.end; i++) removed.add(i);
      continue;
    }
    // A new field: after the nearest field before it in the model's order that the file has.
    const previous = blocks
      .filter((b) => rank(b.key) < rank(key) && (wanted[b.key] !== undefined || before[b.key] !== undefined))
      .sort((a, b) => rank(b.key) - rank(a.key) || b.start - a.start)[0];
    if (previous) after.set(previous.end - 1, [...(after.get(previous.end - 1) ?? []), ...written]);
    else inserted.push(...written);
  }

  if (replacement.size === 0 && removed.size === 0 && after.size === 0 && inserted.length === 0) {
    return verified(keepBody(source, parts.body, body), wanted);
  }
  const out: string[] = [...inserted];
  lines.forEach((line, i) => {
    if (replacement.has(i)) out.push(...replacement.get(i)!);
    else if (!removed.has(i)) out.push(line);
    if (after.has(i)) out.push(...after.get(i)!);
  });
  const header = source.slice(0, source.length - parts.body.length);
  const newHeader =
    parts.yaml === undefined
      ? `---${eol}${out.join(eol)}${eol}---${eol}`
      : header.replace(yamlText, () => out.join(eol));
  return verified(newHeader + bodyAsBefore(parts.body, body, eol), wanted);
}

/** The file with its front matter untouched and the body replaced only if it changed. */
function keepBody(source: string, oldBody: string, newBody: string): string {
  return (
    source.slice(0, source.length - oldBody.length) +
    bodyAsBefore(oldBody, newBody, source.includes('\r\n') ? '\r\n' : '\n')
  );
}

function bodyAsBefore(oldBody: string, newBody: string, eol: string): string {
  const same = (a: string) => a.replace(/\r\n/g, '\n').trim();
  if (same(oldBody) === same(newBody)) return oldBody;
  return tidyBody(newBody).replace(/\n/g, eol);
}

function verified(text: string, wanted: Record<string, unknown>): string {
  const back = withoutEmpty(parseFields(splitEntry(text).yaml ?? '', '写出的文件'));
  if (!dequal(back, wanted)) {
    throw new EntryWriteError('写出的文件读回来和要保存的内容不一致，为了不弄乱文件，没有保存。');
  }
  return text;
}

/**
 * The skeleton `npm run new` writes is full of texts for staff to replace (PLACEHOLDERS). A published
 * entry that still holds one would show readers "一两句话的摘要…" as its summary: refused, by field and
 * line. A draft may hold them while it is being written.
 */
import { PLACEHOLDERS } from '../lib/entry-templates.ts';
import { fieldLine, type EntryParts } from '../lib/front-matter.ts';
import type { Problem } from './problem.ts';

const TEXTS: ReadonlySet<string> = new Set(Object.values(PLACEHOLDERS));

const problemFor = (text: string) => ({
  problem: `“${text}”是 npm run new 写下的占位文字，还没有换成这一篇自己的内容，发布后读者会看到它。`,
  fix: '把它改成真实的内容；用不到的可选字段，整行删掉。',
});

export function placeholderProblems(entry: EntryParts & { file: string; data: unknown }): Problem[] {
  const data = entry.data as Record<string, unknown> | undefined;
  if (!data || data.draft === true) return [];
  const problems: Problem[] = [];
  const walk = (value: unknown, field: string) => {
    if (typeof value === 'string' && TEXTS.has(value.trim())) {
      const line = fieldLine(entry.yaml ?? '', field.split(/[.[]/)[0]);
      problems.push({ file: entry.file, line, field, level: 'error', ...problemFor(value.trim()) });
    } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${field}[${i}]`));
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, field ? `${field}.${key}` : key);
    }
  };
  walk(data, '');
  entry.body.split('\n').forEach((text, i) => {
    for (const placeholder of TEXTS) {
      if (text.includes(placeholder)) {
        problems.push({
          file: entry.file,
          line: entry.bodyLine + i,
          field: '正文',
          level: 'error',
          ...problemFor(placeholder),
        });
      }
    }
  });
  return problems;
}

/** The entries a staff tool offers or matches by name: each file's id and its Chinese name or title. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseYamlAsWritten, splitEntry } from '../../src/lib/front-matter.ts';

export interface KnownEntry {
  id: string;
  name: string;
}

export function entriesIn(content: string, dir: string, pattern: RegExp): KnownEntry[] {
  if (!existsSync(path.join(content, dir))) return [];
  return readdirSync(path.join(content, dir), { recursive: true, encoding: 'utf-8' }).flatMap((f) => {
    const file = f.split(path.sep).join('/');
    const id = pattern.exec(file)?.[1];
    if (!id) return [];
    const data = parseYamlAsWritten(splitEntry(readFileSync(path.join(content, dir, f), 'utf-8')).yaml ?? '', f);
    const { name, title } = (data ?? {}) as { name?: string; title?: string };
    return [{ id, name: String(name ?? title ?? id) }];
  });
}

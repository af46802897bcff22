import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseYamlAsWritten } from '../lib/front-matter.ts';
import { formatReport } from '../content-check/problem.ts';
import { yamlPitfalls } from '../content-check/yaml-pitfalls.ts';
import { yamlProblem } from '../content-check/yaml-problem.ts';

/**
 * Loads a YAML data file staff edit by hand. Astro's own file() loader only logs a YAML syntax error
 * and goes on with an empty collection; a county's site must stop instead, naming the file.
 * `single`: the whole file is one entry with that id (site.yaml); otherwise a map of id → entry.
 */
export function yamlData(file: string, options: { single?: string } = {}): Loader {
  return {
    name: 'xinfeng-yaml-data',
    load: async ({ store, parseData, config, watcher }) => {
      const filePath = fileURLToPath(new URL(file, config.root));
      const sync = async () => {
        let text: string;
        try {
          text = await readFile(filePath, 'utf-8');
        } catch {
          throw new Error(`找不到数据文件 ${file}。请恢复这个文件（可从 git 历史中找回）。`);
        }
        let parsed: unknown;
        try {
          parsed = parseYamlAsWritten(text, file);
        } catch (error) {
          const shown = path.relative(process.cwd(), filePath);
          const pitfalls = yamlPitfalls(text, 0).map((p) => ({ file: shown, level: 'error' as const, ...p }));
          throw new Error(formatReport(pitfalls.length > 0 ? pitfalls : [yamlProblem(error, shown, 0)]), {
            cause: error,
          });
        }
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
          throw new Error(`${file} 的内容应当是“字段: 值”的列表，现在不是。`);
        }
        const entries = options.single ? { [options.single]: parsed } : (parsed as Record<string, unknown>);
        store.clear();
        for (const [id, value] of Object.entries(entries)) {
          if (!value || typeof value !== 'object') {
            throw new Error(`${file}：条目“${id}”下面应当有缩进的字段（名称、简介等），现在是空的。`);
          }
          const data = await parseData({ id, data: value as Record<string, unknown>, filePath });
          store.set({ id, data, filePath: path.relative(fileURLToPath(config.root), filePath) });
        }
      };
      await sync();
      // In `astro dev`, an edit to the file shows up without restarting the server.
      watcher?.add(filePath);
      watcher?.on('change', (changed) => {
        if (changed === filePath) void sync();
      });
    },
  };
}

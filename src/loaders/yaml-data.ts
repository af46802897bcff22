import { existsSync, readdirSync } from 'node:fs';
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
  return yamlLoader(file, options);
}

/**
 * Every YAML file of a folder whose file holds a list (content/honours/2025.yaml): each item one entry,
 * its id the file's name and its place in the list (2025-3).
 */
export function yamlLists(folder: string): Loader {
  return yamlLoader(folder, { lists: true });
}

function yamlLoader(file: string, options: { single?: string; lists?: boolean }): Loader {
  return {
    name: 'xinfeng-yaml-data',
    load: async ({ store, parseData, config, watcher }) => {
      const target = fileURLToPath(new URL(file, config.root));
      const files = () =>
        options.lists
          ? existsSync(target)
            ? readdirSync(target)
                .filter((f) => /\.ya?ml$/.test(f))
                .sort()
                .map((f) => path.join(target, f))
            : []
          : [target];
      const sync = async () => {
        store.clear();
        for (const filePath of files()) {
          const shown = path.relative(process.cwd(), filePath);
          const parsed = await readYaml(filePath, shown);
          let entries: [string, unknown][];
          if (options.lists) {
            if (!Array.isArray(parsed)) {
              throw new Error(`${shown} 的内容应当是一个列表（每一项以“- ”开头），现在不是。`);
            }
            const name = path.basename(filePath).replace(/\.ya?ml$/, '');
            entries = parsed.map((value, i) => [`${name}-${i + 1}`, value]);
          } else {
            if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
              throw new Error(`${file} 的内容应当是“字段: 值”的列表，现在不是。`);
            }
            entries = options.single ? [[options.single, parsed]] : Object.entries(parsed);
          }
          for (const [id, value] of entries) {
            if (!value || typeof value !== 'object') {
              throw new Error(`${shown}：条目“${id}”下面应当有缩进的字段（名称、简介等），现在是空的。`);
            }
            const data = await parseData({ id, data: value as Record<string, unknown>, filePath });
            store.set({ id, data, filePath: path.relative(fileURLToPath(config.root), filePath) });
          }
        }
      };
      await sync();
      // In `astro dev`, an edit to the file shows up without restarting the server.
      watcher?.add(target);
      watcher?.on('change', (changed) => {
        if (changed === target || path.dirname(changed) === target) void sync();
      });
    },
  };
}

async function readYaml(filePath: string, shown: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf-8');
  } catch {
    throw new Error(`找不到数据文件 ${shown}。请恢复这个文件（可从 git 历史中找回）。`);
  }
  try {
    return parseYamlAsWritten(text, shown);
  } catch (error) {
    const pitfalls = yamlPitfalls(text, 0).map((p) => ({ file: shown, level: 'error' as const, ...p }));
    throw new Error(formatReport(pitfalls.length > 0 ? pitfalls : [yamlProblem(error, shown, 0)]), {
      cause: error,
    });
  }
}

/**
 * 更正 in `npm run check`: each story, announcement and campaign changed since the published commit
 * (`ref`) against its published copy in git, by the rule of src/lib/corrections.ts. The pipeline and
 * the timed rebuild name the commit the live site was built from; by default it is HEAD, so what
 * staff changed and have not committed yet is held to the rule before it goes anywhere.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { correctionProblem, entryVersion } from '../lib/corrections.ts';
import { fieldLine, splitEntry } from '../lib/front-matter.ts';
import { placeFile } from './layout.ts';
import type { Problem } from './problem.ts';

const CORRECTED = new Set(['stories', 'announcements', 'campaigns']);

function git(cwd: string, ...args: string[]): { ok: boolean; out: string; err: string } {
  const r = spawnSync('git', ['-C', cwd, ...args], { encoding: 'utf-8', maxBuffer: 64 * 1024 * 1024 });
  return { ok: r.status === 0, out: r.stdout ?? '', err: r.stderr ?? '' };
}

export function revisionProblems(options: {
  projectDir: string;
  contentDir: string;
  ref: string;
  now: Date;
}): Problem[] {
  const { contentDir, ref, now } = options;
  const top = git(contentDir, 'rev-parse', '--show-toplevel');
  // Content outside git (a copy, a test's scratch folder) has no published copy to compare with.
  if (!top.ok) return [];
  const root = top.out.trim();
  if (!git(root, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`).ok) {
    return [
      {
        file: path.relative(options.projectDir, contentDir) || 'content',
        level: 'error',
        problem: `找不到已发布的版本 ${ref}，无法检查发布后的修改是否写了更正说明。`,
        fix: '请信息中心检查 XINFENG_PUBLISHED_REF 的设置（应为线上网站生成时的提交），或先 git fetch 取回它。',
      },
    ];
  }
  const changed = git(root, 'diff', '--name-only', '--no-renames', ref, '--', path.relative(root, contentDir) || '.');
  const problems: Problem[] = [];
  for (const file of changed.out.split('\n').filter((f) => f.endsWith('.md'))) {
    const absolute = path.join(root, file);
    const placed = placeFile(path.relative(contentDir, absolute).split(path.sep).join('/'));
    if (!('entry' in placed) || !CORRECTED.has(placed.entry.collection) || !existsSync(absolute)) continue;
    const published = git(root, 'show', `${ref}:${file}`);
    if (!published.ok) continue; // new since then
    const collection = placed.entry.collection;
    const text = readFileSync(absolute, 'utf-8');
    const after = entryVersion(collection, text, now);
    const found = after && correctionProblem(entryVersion(collection, published.out, now), after);
    if (!found) continue;
    const yaml = splitEntry(text).yaml ?? '';
    problems.push({
      file: path.relative(options.projectDir, absolute).split(path.sep).join('/'),
      line: fieldLine(yaml, 'corrections') ?? fieldLine(yaml, 'title'),
      field: found.field,
      level: 'error',
      problem: found.problem,
      fix: found.fix,
    });
  }
  return problems;
}

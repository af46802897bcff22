/**
 * npm run build: check all content, then build the whole site (pages, images, feeds, search index)
 * into a temporary folder, and only when every step succeeded put it in place of dist/. A failed
 * build leaves the previous dist/ exactly as it was, so a half-built site is never published.
 *   node scripts/build.ts [--out dist]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCheck } from './check-content.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const projectDir = process.cwd();
const out = path.resolve(projectDir, values.out!);
// Inside the project: Astro keeps its intermediate files next to an output folder only there.
const next = path.join(path.dirname(out), `.${path.basename(out)}-next`);
const previous = path.join(path.dirname(out), `.${path.basename(out)}-previous`);
const untouched = existsSync(out) ? `原来的 ${path.relative(projectDir, out)}/ 没有改动。` : '';

if (!(await runCheck(projectDir))) {
  console.error(`\n网站没有生成：请先改正上面的内容错误。${untouched}`);
  process.exit(1);
}

rmSync(next, { recursive: true, force: true });
const astro = spawnSync(process.execPath, [path.join(projectDir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', XINFENG_OUT_DIR: next },
});
if (astro.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  console.error(`\n网站生成失败（见上面的错误信息）。${untouched}`);
  process.exit(1);
}

rmSync(previous, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, previous);
renameSync(next, out);
rmSync(previous, { recursive: true, force: true });
console.log(`\n网站已生成到 ${path.relative(projectDir, out) || '.'}/。`);

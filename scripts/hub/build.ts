/**
 * npm run hub:build — builds the province hub (issue 29) from the county copies into dist-hub/ (or
 * --out), then its search index with a 县 filter. Fails only when it cannot render: a broken registry,
 * its own error, or more than half the counties without any copy (the message says which).
 *   node scripts/hub/build.ts [--hub hub] [--out dist-hub]
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    hub: { type: 'string', default: process.env.XINFENG_HUB_DIR ?? 'hub' },
    out: { type: 'string', default: 'dist-hub' },
  },
});
const projectDir = path.resolve(import.meta.dirname, '../..');
const out = path.resolve(values.out!);
const env = {
  ...process.env,
  XINFENG_HUB_DIR: path.resolve(values.hub!),
  XINFENG_OUT_DIR: out,
  ASTRO_TELEMETRY_DISABLED: '1',
};
const astro = spawnSync(
  process.execPath,
  [path.join(projectDir, 'node_modules/astro/bin/astro.mjs'), 'build', '--config', 'astro.hub.config.mjs', '--silent'],
  { cwd: projectDir, env, stdio: 'inherit' },
);
if (astro.status !== 0) {
  console.error('汇聚平台没有生成（见上面的说明）。');
  process.exit(1);
}
const search = spawnSync(
  process.execPath,
  [
    path.join(projectDir, 'node_modules/pagefind/lib/runner/bin.cjs'),
    '--site',
    out,
    '--force-language',
    'zh-cn',
    '--silent',
  ],
  { cwd: projectDir, env, stdio: 'inherit' },
);
if (search.status !== 0) {
  console.error('汇聚平台的搜索索引没有建成。');
  process.exit(1);
}
// One bundle: the search page's script asks which (src/scripts/bundled-pagefind.ts).
writeFileSync(path.join(out, 'pagefind', 'bundles.json'), '["/pagefind/"]\n');
console.log(`汇聚平台已生成到 ${path.relative(process.cwd(), out) || '.'}/。`);

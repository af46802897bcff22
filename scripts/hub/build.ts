/**
 * npm run hub:build — builds the province hub (issue 29) from the county copies into dist-hub/ (or
 * --out), then its search index with a 县 filter. In a hub's own folder (hub/registry.yaml and no
 * content/), npm run build runs this into dist/. Fails only when it cannot render: a broken registry,
 * its own error, or more than half the counties without any copy (the message says which); a failed
 * build leaves the previous output as it was, and a finished one replaces it by renaming.
 *   node scripts/hub/build.ts [--hub hub] [--out dist-hub] [--verbose]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseRegistry } from '../../src/lib/hub/registry.ts';
import { indexChanges } from '../build/search-changes.ts';
import { storeForBrotli } from '../build/search-files.ts';
import { writeSearchHints } from '../build/search-hints.ts';
import {
  buildSearchIndex,
  bundlePagesFromEnv,
  readSearchManifest,
  type SearchManifest,
} from '../build/search-index.ts';
import { writeServerPolicy } from '../build/server-policy.ts';

const { values } = parseArgs({
  options: {
    hub: { type: 'string', default: process.env.XINFENG_HUB_DIR ?? 'hub' },
    out: { type: 'string', default: 'dist-hub' },
    // Astro's own progress lines (the benchmark reads its phases from them).
    verbose: { type: 'boolean', default: false },
  },
});
const projectDir = path.resolve(import.meta.dirname, '../..');
const hubDir = path.resolve(values.hub!);
const out = path.resolve(values.out!);
const next = path.join(path.dirname(out), `.${path.basename(out)}-next`);
const previous = path.join(path.dirname(out), `.${path.basename(out)}-previous`);
const untouched = existsSync(out) ? `原来的 ${path.relative(process.cwd(), out)}/ 没有改动。` : '';

function fail(message: string): never {
  rmSync(next, { recursive: true, force: true });
  console.error(`${message}${untouched}`);
  process.exit(1);
}

const registryFile = path.join(hubDir, 'registry.yaml');
let hubUrl: string | undefined;
try {
  hubUrl = parseRegistry(readFileSync(registryFile, 'utf-8'), path.relative(process.cwd(), registryFile)).url;
} catch (error) {
  const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
  fail(missing ? `没有找到县的登记表 ${registryFile}。` : (error as Error).message);
}

rmSync(next, { recursive: true, force: true });
const env = {
  ...process.env,
  XINFENG_HUB_DIR: hubDir,
  XINFENG_OUT_DIR: next,
  ...(hubUrl ? { XINFENG_HUB_URL: hubUrl } : {}),
  ASTRO_TELEMETRY_DISABLED: '1',
};
const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: projectDir, env, stdio: 'inherit' });

const astro = run([
  path.join(projectDir, 'node_modules/astro/bin/astro.mjs'),
  'build',
  '--config',
  'astro.hub.config.mjs',
  ...(values.verbose ? [] : ['--silent']),
]);
if (astro.status !== 0) fail('汇聚平台没有生成（见上面的说明）。');
// The county site's search machinery: bundles, each reused while its pages are unchanged, and after a
// refresh only the changed pages indexed in the changes bundle on top of the last full index.
const searchRecord = path.join(path.dirname(out), `.${path.basename(out)}-search.json`);
const last = { site: out, manifest: readSearchManifest(searchRecord) };
let searchManifest: SearchManifest;
try {
  const indexed =
    (await indexChanges(next, { last })) ?? (await buildSearchIndex(next, { bundlePages: bundlePagesFromEnv(), last }));
  console.log(indexed.summary);
  searchManifest = indexed.manifest;
  writeSearchHints(next, indexed.superseded);
  storeForBrotli(next);
} catch (error) {
  fail(`${(error as Error).message}\n汇聚平台的搜索索引没有建成。`);
}
// The policy nginx and the preview server send, from the pages' own (deploy/nginx/ includes it).
try {
  writeServerPolicy(next, { withEditor: false });
} catch (error) {
  fail(`${(error as Error).message}\n`);
}

rmSync(previous, { recursive: true, force: true });
// No record while the hubs change places: a record must never describe a hub that is not there.
rmSync(searchRecord, { force: true });
if (existsSync(out)) renameSync(out, previous);
renameSync(next, out);
writeFileSync(searchRecord, JSON.stringify(searchManifest));
rmSync(previous, { recursive: true, force: true });
console.log(`汇聚平台已生成到 ${path.relative(process.cwd(), out) || '.'}/。`);

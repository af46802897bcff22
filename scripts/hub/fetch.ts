/**
 * npm run hub:fetch — refreshes every registered county's copy for the province hub (issue 29): four
 * counties at a time, 15 s per request, two retries; a county that fails keeps its last good copy and
 * the run goes on. Fails only when the registry itself is broken.
 *   node scripts/hub/fetch.ts [--hub hub]     (XINFENG_HUB_NOW sets the clock, for tests)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pLimit from 'p-limit';
import { parseRegistry, type Registry } from '../../src/lib/hub/registry.ts';
import { refreshCounty } from './refresh-county.ts';

const { values } = parseArgs({ options: { hub: { type: 'string', default: process.env.XINFENG_HUB_DIR ?? 'hub' } } });
const hubDir = path.resolve(values.hub!);
const registryFile = path.join(hubDir, 'registry.yaml');

let registry: Registry;
try {
  registry = parseRegistry(readFileSync(registryFile, 'utf-8'), path.relative(process.cwd(), registryFile));
} catch (error) {
  console.error(
    (error as NodeJS.ErrnoException).code === 'ENOENT'
      ? `没有找到县的登记表 ${registryFile}。`
      : (error as Error).message,
  );
  process.exit(1);
}

const now = process.env.XINFENG_HUB_NOW ? new Date(process.env.XINFENG_HUB_NOW) : new Date();
const options = {
  timeoutMs: Number(process.env.XINFENG_HUB_TIMEOUT_MS ?? 15_000),
  retries: Number(process.env.XINFENG_HUB_RETRIES ?? 2),
  // A year's archive of 2,500 stories is about 2 MB; 64 MB leaves room for any real county.
  maxBytes: Number(process.env.XINFENG_HUB_MAX_BYTES ?? 64 * 1024 * 1024),
};
const limit = pLimit(4);
const results = await Promise.all(
  registry.counties.map((county) => limit(() => refreshCounty(hubDir, county, now, options))),
);
for (const [i, status] of results.entries()) {
  const county = registry.counties[i]!;
  const said =
    status.result === 'changed'
      ? `已更新（${status.items} 条）`
      : status.result === 'unchanged'
        ? '没有变化'
        : `没取到：${status.reason}${status.lastChange ? '（保留上次的副本）' : '（还没有副本）'}`;
  console.log(`${county.name}：${said}`);
}
const failed = results.filter((s) => s.result === 'failed').length;
console.log(`共 ${results.length} 个县：${results.length - failed} 个取到，${failed} 个没取到。`);

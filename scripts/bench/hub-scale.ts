/**
 * npm run bench:hub — the province hub at scale (issue 29): 26 counties × N stories each, their copies
 * made from one county build's own contract (the benchmark corpus of N stories, each county at its own
 * address), then the hub built in full, and again after two counties changed one story each (what a
 * refresh re-indexes). Beside it, the county's own warm build, as the yardstick. Not a test: it prints a table (wall time, peak memory of the process tree, phases).
 *   npm run bench:hub -- [--stories 2500] [--counties 26]
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Archive } from '../../src/lib/hub/contract-schema.ts';
import { writeStatus } from '../hub/copies.ts';
import { movedContract, storeCopy } from '../hub/moved-contract.ts';
import { writeCorpus } from './corpus.ts';
import { measure, phases, type Run } from './measure.ts';

const { values } = parseArgs({
  options: {
    stories: { type: 'string', default: '2500' },
    counties: { type: 'string', default: '26' },
    covers: { type: 'string', default: '200' },
  },
});
const projectDir = process.cwd();
const bench = path.join(projectDir, '.bench');
const stories = Number(values.stories);
const countyCount = Number(values.counties);
const BENCH_EPOCH = 1795924800;
const NOW = new Date(BENCH_EPOCH * 1000).toISOString();
// Shandong's counties by name, for labels a reader would recognise; ids are the bench's own.
const NAMES =
  '巨野县 郓城县 单县 东明县 曹县 成武县 鄄城县 定陶区 牡丹区 梁山县 嘉祥县 汶上县 泗水县 微山县 鱼台县 金乡县 兖州区 曲阜市 邹城市 莘县 阳谷县 东阿县 冠县 高唐县 茌平区 临清市'.split(
    ' ',
  );

const env = (extra: Record<string, string>) => ({
  ...process.env,
  SOURCE_DATE_EPOCH: String(BENCH_EPOCH),
  ASTRO_TELEMETRY_DISABLED: '1',
  FORCE_COLOR: '0',
  ...extra,
});

function countyBuild(content: string, out: string, cache: string): Promise<Run> {
  return measure(
    process.execPath,
    [path.join(projectDir, 'scripts/build/build.ts'), '--out', out, '--verbose', '--full'],
    { cwd: projectDir, env: env({ XINFENG_CONTENT_DIR: content, XINFENG_CACHE_DIR: cache }) },
  );
}

const hubBuild = (hubDir: string, out: string) =>
  measure(
    process.execPath,
    [path.join(projectDir, 'scripts/hub/build.ts'), '--hub', hubDir, '--out', out, '--verbose'],
    { cwd: projectDir, env: env({}) },
  );

function mustPass(run: Run, what: string, log: string): Run {
  writeFileSync(log, run.lines.map(([t, l]) => `${t.toFixed(2)} ${l}`).join('\n'));
  if (run.status !== 0) throw new Error(`${what} failed (exit ${run.status}); log in ${log}`);
  return run;
}

const row = (label: string, items: number, run: Run) => {
  const p = phases(run.lines);
  return `| ${label} | ${items.toLocaleString('en')} | ${run.seconds.toFixed(1)} | ${Math.round(run.peakMiB).toLocaleString('en')} | ${p.pages.toFixed(1)} | ${p.search.toFixed(1)} |`;
};
const lines = ['| build | items | wall s | peak MiB | pages s | search s |', '|---|---|---|---|---|---|'];
// Each row also to stderr as it comes, so a long run's first rows survive an interruption.
const say = (line: string) => console.error(`[bench:hub] ${line}`);

// One county's build of the corpus: its contract is what every county in the hub serves.
const content = path.join(bench, `content-${stories}`);
const countyOut = path.join(bench, `hub-county-${stories}`);
console.error(`[bench:hub] one county of ${stories} stories…`);
await writeCorpus(projectDir, content, { stories, covers: Number(values.covers) });
mustPass(
  await countyBuild(content, countyOut, path.join(bench, `cache-${stories}`)),
  'the county build',
  path.join(bench, 'hub-county.log'),
);

const hubDir = path.join(bench, `hub-${countyCount}x${stories}`);
const hubOut = path.join(bench, `hub-out-${countyCount}x${stories}`);
rmSync(hubDir, { recursive: true, force: true });
rmSync(hubOut, { recursive: true, force: true });
rmSync(path.join(bench, `.hub-out-${countyCount}x${stories}-search.json`), { force: true });
const counties = Array.from({ length: countyCount }, (_, i) => ({
  id: `county${String(i + 1).padStart(2, '0')}`,
  name: NAMES[i % NAMES.length]!,
  url: `https://county${String(i + 1).padStart(2, '0')}.example.cn/`,
}));
mkdirSync(hubDir, { recursive: true });
writeFileSync(
  path.join(hubDir, 'registry.yaml'),
  `name: 山东省新时代文明实践志愿服务（基准测试）\ncounties:\n${counties.map((c) => `  - id: ${c.id}\n    name: ${c.name}\n    url: ${c.url}\n    colour: '#b3261e'\n`).join('')}`,
);
// Its 2026 archive's first title changed when `edit` says.
const store = (c: (typeof counties)[number], edit?: string) => {
  const retitle = (archive: Archive) => {
    if (edit && archive._xinfeng.year === 2026) archive.items[0]!.title = edit;
  };
  storeCopy(hubDir, c.id, movedContract(countyOut, c.url, retitle));
  writeStatus(hubDir, { id: c.id, lastAttempt: NOW, lastSuccess: NOW, lastChange: NOW, result: 'changed' });
};
for (const c of counties) store(c);
/** How many items a built county's contract holds. */
const itemsOf = (site: string) =>
  (JSON.parse(readFileSync(path.join(site, 'hub/manifest.json'), 'utf-8')).files as { items: number }[]).reduce(
    (sum, f) => sum + f.items,
    0,
  );
const itemsPerCounty = itemsOf(countyOut);
const items = countyCount * itemsPerCounty;

console.error(`[bench:hub] the hub of ${countyCount} × ${stories}…`);
const full = mustPass(await hubBuild(hubDir, hubOut), 'the hub build', path.join(bench, 'hub-full.log'));
lines.push(row(`hub, ${countyCount} counties, in full`, items, full));
say(lines.at(-1)!);
store(counties[0]!, '基准测试：第一个县改了标题');
store(counties[1]!, '基准测试：第二个县改了标题');
console.error('[bench:hub] the hub after two counties changed…');
const refresh = mustPass(await hubBuild(hubDir, hubOut), 'the hub refresh', path.join(bench, 'hub-refresh.log'));
lines.push(row('hub, two counties changed', items, refresh));
say(lines.at(-1)!);
const searchLine = refresh.lines.map(([, l]) => l).find((l) => l.startsWith('[search]')) ?? '';

// The yardstick: the county's own warm build of its N stories (posters and photos cached), and that
// times the number of counties, a lower bound for one county holding every item (a build grows faster
// than its items: see docs/performance.md). A county of 26 × N stories cannot be built here to compare:
// its first build would draw a share poster for each story, about 0.15 s apiece.
const warm = mustPass(
  await countyBuild(content, countyOut, path.join(bench, `cache-${stories}`)),
  'the county build',
  path.join(bench, 'hub-county-warm.log'),
);
lines.push(row(`one county, ${stories} stories, warm`, itemsPerCounty, warm));
lines.push(
  `| ${countyCount} × that county's warm build | ${items.toLocaleString('en')} | ${(countyCount * warm.seconds).toFixed(1)} | – | – | – |`,
);
const pages = readdirSync(hubOut, { recursive: true, encoding: 'utf-8' }).filter((f) => f.endsWith('.html')).length;
console.log(lines.join('\n'));
console.log(`\nhub pages: ${pages.toLocaleString('en')}; refresh search: ${searchLine}`);

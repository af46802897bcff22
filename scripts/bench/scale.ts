/**
 * npm run bench: how the whole build grows with the number of stories, beside Hugo and a plain Node
 * script building the same Markdown. Not a test: it prints a table (medians of --runs warm builds;
 * a cold build with empty image and content caches reported apart).
 *   npm run bench -- --n 1000,5000 --runs 3 [--covers 200] [--no-cold] [--rebuild] [--publish] [--no-baselines]
 * --publish adds "one story edited → served by nginx": the edit, the build, npm run deploy to a local
 * release folder and nginx serving the new page (scripts/bench/publish-latency.ts), and the pipeline's
 * content path from a fresh commit, its own steps in order (scripts/bench/pipeline-run.ts). --no-baselines skips
 * Hugo, the plain script and bare Astro.
 */
import { existsSync, readdirSync, rmSync, statSync, appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { newestStory, writeCorpus } from './corpus.ts';
import { writeBareAstroSite, writeHugoSite } from './baselines.ts';
import { measure, median, phases, type Phases, type Run } from './measure.ts';
import { measurePublish } from './publish-latency.ts';
import { measurePipeline } from './pipeline-run.ts';
import { isBundleFolder } from '../../src/lib/search-bundles.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    covers: { type: 'string', default: '200' },
    'no-cold': { type: 'boolean', default: false },
    rebuild: { type: 'boolean', default: false },
    publish: { type: 'boolean', default: false },
    'no-baselines': { type: 'boolean', default: false },
  },
});
const projectDir = process.cwd();
const runs = Number(values.runs);
const bench = path.join(projectDir, '.bench');
/** The build clock of every timed build, so that runs compare (2026-11-29 12:00 Beijing). */
const BENCH_EPOCH = 1795924800;

const sizeOf = (dir: string) => {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf-8' })) {
    const s = statSync(path.join(dir, f));
    if (!s.isFile()) continue;
    bytes += s.size;
    files++;
  }
  return { bytes, files };
};
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const s1 = (x: number) => x.toFixed(1);
/** A baseline's seconds, or – where --no-baselines left it out. */
const s2 = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(2));

interface Row {
  label: string;
  run: Run;
  phases: Phases;
}

async function buildOnce(
  n: number,
  content: string,
  out: string,
  cache: string,
  epoch = BENCH_EPOCH,
  /** every page (the cold and warm rows); without it, only what changed since the last build */
  full = false,
): Promise<Row['run']> {
  // --verbose: the phases are read off Astro's own lines.
  const run = await measure(
    process.execPath,
    [path.join(projectDir, 'scripts/build/build.ts'), '--out', out, '--verbose', ...(full ? ['--full'] : [])],
    {
      cwd: projectDir,
      env: {
        ...process.env,
        XINFENG_CONTENT_DIR: content,
        XINFENG_CACHE_DIR: cache,
        SOURCE_DATE_EPOCH: String(epoch),
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
      },
    },
  );
  // The last build's log, with the second each line appeared, for a closer look at a phase.
  writeFileSync(
    path.join(bench, `build-${n}.log`),
    [
      ...run.lines.map(([t, l]) => `${t.toFixed(2)} ${l}`),
      `peak ${Math.round(run.peakMiB)} MiB at ${run.peakAt.toFixed(1)} s: ${run.peakShares}`,
    ].join('\n'),
  );
  if (run.status !== 0)
    throw new Error(`build of ${n} stories failed (exit ${run.status}); log in .bench/build-${n}.log`);
  return run;
}

/** Hugo, the plain script and bare Astro over the same stories, `runs` times each. */
async function runBaselines(n: number, content: string, times: { hugo: number[]; plain: number[]; bare: number[] }) {
  const { hugo, plain, bare } = times;
  const hugoSite = path.join(bench, `hugo-${n}`);
  writeHugoSite(content, hugoSite);
  const bareSite = path.join(bench, `bare-astro-${n}`);
  writeBareAstroSite(projectDir, content, bareSite);
  const bareAstro = () =>
    measure(
      process.execPath,
      [path.join(projectDir, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', bareSite],
      { cwd: bareSite, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
    );
  // Once untimed, so its content store is warm like ours in the warm rows.
  if ((await bareAstro()).status !== 0)
    throw new Error(`the bare Astro baseline failed to build; try: cd ${bareSite} && npx astro build`);
  for (let i = 0; i < runs; i++) {
    bare.push((await bareAstro()).seconds);
    rmSync(path.join(hugoSite, 'public'), { recursive: true, force: true });
    hugo.push((await measure('hugo', ['--quiet', '-s', hugoSite], { cwd: projectDir, env: process.env })).seconds);
    plain.push(
      (
        await measure(
          process.execPath,
          [path.join(projectDir, 'scripts/bench/plain-build.ts'), content, path.join(bench, `plain-${n}`)],
          { cwd: projectDir, env: process.env },
        )
      ).seconds,
    );
  }
}

const header =
  '| N | build | wall s | ms/story | peak MiB | output MiB | files | search index MiB | check done | content | bundle | pages | feeds | images | search | Hugo s | plain s | bare Astro s | ×Hugo pages | ×plain pages | ×bare Astro pages |';
const lines = [header, `|${'---|'.repeat(header.split('|').length - 2)}`];
const publishHeader =
  '| N | publish | total s | build s | check done | content | bundle | pages + feeds | images | search | compress | deploy s | served after switch s | every run s |';
const publishLines = [publishHeader, `|${'---|'.repeat(publishHeader.split('|').length - 2)}`];
const PIPELINE_STEPS = ['checkout', 'install (cache)', 'plan', 'check', 'build-and-deploy', 'served'];
const pipelineHeader = `| N | run | ${PIPELINE_STEPS.join(' s | ')} s | commit → served s | every run s |`;
const pipelineLines = [pipelineHeader, `|${'---|'.repeat(pipelineHeader.split('|').length - 2)}`];

for (const n of values.n!.split(',').map(Number)) {
  const content = path.join(bench, `content-${n}`);
  const out = path.join(bench, `out-${n}`);
  const cache = path.join(bench, `cache-${n}`);
  console.error(`[bench] writing ${n} stories…`);
  await writeCorpus(projectDir, content, { stories: n, covers: Number(values.covers) });

  // Baselines first: they share nothing with our caches.
  const hugo: number[] = [];
  const plain: number[] = [];
  const bare: number[] = [];
  if (!values['no-baselines']) await runBaselines(n, content, { hugo, plain, bare });

  const rows: Row[] = [];
  if (!values['no-cold']) {
    rmSync(cache, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
    console.error(`[bench] ${n}: cold build…`);
    const run = await buildOnce(n, content, out, cache, BENCH_EPOCH, true);
    rows.push({ label: 'cold', run, phases: phases(run.lines) });
  }
  const warm: Row[] = [];
  for (let i = 0; i < runs; i++) {
    console.error(`[bench] ${n}: warm build ${i + 1}/${runs}…`);
    // Warm caches of content and images, but the search index built in full: without its record
    // of the last build, no bundle is copied (that is the rebuild rows' business).
    rmSync(path.join(cache, 'search-bundles.json'), { force: true });
    const run = await buildOnce(n, content, out, cache, BENCH_EPOCH, true);
    warm.push({ label: 'warm', run, phases: phases(run.lines) });
  }
  // The median warm run by wall time stands for all of them.
  const mid = [...warm].sort((a, b) => a.run.seconds - b.run.seconds)[Math.floor(warm.length / 2)]!;
  rows.push({ ...mid, label: `warm (median of ${runs})` });
  if (values.rebuild) {
    console.error(`[bench] ${n}: rebuilds…`);
    let run = await buildOnce(n, content, out, cache);
    rows.push({ label: 'rebuild, nothing changed', run, phases: phases(run.lines) });
    // The newest story, as when staff correct what they have just published.
    const newest = newestStory(content);
    appendFileSync(path.join(content, 'stories', newest), '\n编辑后新增的一段话。\n');
    run = await buildOnce(n, content, out, cache);
    rows.push({ label: 'rebuild after one edit', run, phases: phases(run.lines) });
  }
  if (values.publish) {
    console.error(`[bench] ${n}: one story edited → served by nginx…`);
    const published = await measurePublish({
      projectDir,
      content,
      out,
      target: path.join(bench, `served-${n}`),
      runs,
      // Each edit published a minute after the one before, as a release's name (its build time) needs.
      build: (i) => buildOnce(n, content, out, cache, BENCH_EPOCH + 60 * (i + 1)),
    });
    const mid = [...published].sort((a, b) => a.total - b.total)[Math.floor(published.length / 2)]!;
    const p = phases(mid.build.lines);
    publishLines.push(
      `| ${n} | one story edited → served by nginx (median of ${runs}) | ${s1(mid.total)} | ${s1(mid.build.seconds)} | ${s1(p.check)} | ${s1(p.contentLoad)} | ${s1(p.bundle)} | ${s1(p.pages + p.feeds)} | ${s1(p.images)} | ${s1(p.search)} | ${s1(p.compress)} | ${s1(mid.deploy)} | ${mid.served.toFixed(2)} | ${published.map((t) => s1(t.total)).join(', ')} |`,
    );
    console.error(publishLines.at(-1));
    console.error(`[bench] ${n}: the pipeline's content path from a fresh commit…`);
    const piped = await measurePipeline({
      projectDir,
      corpus: content,
      work: path.join(bench, `pipeline-${n}`),
      runs,
      epoch: (i) => BENCH_EPOCH + 3600 + 60 * (i + 1),
    });
    const middle = [...piped].sort((a, b) => a.total - b.total)[Math.floor(piped.length / 2)]!;
    const stepTime = (name: string) => s1(middle.steps.find(([s]) => s === name)?.[1] ?? 0);
    pipelineLines.push(
      `| ${n} | ${middle.run} (median of ${runs}) | ${PIPELINE_STEPS.map(stepTime).join(' | ')} | ${s1(middle.total)} | ${piped.map((t) => s1(t.total)).join(', ')} |`,
    );
    console.error(pipelineLines.at(-1));
  }

  const { bytes, files } = sizeOf(out);
  // Every bundle of the search index: /pagefind/, /pagefind-2/, …
  const search = readdirSync(out)
    .filter(isBundleFolder)
    .reduce((sum, d) => sum + sizeOf(path.join(out, d)).bytes, 0);
  const hugoS = median(hugo);
  const plainS = median(plain);
  const bareS = median(bare);
  const ratio = (part: number, whole: number) => (whole > 0 ? (part / whole).toFixed(1) : '–');
  for (const row of rows) {
    const p = row.phases;
    const pagePart = p.contentLoad + p.bundle + p.pages + p.feeds;
    lines.push(
      `| ${n} | ${row.label} | ${s1(row.run.seconds)} | ${((row.run.seconds * 1000) / n).toFixed(2)} | ${Math.round(row.run.peakMiB)} | ${mib(bytes)} | ${files} | ${mib(search)} | ${s1(p.check)} | ${s1(p.contentLoad)} | ${s1(p.bundle)} | ${s1(p.pages)} | ${s1(p.feeds)} | ${s1(p.images)} | ${s1(p.search)} | ${s2(hugoS)} | ${s2(plainS)} | ${s2(bareS)} | ${ratio(pagePart, hugoS)} | ${ratio(pagePart, plainS)} | ${ratio(pagePart, bareS)} |`,
    );
  }
  console.error(lines.at(-1));
}

console.log(lines.join('\n'));
if (values.publish) console.log(`\n${publishLines.join('\n')}\n\n${pipelineLines.join('\n')}`);
console.log(
  '\nphases in seconds; "check done" is when the content check (which runs beside Astro) finished; "pages" excludes feed and calendar routes ("feeds"); ×Hugo, ×plain and ×bare Astro compare our content load + bundle + pages + feeds with their whole build (they make no images or search index; bare Astro is a warm build with Astro\'s defaults over the same stories).',
);

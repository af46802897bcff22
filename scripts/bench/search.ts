/**
 * Measures search as a reader meets it, on a built site (npm run build first): the time from pressing
 * Enter to results on screen for the first query (Pagefind's WebAssembly and index load then) and for
 * later ones, the bytes the first query downloads, and the size of the index on disk.
 *   node scripts/bench/search.ts [--dir dist] [--runs 5]
 * --throttled measures instead the first result on a throttled phone (scripts/bench/throttled-search.ts),
 * served compressed and not, with the request waterfall of the median run, and unthrottled:
 *   node scripts/bench/search.ts --throttled [--dir dist] [--runs 3] [--query 敬老]
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/support/chromium.ts';
import { median } from './measure.ts';
import { isBundleFolder } from '../../src/lib/search-bundles.ts';
import { startPreview } from '../server/serve.ts';
import { throttledSearch } from './throttled-search.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '5' },
    throttled: { type: 'boolean', default: false },
    query: { type: 'string', default: '敬老' },
  },
});
const dir = path.resolve(values.dir!);
const runs = Number(values.runs);
const QUERIES = ['留守儿童', '敬老', '轮椅', '应急救援', '春联', '志愿者'];

const sizeOf = (folder: string): number =>
  readdirSync(folder, { recursive: true, encoding: 'utf-8' }).reduce((sum, f) => {
    const s = statSync(path.join(folder, f));
    return s.isFile() ? sum + s.size : sum;
  }, 0);

if (values.throttled) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const rows = [
      ['compressed', true],
      ['uncompressed', true],
      ['compressed', false],
    ] as const;
    for (const [serving, throttled] of rows) {
      const results = [];
      for (let run = 0; run < runs; run++)
        results.push(await throttledSearch(browser, dir, values.query!, serving, throttled));
      const mid = [...results].sort((a, b) => a.firstResult - b.firstResult)[Math.floor(results.length / 2)]!;
      const network = throttled ? 'Slow 4G, CPU ÷4' : 'unthrottled';
      console.log(
        `${serving}: first result for “${values.query}” at median ${mid.firstResult} ms (runs ${results.map((r) => r.firstResult).join(', ')}), ${mid.bytes} bytes by then; ${network}, cold cache, 375 px`,
      );
      if (!throttled) continue;
      for (const r of mid.waterfall)
        console.log(
          `  ${String(r.start).padStart(6)}–${String(r.end).padEnd(6)} ms ${String(r.bytes).padStart(8)} B  ${r.path}`,
        );
    }
  } finally {
    await browser.close();
  }
  process.exit(0);
}

// In this process, on a free port: it ends with the benchmark.
const preview = await startPreview(dir);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const first: number[] = [];
const later: number[] = [];
const firstBytes: number[] = [];
const ready: number[] = [];
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext(); // a new context is a cold cache
    const page = await context.newPage();
    await page.goto(`${preview.url}/search/`);
    await page.waitForSelector('site-search[data-ready]');
    // From navigation start to a usable search box: Pagefind's WebAssembly and entry file loaded.
    ready.push(await page.evaluate(() => performance.now()));
    for (const [i, query] of QUERIES.entries()) {
      await page.fill('#search-query', query);
      const ms = await page.evaluate(async (q) => {
        const start = performance.now();
        (document.querySelector('site-search form') as HTMLFormElement).requestSubmit();
        await new Promise<void>((resolve) => {
          const check = () =>
            /^(找到|没有找到)/.test(document.querySelector('[data-search-status]')!.textContent!) &&
            document.querySelector('[data-search-status]')!.textContent!.includes(q)
              ? resolve()
              : requestAnimationFrame(check);
          check();
        });
        return performance.now() - start;
      }, query);
      (i === 0 ? first : later).push(ms);
      if (i === 0) {
        // Every bundle of the index (/pagefind/, /pagefind-2/, …), as served (no gzip by serve.ts).
        const loaded = await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map(
              (e) =>
                [new URL(e.name).pathname.split('/')[1], (e as PerformanceResourceTiming).encodedBodySize] as const,
            ),
        );
        firstBytes.push(loaded.filter(([folder]) => isBundleFolder(folder)).reduce((n, [, bytes]) => n + bytes, 0));
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  await preview.close();
}

const bundles = readdirSync(dir)
  .filter(isBundleFolder)
  .map((f) => path.join(dir, f));
const onDisk = bundles.reduce((n, b) => n + sizeOf(b), 0);
const needed = bundles.reduce(
  (n, b) => n + ['index', 'fragment', 'filter'].reduce((m, f) => m + sizeOf(path.join(b, f)), 0),
  0,
);
console.log(
  `search index on disk: ${onDisk} bytes in ${bundles.length} bundle(s) (index + fragments + filters: ${needed} bytes)`,
);
console.log(
  `search page ready (Pagefind WebAssembly and entry loaded): median ${median(ready).toFixed(0)} ms after navigation, cold cache`,
);
console.log(
  `first query (fetches its index chunks and fragments): median ${median(first).toFixed(0)} ms over ${runs} cold runs; ${median(firstBytes)} bytes of the index's bundles downloaded by then`,
);
console.log(`later queries: median ${median(later).toFixed(0)} ms over ${later.length} queries`);

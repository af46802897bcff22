/**
 * Lighthouse scores (performance, accessibility, best practices, SEO) and the largest paint, layout shift
 * and blocking time in mobile mode for the home page, a story and a team page of a built and served site
 * (or the pages named: npm run lighthouse -- '/search/?q=敬老'), with Debian's Chromium. A measurement, not a
 * test: npm start in one shell, then npm run lighthouse (or npm run serve:nginx, then
 * BASE_URL=https://127.0.0.1:<port> LIGHTHOUSE_CHROME_FLAGS=--ignore-certificate-errors npm run lighthouse).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/support/chromium.ts';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4321';
const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/', '/stories/xueleifeng-qidong/', '/teams/qianshou-guanai/'];
const bin = fileURLToPath(import.meta.resolve('lighthouse/cli/index.js'));
console.log('page | performance | accessibility | best practices | SEO | LCP ms | CLS | TBT ms');
for (const p of pages) {
  const run = spawnSync(
    process.execPath,
    [
      bin,
      base + p,
      '--quiet',
      '--output=json',
      '--output-path=stdout',
      '--form-factor=mobile',
      // LIGHTHOUSE_CHROME_FLAGS adds to Debian's Chromium flags, e.g. --ignore-certificate-errors for the
      // self-signed certificate of npm run serve:nginx.
      `--chrome-flags=${[...CHROMIUM_ARGS, process.env.LIGHTHOUSE_CHROME_FLAGS ?? ''].join(' ').trim()}`,
    ],
    {
      encoding: 'utf-8',
      env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (run.status !== 0) {
    console.log(`${p} | failed: ${run.stderr.slice(-300)}`);
    continue;
  }
  const report = JSON.parse(run.stdout) as {
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { score: number | null; title: string; numericValue?: number }>;
  };
  const score = (c: string) => Math.round((report.categories[c]?.score ?? 0) * 100);
  const value = (a: string, digits = 0) => report.audits[a]?.numericValue?.toFixed(digits) ?? '–';
  console.log(
    `${p} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${value('largest-contentful-paint')} | ${value('cumulative-layout-shift', 3)} | ${value('total-blocking-time')}`,
  );
  const failing = Object.entries(report.audits)
    .filter(([, a]) => a.score !== null && a.score < 0.9)
    .map(([id, a]) => `${id}: ${a.title}`);
  if (failing.length) console.log(`  below 90: ${failing.join('; ')}`);
}

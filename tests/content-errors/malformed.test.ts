/**
 * Every case of both corpora (mistakes staff make, and content written to attack the site), checked as
 * staff meet it: the content check fails with a message that names the file and the field and says
 * what is wrong. The check runs in this process, as `npm run check` runs it (`npm run check` itself is
 * shown to exit 1 with the same report, and one case of each family of rules through it); a few
 * families also go through `npm run build`, which fails with the check's report whole and leaves the
 * previous site untouched. (Astro alone refusing each family is tests/site/content-errors.test.ts.)
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../scripts/staff/check-content.ts';
import { BUILD_TEST_TIMEOUT, buildSite, copyOfContent, ROOT, TEST_NOW_EPOCH } from '../support/site-build';
import { CASES, type MalformedCase } from './cases';
import { HOSTILE } from './hostile';

const run = promisify(execFile);
const ALL = [...CASES, ...HOSTILE];
/** The moment the built-site tests build at: every check here is made then too. */
const NOW = new Date(TEST_NOW_EPOCH * 1000);

async function npmScript(script: string, args: string[], contentDir: string) {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(ROOT, 'scripts', script), ...args], {
      cwd: ROOT,
      env: { ...process.env, XINFENG_CONTENT_DIR: contentDir, SOURCE_DATE_EPOCH: String(TEST_NOW_EPOCH) },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, output: stripVTControlCharacters(stdout + stderr) };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: stripVTControlCharacters(e.stdout + e.stderr) };
  }
}

/** A copy of the sample content with the case's mistake in it, and the file as messages show it. */
async function contentWith(c: MalformedCase, copyName: string) {
  const dir = copyOfContent(copyName);
  await c.apply(dir);
  return { dir, shownFile: path.relative(ROOT, path.join(dir, c.file)).split(path.sep).join('/') };
}

/** The report names the file, the field and the line where the case says, and the fix. */
function expectNamed(report: string, c: MalformedCase, shownFile: string) {
  const block = report
    .split('\n\n')
    .find(
      (b) =>
        b.includes(shownFile) &&
        (!c.field || b.includes(`字段 ${c.field}`)) &&
        (!c.line || b.includes(`第 ${c.line} 行`)) &&
        b.includes(c.says),
    );
  expect(
    block,
    `expected a message naming ${shownFile}${c.field ? ` and 字段 ${c.field}` : ''} saying “${c.says}”, got:\n${report}`,
  ).toBeDefined();
  expect(block).toContain('怎么改：');
}

describe('malformed content', () => {
  it('has a corpus of at least 30 mistakes and 25 attacks', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(HOSTILE.length).toBeGreaterThanOrEqual(25);
  });

  it.concurrent.each(ALL.map((c, i) => [c.name, c, i] as const))('%s', async (_, c, i) => {
    const { dir, shownFile } = await contentWith(c, `malformed-${i}`);
    const { passed, report } = await checkReport(ROOT, dir, NOW);
    expect(passed, report).toBe(false);
    expectNamed(report, c, shownFile);
  });
});

describe('each family of rules, through npm run check and npm run build', { timeout: BUILD_TEST_TIMEOUT }, () => {
  const families = [...new Set(ALL.map((c) => c.family))];

  it('npm run check exits 1 and prints the report the test process gets', async () => {
    const { dir } = await contentWith(ALL[0]!, 'malformed-check-command');
    const check = await npmScript('staff/check-content.ts', [], dir);
    expect(check.code, check.output).toBe(1);
    expect(check.output.trim()).toBe((await checkReport(ROOT, dir, NOW)).report.trim());
  });

  it('has every family at least twice', () => {
    for (const family of families) expect(ALL.filter((c) => c.family === family).length, family).toBeGreaterThan(1);
  });

  it.concurrent.each(families.map((family) => [family, ALL.find((c) => c.family === family)!] as const))(
    'npm run check names %s',
    async (family, c) => {
      const { dir, shownFile } = await contentWith(c, `malformed-family-check-${families.indexOf(family)}`);
      const check = await npmScript('staff/check-content.ts', [], dir);
      expect(check.code, check.output).toBe(1);
      expectNamed(check.output, c, shownFile);
    },
  );

  // The build runs the same check and prints its report whole, so a few families show it; each build
  // waits its turn with the site tests' builds (Astro starts beside the check and writes to .astro/).
  const throughBuild = ['字段区的写法', '正文里的 HTML', 'MDX'];
  it.each(throughBuild.map((family) => [family, ALL.find((c) => c.family === family)!] as const))(
    'npm run build refuses %s and keeps the previous site',
    async (family, c) => {
      const k = families.indexOf(family);
      const { dir, shownFile } = await contentWith(c, `malformed-family-${k}`);
      const { report } = await checkReport(ROOT, dir, NOW);
      expectNamed(report, c, shownFile);

      // A previous site stands in the output folder; a failed build must leave it as it was.
      const out = path.join(ROOT, '.test-dist', `malformed-family-${k}`);
      mkdirSync(out, { recursive: true });
      writeFileSync(path.join(out, 'index.html'), '<p>上一次生成的网站</p>');
      const build = buildSite(`malformed-family-${k}`, { contentDir: dir, rebuild: true });
      expect(build.status).toBe(1);
      // npm run build runs npm run check first and shows its whole report.
      expect(build.output).toContain(report.trim());
      expect(build.output).toContain('原来的');
      expect(readdirSync(out)).toEqual(['index.html']);
      expect(readFileSync(path.join(out, 'index.html'), 'utf-8')).toBe('<p>上一次生成的网站</p>');
      expect(existsSync(path.join(ROOT, '.test-dist', `.malformed-family-${k}-next`))).toBe(false);
    },
  );
});

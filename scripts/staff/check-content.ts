/**
 * npm run check: checks all of content/ and prints every problem at once, in Chinese, with the file,
 * line, field and fix. Exits 0 only when there is no error (notices do not block).
 */
import path from 'node:path';
import { checkContent } from '../../src/content-check/check.ts';
import { formatReport } from '../../src/content-check/problem.ts';
import { buildNow } from '../../src/lib/build-now.ts';
import { contentRoot } from '../../src/lib/content-root.ts';

/** The commit the live site was built from (the pipeline and the timed rebuild say); else HEAD. */
export const PUBLISHED_REF_ENV = 'XINFENG_PUBLISHED_REF';

/** What npm run check prints for a content folder at a moment (the build's "now"), and whether it passes. */
export async function checkReport(
  projectDir: string,
  contentDir = path.resolve(projectDir, contentRoot()),
  now = buildNow(),
): Promise<{ passed: boolean; report: string }> {
  const problems = await checkContent({
    projectDir,
    contentDir,
    now,
    publishedRef: process.env[PUBLISHED_REF_ENV] || 'HEAD',
  });
  return { passed: !problems.some((p) => p.level === 'error'), report: formatReport(problems) };
}

if (import.meta.main) {
  const { passed, report } = await checkReport(process.cwd());
  console.log(report);
  process.exitCode = passed ? 0 : 1;
}

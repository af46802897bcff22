/**
 * npm run check: checks all of content/ and prints every problem at once, in Chinese, with the file,
 * line, field and fix. Exits 0 only when there is no error (notices do not block).
 */
import path from 'node:path';
import { checkContent } from '../../src/content-check/check.ts';
import { formatReport } from '../../src/content-check/problem.ts';
import { buildNow } from '../../src/lib/build-now.ts';
import { contentRoot } from '../../src/lib/content-root.ts';

export async function runCheck(projectDir = process.cwd()): Promise<boolean> {
  const problems = await checkContent({
    projectDir,
    contentDir: path.resolve(projectDir, contentRoot()),
    publicDir: path.resolve(projectDir, 'public'),
    now: buildNow(),
  });
  console.log(formatReport(problems));
  return !problems.some((p) => p.level === 'error');
}

if (import.meta.main) {
  process.exitCode = (await runCheck()) ? 0 : 1;
}

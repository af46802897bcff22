/**
 * Every case of both corpora (mistakes staff make, and content written to attack the site), checked as
 * staff meet it: `npm run check` and `npm run build` both fail, the message names the file and the
 * field and says what is wrong, and the previous site is untouched.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { copyOfContent, ROOT } from '../support/site-build';
import { CASES } from './cases';
import { HOSTILE } from './hostile';

const run = promisify(execFile);

async function npmScript(script: string, args: string[], contentDir: string) {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(ROOT, 'scripts', script), ...args], {
      cwd: ROOT,
      env: { ...process.env, XINFENG_CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, output: stripVTControlCharacters(stdout + stderr) };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: stripVTControlCharacters(e.stdout + e.stderr) };
  }
}

describe('malformed content', () => {
  it('has a corpus of at least 30 mistakes and 25 attacks', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(HOSTILE.length).toBeGreaterThanOrEqual(25);
  });

  it.concurrent.each([...CASES, ...HOSTILE].map((c, i) => [c.name, c, i] as const))('%s', async (_, c, i) => {
    const dir = copyOfContent(`malformed-${i}`);
    await c.apply(dir);
    const shownFile = path.relative(ROOT, path.join(dir, c.file)).split(path.sep).join('/');

    const check = await npmScript('staff/check-content.ts', [], dir);
    expect(check.code, check.output).toBe(1);
    const block = check.output
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
      `expected a message naming ${shownFile}${c.field ? ` and 字段 ${c.field}` : ''} saying “${c.says}”, got:\n${check.output}`,
    ).toBeDefined();
    expect(block).toContain('怎么改：');

    // A previous site stands in the output folder; a failed build must leave it as it was.
    const out = path.join(ROOT, '.test-dist', `malformed-${i}`);
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'index.html'), '<p>上一次生成的网站</p>');
    const build = await npmScript('build/build.ts', ['--out', out], dir);
    expect(build.code).toBe(1);
    expect(build.output).toContain(c.says);
    expect(build.output).toContain('原来的');
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(path.join(out, 'index.html'), 'utf-8')).toBe('<p>上一次生成的网站</p>');
    expect(existsSync(path.join(ROOT, '.test-dist', `.malformed-${i}-next`))).toBe(false);
  });
});

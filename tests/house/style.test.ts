/**
 * The house style holds on the whole tree: Prettier's formatting, ESLint's rules, and knip's findings
 * (no unused file, export or dependency). `npm run format` fixes the first; `npm run lint` shows all three.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/site-build';

const run = promisify(execFile);

/** Runs a tool of node_modules/.bin on this Node, in the project folder; its output is the failure message. */
async function tool(name: string, args: string[]) {
  try {
    await run(process.execPath, [path.join(ROOT, 'node_modules/.bin', name), ...args], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    return { ok: true, output: '' };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` || e.message };
  }
}

describe('house style', () => {
  it('every file is formatted by Prettier (npm run format fixes it)', async () => {
    // The files git holds, named: given '.', Prettier walks every ignored folder too (the benchmark's
    // corpora, the tests' scratch copies) before its ignore file drops them, four times slower.
    const { stdout } = await run('git', ['ls-files', '-z'], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
    const files = stdout.split('\0').filter(Boolean);
    expect(files.length).toBeGreaterThan(100);
    const result = await tool('prettier', ['--list-different', '--ignore-unknown', ...files]);
    expect(result.ok, `Unformatted files:\n${result.output}`).toBe(true);
  }, 120_000);

  it('ESLint finds nothing', async () => {
    const result = await tool('eslint', ['.']);
    expect(result.ok, result.output).toBe(true);
  }, 120_000);

  it('knip finds no unused file, export or dependency', async () => {
    const result = await tool('knip', []);
    expect(result.ok, result.output).toBe(true);
  }, 120_000);
});

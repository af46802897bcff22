/** Test builds take turns through a lock; a lock left by a killed run does not hold the next one up. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { oneAtATime } from '../support/build-lock';

const dir = mkdtempSync(path.join(tmpdir(), 'xinfeng-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('runs the work holding the lock, and frees it after', () => {
  const lock = path.join(dir, 'free.pid');
  expect(oneAtATime(lock, () => existsSync(lock))).toBe(true);
  expect(existsSync(lock)).toBe(false);
});

it('takes over at once a lock whose process is gone', () => {
  const lock = path.join(dir, 'left.pid');
  // The pid of a process that has already exited, as a killed test run's would be.
  const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf-8' });
  writeFileSync(lock, gone.stdout);
  // Allowed no wait to speak of: a lock that waited on its holder would throw here.
  expect(oneAtATime(lock, () => 'built', 1_000)).toBe('built');
});

it('gives up on a live holder after the wait allowed, naming it', () => {
  const lock = path.join(dir, 'held.pid');
  writeFileSync(lock, String(process.pid));
  expect(() => oneAtATime(lock, () => 'built', 300)).toThrow(`still held by process ${process.pid}`);
});

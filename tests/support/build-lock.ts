/**
 * Astro writes some of a build's files into the project's own .astro/ folder (the list of content
 * images among them), so two builds of different content at once, from two test workers, would read
 * each other's: builds take turns through a lock file that names the process holding it. A lock whose
 * process is gone (a test run killed mid-build) is free at once, not after a timeout. The web editor's
 * preview (`astro dev`) writes there too, whenever content changes: an editor session holds the lock
 * for as long as it runs.
 */
import { mkdirSync, openSync, readFileSync, closeSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

/** The lock every build, astro check and editor session takes its turn through. */
export const BUILD_LOCK = path.resolve(import.meta.dirname, '../../.test-dist/.build-lock.pid');

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The holder's pid, or undefined while it is still writing it (or the lock just went). */
function holder(lock: string): number | undefined {
  try {
    return Number(readFileSync(lock, 'utf-8')) || undefined;
  } catch {
    return undefined;
  }
}

/** Runs `work` holding the lock; gives up, naming the holder, after waiting `maxWaitMs` for a live one. */
export function oneAtATime<T>(lock: string, work: () => T, maxWaitMs = 600_000): T {
  const release = takeLock(lock, maxWaitMs);
  try {
    return work();
  } finally {
    release();
  }
}

/**
 * Takes the lock and returns what lets it go: for work that outlives one call, such as an `astro dev`
 * (the web editor's preview), which rewrites .astro/ whenever content changes.
 */
export function takeLock(lock: string, maxWaitMs = 600_000): () => void {
  mkdirSync(path.dirname(lock), { recursive: true });
  const giveUpAt = Date.now() + maxWaitMs;
  for (;;) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch {
      const pid = holder(lock);
      // The sample build in the global setup is the first to look, alone, so no two takers race here.
      if (pid !== undefined && !alive(pid)) unlinkSync(lock);
      else if (Date.now() > giveUpAt) {
        throw new Error(
          `${lock} is still held by process ${pid} after ${maxWaitMs / 1000} s: is another test run building?`,
        );
      } else pause(200);
    }
  }
  return () => unlinkSync(lock);
}

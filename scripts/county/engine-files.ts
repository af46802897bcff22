/** The engine's files on disk: listing them in an engine checkout, copying them, and their digests. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { engineFiles } from '../../src/lib/county-files.ts';

/** What git knows of an engine checkout (tracked, and new but not ignored), less the county's paths. */
export function listEngineFiles(engineDir: string): string[] | undefined {
  const listed = spawnSync('git', ['-C', engineDir, 'ls-files', '-co', '--exclude-standard', '-z'], {
    encoding: 'utf-8',
  });
  if (listed.status !== 0) return undefined;
  return engineFiles(listed.stdout.split('\0').filter((f) => f && existsSync(path.join(engineDir, f))));
}

export function copyEngineFiles(from: string, to: string, files: readonly string[]): void {
  for (const file of files) {
    mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    copyFileSync(path.join(from, file), path.join(to, file));
  }
}

const digestOf = (file: string) => createHash('sha1').update(readFileSync(file)).digest('base64');

/** Each file's digest as it is in `dir` now, or '' for one that is not there. */
export function fileDigests(dir: string, files: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    files.map((file) => {
      const at = path.join(dir, file);
      return [file, existsSync(at) ? digestOf(at) : ''];
    }),
  );
}

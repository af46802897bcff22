/**
 * What the timed rebuild compares (scripts/server/rebuild-if-due.ts): a digest of content/ as built, the times
 * its entries go out, and the record of the last build that scripts/build/build.ts leaves in the build cache.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { placeFile } from '../../src/content-check/layout.ts';
import { listContentFiles } from '../../src/content-check/content-files.ts';
import { parseBeijingTime } from '../../src/lib/beijing-time.ts';
import { cacheFolder } from '../../src/lib/cache-folder.ts';
import { parseYamlAsWritten, splitEntry } from '../../src/lib/front-matter.ts';
import { publicFrom } from '../../src/lib/publishing.ts';
import type { LastBuild } from '../../src/lib/rebuild-reasons.ts';

/** Every file's path, size and time: any edit, upload or deletion changes it. */
export function contentDigest(dir: string): string {
  const hash = createHash('sha256');
  for (const file of listContentFiles(dir)) {
    const { size, mtimeMs } = statSync(path.join(dir, file));
    hash.update(`${file}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/** When each story and announcement that is not a draft goes out. */
export function entryTimes(dir: string): Date[] {
  return listContentFiles(dir).flatMap((file) => {
    const placed = placeFile(file);
    if (!('entry' in placed) || !['stories', 'announcements'].includes(placed.entry.collection)) return [];
    try {
      const data = parseYamlAsWritten(splitEntry(readFileSync(path.join(dir, file), 'utf-8')).yaml ?? '', file);
      const { published, embargo, draft } = (data ?? {}) as Record<string, unknown>;
      const time = (value: unknown) => (typeof value === 'string' ? (parseBeijingTime(value) ?? undefined) : undefined);
      const at = time(published);
      return at && draft !== true ? [publicFrom({ published: at, embargo: time(embargo) })] : [];
    } catch {
      return []; // the build itself will say what is wrong with it
    }
  });
}

const recordFile = () => path.resolve(cacheFolder(), 'last-build.json');

export function readLastBuild(): LastBuild | undefined {
  try {
    const { now, content, commit } = JSON.parse(readFileSync(recordFile(), 'utf-8')) as {
      now: string;
      content: string;
      commit?: string | null;
    };
    return { now: new Date(now), content, commit };
  } catch {
    return undefined;
  }
}

export function writeLastBuild(record: LastBuild): void {
  mkdirSync(path.dirname(recordFile()), { recursive: true });
  writeFileSync(recordFile(), JSON.stringify({ ...record, now: record.now.toISOString() }));
}

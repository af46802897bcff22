/**
 * What the live site published of each story, announcement and campaign, for the web editor's
 * 更正 rule (src/lib/corrections.ts): a fingerprint of what readers see, its 最后修改 and how many
 * corrections it carries, by the file's path as the editor names it (content/…).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { entryVersion, fingerprint } from '../lib/corrections.ts';
import { contentRoot } from '../lib/content-root.ts';
import type { Catalog } from './catalog.ts';

export interface PublishedVersion {
  /** fingerprint of the noticeable text */
  seen: string;
  updated?: string;
  corrections: number;
}

export async function publishedVersions(catalog: Catalog): Promise<Record<string, PublishedVersion>> {
  const root = path.resolve(contentRoot());
  const entries = [
    ...catalog.stories.map((e) => ['stories', e.filePath] as const),
    ...catalog.announcements.map((e) => ['announcements', e.filePath] as const),
    ...catalog.campaigns.map((e) => ['campaigns', e.filePath] as const),
  ];
  const versions: Record<string, PublishedVersion> = {};
  for (const [collection, filePath] of entries) {
    const absolute = path.resolve(filePath);
    const version = entryVersion(collection, readFileSync(absolute, 'utf-8'), catalog.now);
    if (!version?.public) continue;
    const key = `content/${path.relative(root, absolute).split(path.sep).join('/')}`;
    versions[key] = {
      seen: await fingerprint(version.noticeable),
      ...(version.updated ? { updated: version.updated.toISOString() } : {}),
      corrections: version.corrections,
    };
  }
  return versions;
}

/**
 * Astro's getCollection, without its warning ("does not exist or is empty") for a collection a new
 * county has nothing in yet: a folder of content/ that is missing or empty reads as no entries.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { getCollection, type CollectionKey } from 'astro:content';
import { contentRoot } from '../lib/content-root.ts';

/** Collections kept in a folder of content/ of the same name. */
type FolderCollection = Extract<
  CollectionKey,
  'teams' | 'campaigns' | 'stories' | 'announcements' | 'records' | 'honours'
>;

const hasFiles = (folder: string) => {
  const dir = path.resolve(contentRoot(), folder);
  return existsSync(dir) && readdirSync(dir).some((name) => !name.startsWith('.'));
};

export function entriesIn<C extends FolderCollection>(collection: C) {
  return hasFiles(collection) ? getCollection(collection) : Promise.resolve([]);
}

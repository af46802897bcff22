/**
 * The pages an incremental build kept from the last site, one JSON line each in the build record's
 * kept.jsonl: written by the routes (src/data/page-reads.ts), read by the sitemap integration and by
 * the build that links them into the new site (scripts/build/incremental.ts).
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface KeptPage {
  /** the page's address, e.g. /stories/x/ or /rss.xml */
  url: string;
  /** files under /_astro/ it had Astro make */
  files: string[];
}

const keptFile = (recordDir: string) => path.join(recordDir, 'kept.jsonl');

export function writeKeptPages(recordDir: string, pages: readonly KeptPage[]): void {
  if (pages.length === 0) return;
  const lines = pages.map(({ url, files }) => JSON.stringify({ url, files }));
  appendFileSync(keptFile(recordDir), lines.join('\n') + '\n');
}

export function readKeptPages(recordDir: string): KeptPage[] {
  if (!existsSync(keptFile(recordDir))) return [];
  return readFileSync(keptFile(recordDir), 'utf-8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as KeptPage);
}

/**
 * The build's record of which data each page read (src/lib/read-tracking.ts), and the incremental
 * build's use of it: a page whose route still has it, whose props are the same, and whose every read
 * still finds the same value is not rendered again but kept from the last build.
 *
 * scripts/build/build.ts names two folders through the environment:
 * - XINFENG_PAGE_READS: where this build writes its record (pages.jsonl) and the pages it kept (kept.jsonl);
 * - XINFENG_PAGE_READS_LAST: the record of the build being updated; without it every page is rendered.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { hash } from 'node:crypto';
import path from 'node:path';
import type { GetStaticPaths, GetStaticPathsItem } from 'astro';
import { ReadTracker, type ReadSet } from '../lib/read-tracking.ts';
import { writeKeptPages } from '../lib/kept-pages.ts';

/** One tracker for the whole build: the catalog registers its entries with it. */
export const reads = new ReadTracker();

/** A page as recorded: its address, props, what it read and the files under /_astro/ it had made. */
interface PageRecord {
  url: string;
  props: string;
  reads: [string, string][];
  files: string[];
}

/** A line of pages.jsonl: a path read (k: id, path, fingerprint), or a page (p). */
type RecordLine = { k: [number, string, string] } | { p: string; u: string; s: string; r: number[]; f: string[] };

const recordDir = process.env.XINFENG_PAGE_READS?.trim();
const lastDir = process.env.XINFENG_PAGE_READS_LAST?.trim();

/** Paths already written to this build's record, by their number in the build (read-tracking.ts). */
let writtenPaths = new Uint8Array(1 << 16);
const written = new Set<string>();

/** Records a page: its reads by path number, each path written once with what it gave. */
function recordPage(
  page: string,
  { url, props, paths, files }: { url: string; props: string; paths: number[]; files: string[] },
): void {
  if (!recordDir || written.has(page)) return;
  written.add(page);
  const lines: RecordLine[] = [];
  for (const id of paths) {
    if (id >= writtenPaths.length) {
      const grown = new Uint8Array(Math.max(writtenPaths.length * 2, id + 1));
      grown.set(writtenPaths);
      writtenPaths = grown;
    }
    if (writtenPaths[id]) continue;
    writtenPaths[id] = 1;
    lines.push({ k: [id, reads.pathOf(id), reads.fingerprintOf(id)] });
  }
  lines.push({ p: page, u: url, s: props, r: paths, f: files });
  pending.push(lines.map((l) => JSON.stringify(l)).join('\n'));
  if (pending.length >= 200) flushRecord();
}

/** Lines not yet written: written 200 pages at a time, and when the build's process ends. */
const pending: string[] = [];
function flushRecord(): void {
  if (!recordDir || pending.length === 0) return;
  appendFileSync(path.join(recordDir, 'pages.jsonl'), pending.join('\n') + '\n');
  pending.length = 0;
}
process.once('exit', flushRecord);

/** A page as the record knows it: its route and parameters. */
function pageKey(routePattern: string, params: Record<string, string | number | undefined>): string {
  const named = Object.entries(params)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => [k, String(v)])
    .sort(([a], [b]) => a!.localeCompare(b!));
  return `${routePattern} ${JSON.stringify(named)}`;
}

const propsSignature = (props: unknown) => hash('sha1', reads.describe(props), 'base64').slice(0, 20);

/** Astro's build-time hook for each image it is asked to make. */
type AstroAssets = { addStaticImage?: ((...args: never[]) => string) & { noted?: true } };

/** Wraps Astro's hook once, so each page notes the resized photos it asks for. */
function noteMadeFiles(): void {
  const assets = (globalThis as { astroAsset?: AstroAssets }).astroAsset;
  const add = assets?.addStaticImage;
  if (!assets || !add || add.noted) return;
  const noting = (...args: never[]) => {
    const url = add(...args);
    const file = /\/_astro\/[^?#"]+/.exec(url)?.[0];
    if (file) reads.noteFile(decodeURI(file));
    return url;
  };
  assets.addStaticImage = Object.assign(noting, { noted: true as const });
}

/** Renders one page noting what it reads, and records it (the middleware calls this for every page). */
export async function renderNoting(
  page: { routePattern: string; params: Record<string, string | undefined>; url: URL; props: unknown },
  render: () => Promise<Response>,
): Promise<Response> {
  // A page of a route without parameters is always rendered (only getStaticPaths can keep a page):
  // nothing to record.
  if (!recordDir || !page.routePattern.includes('[')) return render();
  noteMadeFiles();
  const read: ReadSet = new Set();
  // The body is read here: a page's components render while it is, and their reads belong to it.
  const response = await reads.run(read, async () => {
    const rendered = await render();
    return new Response(await rendered.arrayBuffer(), rendered);
  });
  recordPage(pageKey(page.routePattern, page.params), {
    url: page.url.pathname,
    props: propsSignature(page.props),
    ...reads.split(read),
  });
  // Promises the page started (Astro's image jobs, cached values) keep its async context, and so this
  // set, alive until the build ends: emptied, it holds nothing meanwhile.
  read.clear();
  return response;
}

let lastPages: Map<string, PageRecord> | undefined;

function loadLast(dir: string): Map<string, PageRecord> {
  const keys = new Map<number, [string, string]>();
  const pages = new Map<string, PageRecord>();
  for (const line of readFileSync(path.join(dir, 'pages.jsonl'), 'utf-8').split('\n')) {
    if (!line) continue;
    const parsed = JSON.parse(line) as RecordLine;
    if ('k' in parsed) keys.set(parsed.k[0], [parsed.k[1], parsed.k[2]]);
    else
      pages.set(parsed.p, {
        url: parsed.u,
        props: parsed.s,
        reads: parsed.r.map((id) => keys.get(id)!),
        files: parsed.f,
      });
  }
  return pages;
}

const sameNow = new Map<string, boolean>();
const unchanged = ([key, value]: [string, string]) => {
  let same = sameNow.get(key);
  if (same === undefined) sameNow.set(key, (same = reads.fingerprintAt(key) === value));
  return same;
};

/**
 * The route's pages that must be rendered: in an incremental build, those the last build's record
 * cannot show to be unchanged. The others are recorded as kept, for the build to copy from the last site.
 */
function pagesToRender(routePattern: string, items: GetStaticPathsItem[]): GetStaticPathsItem[] {
  if (!lastDir || !recordDir) return items;
  lastPages ??= loadLast(lastDir);
  const kept: PageRecord[] = [];
  const render = items.filter((item) => {
    const key = pageKey(routePattern, item.params);
    const last = lastPages!.get(key);
    if (!last || last.props !== propsSignature(item.props) || !last.reads.every(unchanged)) return true;
    // The paths it read gave what they gave last time (just compared): this build's numbers for them.
    recordPage(key, { ...last, paths: last.reads.map(([path, value]) => reads.idOf(path, value)) });
    kept.push(last);
    return false;
  });
  writeKeptPages(recordDir, kept);
  return render;
}

/** Wraps a route's getStaticPaths so an incremental build renders only the pages an edit can change. */
export function changedOnly(getStaticPaths: GetStaticPaths): GetStaticPaths {
  return async (options) => pagesToRender(options.routePattern, [...(await getStaticPaths(options))]);
}

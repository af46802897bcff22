/**
 * The incremental build's files (src/lib/build-kind.ts decides, src/data/page-reads.ts records):
 * what a build was made from, the record kept beside the published site in the build cache, and
 * copying the pages a build kept from the last site into the new one.
 */
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BuildInputs, LastBuildInputs } from '../../src/lib/build-kind.ts';
import { SERVER_FILES } from '../../src/lib/server-files.ts';
import { listContentFiles } from '../../src/content-check/content-files.ts';
import { readKeptPages } from '../../src/lib/kept-pages.ts';
import { pageFile } from '../../src/lib/urls.ts';

/** What the engine is: a change to any of these makes the next build a whole one. */
const ENGINE = [
  'src',
  'scripts/build',
  'public',
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];
/** Entries' text, which the pages' records follow; every other file in content/ is followed by its bytes. */
const ENTRY_TEXT = /\.(md|ya?ml|csv)$/;

const sha1 = (bytes: Buffer | string) => createHash('sha1').update(bytes).digest('base64');

/** A part of the project (a folder or a file) as its files' paths relative to the project, with /. */
function filesOf(projectDir: string, part: string): string[] {
  const at = path.join(projectDir, part);
  if (!existsSync(at)) return [];
  return statSync(at).isFile() ? [part] : listContentFiles(at).map((f) => `${part}/${f}`);
}

function engineDigest(projectDir: string): string {
  const hash = createHash('sha1').update(process.version);
  for (const part of ENGINE) {
    for (const file of filesOf(projectDir, part)) {
      hash.update(`${file}\0`).update(readFileSync(path.join(projectDir, file)));
    }
  }
  return hash.digest('base64');
}

/** Photos, films and attachments (content/files/), their digest reused from the last record while size and time agree. */
function followedFiles(contentDir: string, last: BuildInputs['files']): BuildInputs['files'] {
  const files: BuildInputs['files'] = {};
  const follow = (file: string, name: string) => {
    const { size, mtimeMs } = statSync(file);
    const known = last[name];
    files[name] = [
      size,
      mtimeMs,
      known && known[0] === size && known[1] === mtimeMs ? known[2] : sha1(readFileSync(file)),
    ];
  };
  for (const file of listContentFiles(contentDir)) {
    // files/ holds attachments served as they are, whatever their kind.
    if (!ENTRY_TEXT.test(file) || file.startsWith('files/')) follow(path.join(contentDir, file), `content/${file}`);
  }
  return files;
}

export function buildInputs(projectDir: string, contentDir: string, last?: LastBuildInputs): BuildInputs {
  const siteFile = path.join(contentDir, 'site.yaml');
  return {
    code: engineDigest(projectDir),
    site: existsSync(siteFile) ? sha1(readFileSync(siteFile)) : '',
    files: followedFiles(contentDir, last?.files ?? {}),
  };
}

/** The digest of a site's build record, or undefined when the folder is not a finished build. */
export function siteStamp(siteDir: string): string | undefined {
  const file = path.join(siteDir, SERVER_FILES.build);
  return existsSync(file) ? sha1(readFileSync(file)) : undefined;
}

const INPUTS = 'inputs.json';
const PAGES = 'pages.jsonl';

/** The record beside the published site, if it is whole. */
export function readLastInputs(recordDir: string): LastBuildInputs | undefined {
  try {
    if (!existsSync(path.join(recordDir, PAGES))) return undefined;
    return JSON.parse(readFileSync(path.join(recordDir, INPUTS), 'utf-8')) as LastBuildInputs;
  } catch {
    return undefined;
  }
}

export function writeInputs(recordDir: string, inputs: LastBuildInputs): void {
  writeFileSync(path.join(recordDir, INPUTS), JSON.stringify(inputs));
}

/**
 * Puts the pages this build kept, and the files they had Astro make, in the new site: hard links to
 * the last site's, as deploy does. Returns how many pages.
 */
export function copyKeptPages(recordDir: string, lastSite: string, next: string): number {
  const link = (relative: string) => {
    const to = path.join(next, relative);
    if (existsSync(to)) return;
    const from = path.join(lastSite, relative);
    if (!existsSync(from))
      throw new Error(`增量生成失败：上一次的网站里没有 ${relative}。请运行 npm run build -- --full。`);
    mkdirSync(path.dirname(to), { recursive: true });
    linkSync(from, to);
  };
  const pages = new Set<string>();
  for (const { url, files } of readKeptPages(recordDir)) {
    pages.add(url);
    link(pageFile(url));
    files.forEach((file) => link(file.replace(/^\/+/, '')));
  }
  return pages.size;
}

/** An original photo as Vite publishes it (name.<8-character hash>.jpg); Astro's resized copies add _<hash>. */
const ORIGINAL = /^(.+\.[\w-]{8})\.(jpe?g|png|webp|avif|gif)$/;

/**
 * Vite publishes the original of every photo in the content, and Astro deletes each original that a
 * rendered page made resized copies of. An incremental build renders only some pages, so this deletes
 * the originals that any page of the site, kept ones included, made copies of (the record lists them):
 * what a full build leaves is then left here too. Returns how many it deleted.
 */
export function dropCopiedOriginals(recordDir: string, next: string): number {
  const folder = path.join(next, '_astro');
  if (!existsSync(folder)) return 0;
  const copied = new Set<string>();
  for (const line of readFileSync(path.join(recordDir, 'pages.jsonl'), 'utf-8').split('\n')) {
    if (!line.startsWith('{"p"')) continue;
    for (const file of (JSON.parse(line) as { f: string[] }).f) copied.add(path.basename(file).replace(/_[^_]+$/, ''));
  }
  const dropped = readdirSync(folder).filter((name) => {
    const stem = ORIGINAL.exec(name)?.[1];
    return stem !== undefined && copied.has(stem);
  });
  dropped.forEach((name) => rmSync(path.join(folder, name)));
  return dropped.length;
}

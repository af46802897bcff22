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
/** Under public/, staff's attachments are content, followed as files are. */
const ATTACHMENTS = 'public/files';
/** Entries' text, which the pages' records follow; every other file in content/ is followed by its bytes. */
const ENTRY_TEXT = /\.(md|ya?ml|csv)$/;

const sha1 = (bytes: Buffer | string) => createHash('sha1').update(bytes).digest('base64');

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  if (statSync(dir).isFile()) return [dir];
  return readdirSync(dir, { recursive: true, encoding: 'utf-8' })
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

function engineDigest(projectDir: string): string {
  const hash = createHash('sha1').update(process.version);
  for (const part of ENGINE) {
    for (const file of filesUnder(path.join(projectDir, part))) {
      const relative = path.relative(projectDir, file);
      if (relative.startsWith(ATTACHMENTS + path.sep)) continue;
      hash.update(`${relative}\0`).update(readFileSync(file));
    }
  }
  return hash.digest('base64');
}

/** Photos, films and attachments, their digest reused from the last record while size and time agree. */
function followedFiles(projectDir: string, contentDir: string, last: BuildInputs['files']): BuildInputs['files'] {
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
  for (const file of filesUnder(contentDir)) {
    if (!ENTRY_TEXT.test(file)) follow(file, `content/${path.relative(contentDir, file)}`);
  }
  for (const file of filesUnder(path.join(projectDir, ATTACHMENTS))) follow(file, path.relative(projectDir, file));
  return files;
}

export function buildInputs(projectDir: string, contentDir: string, last?: LastBuildInputs): BuildInputs {
  const siteFile = path.join(contentDir, 'site.yaml');
  return {
    code: engineDigest(projectDir),
    site: existsSync(siteFile) ? sha1(readFileSync(siteFile)) : '',
    files: followedFiles(projectDir, contentDir, last?.files ?? {}),
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

/** The output file of a page's address: /stories/x/ → stories/x/index.html, /rss.xml → rss.xml. */
function pageFile(url: string): string {
  const relative = decodeURI(url).replace(/^\/+/, '');
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

/**
 * Puts the pages this build kept, and the files they had Astro make, in the new site: hard links to
 * the last site's, as deploy does. Returns how many pages.
 */
export function copyKeptPages(recordDir: string, lastSite: string, next: string): number {
  const keptFile = path.join(recordDir, 'kept.jsonl');
  if (!existsSync(keptFile)) return 0;
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
  for (const line of readFileSync(keptFile, 'utf-8').split('\n')) {
    if (!line) continue;
    const { url, files } = JSON.parse(line) as { url: string; files: string[] };
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

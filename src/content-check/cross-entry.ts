/**
 * The rules that need more than one entry, or more than the entry itself: addresses, references
 * between entries, drafts referenced by published entries, files in public/ and links. `npm run check`
 * and the build's own guard (src/data/catalog.ts) both run these, on front matter as written and on
 * what Astro parsed respectively, and report the same problems.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CollectionName } from '../schema/collections.ts';
import { publicFilesIn } from '../schema/public-file-fields.ts';
import { referencesIn } from '../schema/reference-fields.ts';
import { leavesFolder } from '../lib/safe-url.ts';
import { protectedNames } from '../lib/honour-roll.ts';
import { maskName } from '../lib/mask-name.ts';
import { brokenReference, type KnownEntries } from '../lib/references.ts';
import { isSlug } from '../lib/slug.ts';
import { paths } from '../lib/urls.ts';
import { internalLinks } from './body-rules.ts';
import type { Problem } from './problem.ts';
import { reviewProblems } from './review-rules.ts';

export interface EntryFacts {
  collection: CollectionName;
  id: string;
  /** the file as problems name it */
  file: string;
  /** front matter as written, or as Astro parsed it */
  data: Record<string, unknown>;
  /** the file line a top-level field is written on, where known */
  lineOf(field: string): number | undefined;
  /** the Markdown body and its first line in the file, where the caller has it */
  body?: { text: string; line: number };
  /** how a problem names a field, where the file is not YAML (a CSV's column) */
  fieldName?(field: string): string;
}

export interface CrossEntryOptions {
  /** the folder files named by their address (/files/…, /images/…) are published from */
  /** the content folder: a file's address /files/x is its files/x */
  contentDir: string;
  /** `astro dev` shows drafts, so there a reference to one does work */
  draftsShown?: boolean;
}

export function crossEntryProblems(entries: readonly EntryFacts[], options: CrossEntryOptions): Problem[] {
  return [
    ...entries.flatMap(slugProblems),
    ...duplicateProblems(entries),
    ...referenceProblems(entries, options),
    ...entries.flatMap((entry) => publicFileProblems(entry, options.contentDir)),
    ...linkProblems(entries),
    ...protectedNameProblems(entries),
    ...reviewProblems(entries),
  ];
}

/** Every string an entry writes, with its field, deep in lists and objects. */
function stringsIn(value: unknown, field = ''): { field: string; text: string }[] {
  if (typeof value === 'string') return [{ field, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsIn(item, `${field}[${i}]`));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const keys = Object.keys(value);
    // A photo Astro has read: reading its properties would make Astro publish the camera original.
    if (['src', 'width', 'height', 'format'].every((k) => keys.includes(k))) return [];
    return keys.flatMap((key) => stringsIn((value as Record<string, unknown>)[key], field ? `${field}.${key}` : key));
  }
  return [];
}

/**
 * The honour roll names some people only as 张** (no consent) or not at all (minors): their full
 * names must not reach the site from anywhere else either, a story or a note.
 */
function protectedNameProblems(entries: readonly EntryFacts[]): Problem[] {
  const people = entries.filter((e) => e.collection === 'honours');
  const names = protectedNames(
    people.map((p) => ({
      name: String(p.data.name ?? ''),
      consent: p.data.consent === true,
      minor: p.data.minor === true,
    })),
  ).filter((name) => [...name].length >= 2);
  if (names.length === 0) return [];
  const problems: Problem[] = [];
  for (const entry of entries) {
    const texts = stringsIn(entry.data).filter((t) => !(entry.collection === 'honours' && t.field === 'name'));
    if (entry.body) texts.push({ field: '正文', text: entry.body.text });
    for (const { field, text } of texts) {
      for (const name of names.filter((n) => text.includes(n))) {
        problems.push({
          ...at(entry, field),
          problem: `写出了“${name}”的全名：光荣榜上这位志愿者没有同意公开姓名（或是未成年人），网站上任何地方都不能出现这个名字。`,
          fix: `改为“${maskName(name)}”，或删去这个名字；未成年人不写名字。`,
        });
      }
    }
  }
  return problems;
}

/** `teams[1]` is written on the `teams` line. */
const topField = (field: string) => field.split(/[.[]/)[0]!;
const at = (entry: EntryFacts, field: string) => ({
  file: entry.file,
  line: entry.lineOf(field) ?? entry.lineOf(topField(field)),
  field: entry.fieldName?.(field) ?? field,
  level: 'error' as const,
});

function slugProblems(entry: EntryFacts): Problem[] {
  if (isSlug(entry.id)) return [];
  const problem = `编号“${entry.id}”会成为网页地址，只能用小写字母、数字和 -。`;
  // A service field's id is a key in fields.yaml; every other entry's id is its file or folder name.
  return entry.collection === 'fields'
    ? [{ ...at(entry, entry.id), problem, fix: '把编号改成拼音，例如 zhulao-zhucan，并同时修改引用它的文件。' }]
    : [
        {
          file: entry.file,
          level: 'error',
          problem,
          fix: '把文件（故事则是文件夹）改名为拼音，例如 chongyang-jinghao。',
        },
      ];
}

function duplicateProblems(entries: readonly EntryFacts[]): Problem[] {
  const first = new Map<string, EntryFacts>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const key = `${entry.collection}/${entry.id}`;
    const earlier = first.get(key);
    if (!earlier) first.set(key, entry);
    else if (earlier.file !== entry.file) {
      problems.push({
        file: entry.file,
        level: 'error',
        problem: `编号“${entry.id}”已经被 ${earlier.file} 使用，两篇会争同一个网址。`,
        fix: '给这一篇换一个不同的文件夹名或文件名（例如加上地点或日期：chongyang-jinghao-2027）。',
      });
    }
  }
  return problems;
}

function referenceProblems(entries: readonly EntryFacts[], options: CrossEntryOptions): Problem[] {
  const known: KnownEntries = {};
  const drafts = new Set<string>();
  for (const entry of entries) {
    const name = String(entry.data.name ?? entry.data.title ?? entry.id);
    (known[entry.collection] ??= new Map()).set(entry.id, name);
    if (entry.data.draft === true) drafts.add(`${entry.collection}/${entry.id}`);
  }
  const problems: Problem[] = [];
  for (const entry of entries) {
    for (const ref of referencesIn(entry.collection, entry.data)) {
      const broken = brokenReference(ref, known);
      if (broken) problems.push({ ...at(entry, ref.field), ...broken });
      else if (!options.draftsShown && entry.data.draft !== true && drafts.has(`${ref.collection}/${ref.id}`)) {
        problems.push({
          ...at(entry, ref.field),
          problem: `引用的“${ref.id}”还是草稿，发布后读者会点到一个不存在的页面。`,
          fix: `先发布“${ref.id}”（删去它的 draft: true），或者这一篇也先保留 draft: true。`,
        });
      }
    }
  }
  return problems;
}

/** An attachment or a badge names a file the site serves from content/files/: the file must be there. */
function publicFileProblems(entry: EntryFacts, contentDir: string): Problem[] {
  return publicFilesIn(entry.collection, entry.data).flatMap(({ field, url, what }) => {
    if (!url.startsWith('/') || leavesFolder(url) || existsSync(path.join(contentDir, url))) return [];
    return [{ ...at(entry, field), problem: `${what} ${url} 不存在。`, fix: `把文件放到 content${url}，或改正地址。` }];
  });
}

const PAGE_OF: Partial<Record<CollectionName, (id: string) => string>> = {
  stories: paths.story,
  teams: paths.team,
  announcements: paths.announcement,
  campaigns: paths.campaign,
  fields: paths.field,
};
const FIXED_PAGES = [
  '/',
  paths.stories(),
  paths.teams(),
  paths.announcements(),
  paths.campaigns(),
  paths.fields(),
  paths.join(),
  paths.about(),
  paths.search(),
  paths.media(),
  paths.releases(),
  paths.siteMap(),
  paths.impact(),
  paths.honours(),
  paths.videos(),
  paths.openData('csv'),
  paths.openData('json'),
  '/rss.xml',
  '/feed.json',
  '/feeds.opml',
  '/calendar.ics',
];

function linkProblems(entries: readonly EntryFacts[]): Problem[] {
  const pages = new Set(FIXED_PAGES);
  for (const entry of entries) {
    const page = PAGE_OF[entry.collection];
    if (page) pages.add(page(entry.id));
  }
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (!entry.body) continue;
    for (const link of internalLinks(entry.body.text)) {
      const url = link.url.endsWith('/') || /\.\w+$/.test(link.url) ? link.url : `${link.url}/`;
      if (pages.has(url) || url.startsWith('/files/') || url.startsWith('/_astro/')) continue;
      problems.push({
        file: entry.file,
        line: entry.body.line + link.line - 1,
        field: '正文',
        level: 'error',
        problem: `正文里的链接 ${link.url} 指向一个不存在的页面。`,
        fix: '打开网站上的目标页面，复制地址栏中 / 开头的部分（例如 /stories/chongyang-jinghao/）粘贴到链接里。',
      });
    }
  }
  return problems;
}

/**
 * Checks all of content/ without building a page, and returns every problem at once: what npm run
 * check prints and what stops npm run build before it starts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { z } from 'astro/zod';
import { collectionSchemas, type CollectionName, type ReferencedCollection } from '../schema/collections.ts';
import { parseYamlAsWritten } from '../loaders/frontmatter-as-written.ts';
import { imageReferences, missingImage } from '../lib/image-paths.ts';
import { findBrokenReferences, type KnownEntries, type Reference } from '../lib/references.ts';
import { slugProblem } from '../lib/slug.ts';
import { formatDateTime, parseBeijingTime } from '../lib/beijing-time.ts';
import { paths } from '../lib/urls.ts';
import { inParallel } from '../lib/in-parallel.ts';
import { placeFile, type EntryFile } from './layout.ts';
import { fieldLine, splitEntry } from './frontmatter.ts';
import { bodyFindings, internalLinks } from './body-rules.ts';
import { zodProblems, type FieldHelp } from './zod-problems.ts';
import type { Problem } from './problem.ts';

/** Limits a phone on a weak signal and the build can live with. */
export const LIMITS = {
  entryBytes: 512 * 1024,
  imageBytes: 5 * 1024 * 1024,
  /** longest side of a photo, in pixels */
  imageSide: 6000,
  /** a cover narrower than this looks blurred on a phone */
  coverMinWidth: 800,
};
const IMAGE_FORMATS = new Set(['jpeg', 'png', 'webp', 'avif']);

export interface CheckOptions {
  /** project folder: problems name files relative to it */
  projectDir: string;
  contentDir: string;
  publicDir: string;
  now: Date;
}

interface Checked {
  file: EntryFile;
  shown: string;
  data: Record<string, unknown>;
  yaml: string;
  body: string;
  bodyLine: number;
}

// Zod's own messages (wrong type, …) in Chinese: this process only checks content.
z.config(z.locales.zhCN());

const schemas = collectionSchemas({
  image: () => z.string(),
  reference: <C extends ReferencedCollection>(collection: C) => z.string().transform((id) => ({ collection, id })),
});

function fieldHelp(name: CollectionName): FieldHelp {
  const json = z.toJSONSchema(schemas[name], { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const at = (dotted: string): JsonSchema | undefined =>
    dotted
      .split('.')
      .filter(Boolean)
      .reduce<JsonSchema | undefined>((node, key) => {
        const inner = node?.items ?? node?.anyOf?.find((s) => s.properties) ?? node;
        return inner?.properties?.[key];
      }, json);
  return {
    describe: (dotted) => at(dotted)?.description,
    knownKeys: (dotted) => {
      const node = dotted ? at(dotted) : json;
      const inner = node?.items ?? node?.anyOf?.find((s) => s.properties) ?? node;
      return Object.keys(inner?.properties ?? {});
    },
  };
}
interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  description?: string;
}

export async function checkContent(options: CheckOptions): Promise<Problem[]> {
  const problems: Problem[] = [];
  const show = (abs: string) => path.relative(options.projectDir, abs).split(path.sep).join('/');
  const entries: Checked[] = [];

  // Entries are checked several at a time: reading photos' sizes with sharp is most of the work.
  const perFile = await inParallel(listFiles(options.contentDir), 8, async (rel) => {
    const found: Problem[] = [];
    const checked: Checked[] = [];
    const abs = path.join(options.contentDir, rel);
    const shown = show(abs);
    const placed = placeFile(rel);
    if ('other' in placed) return { found, checked };
    if ('misplaced' in placed) {
      found.push({
        file: shown,
        level: 'error',
        problem: '这个文件放错了位置，网站不会读取它。',
        fix: placed.misplaced,
      });
      return { found, checked };
    }
    const text = readText(abs, shown, found);
    if (text === undefined) return { found, checked };
    if (placed.entry.collection === 'site' || placed.entry.collection === 'fields') {
      await checkDataFile(placed.entry, text, shown, found, checked);
    } else {
      const entry = await checkEntry(placed.entry, text, shown, options, found);
      if (entry) checked.push(entry);
    }
    return { found, checked };
  });
  for (const { found, checked } of perFile) {
    problems.push(...found);
    entries.push(...checked);
  }

  problems.push(
    ...duplicateProblems(entries),
    ...referenceProblems(entries),
    ...linkProblems(entries),
    ...attachmentProblems(entries, options.publicDir),
  );
  return problems;
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf-8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => statSync(path.join(dir, f)).isFile())
    .sort();
}

function readText(abs: string, shown: string, problems: Problem[]): string | undefined {
  const bytes = readFileSync(abs);
  if (bytes.length > LIMITS.entryBytes) {
    problems.push({
      file: shown,
      level: 'error',
      problem: `文件有 ${Math.round(bytes.length / 1024)} KB，超过了 ${LIMITS.entryBytes / 1024} KB 的上限。`,
      fix: '一篇文章的文字不会这么大：请检查是否误把图片或整份文档粘贴进来了；很长的材料请拆成几篇，或作为附件发布。',
    });
    return undefined;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    problems.push({
      file: shown,
      level: 'error',
      problem: '文件不是 UTF-8 编码（可能是用记事本或 Word 另存的 GBK 编码），中文会变成乱码。',
      fix: '用编辑器把文件另存为“UTF-8”编码后重新提交；在网页上编辑时，把文字复制到新文件里即可。',
    });
    return undefined;
  }
}

function yamlProblem(error: unknown, shown: string, lineOffset: number): Problem {
  const mark = (error as { mark?: { line: number } }).mark;
  const reason = (error as { reason?: string }).reason ?? (error as Error).message;
  return {
    file: shown,
    line: mark ? mark.line + lineOffset : undefined,
    level: 'error',
    problem: `开头的字段区写法有误，无法读取（${reason}）。`,
    fix: '检查这一行：冒号后要有一个空格；缩进只用空格、不用 Tab；方括号、引号要成对；值里有冒号时请用引号把整个值括起来。',
  };
}

async function checkDataFile(entry: EntryFile, text: string, shown: string, problems: Problem[], entries: Checked[]) {
  let data: unknown;
  try {
    data = parseYamlAsWritten(text, shown);
  } catch (error) {
    problems.push(yamlProblem(error, shown, 1));
    return;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({
      file: shown,
      level: 'error',
      problem: '文件内容应当是“字段: 值”的形式，现在不是。',
      fix: '参照 git 历史中的上一版恢复文件的结构。',
    });
    return;
  }
  const lineOf = (key?: string) => fieldLine(text, key, 0);
  if (entry.collection === 'site') {
    const result = await schemas.site.safeParseAsync(data);
    if (!result.success) problems.push(...zodProblems(result.error.issues, data, shown, fieldHelp('site'), lineOf));
    return;
  }
  for (const [id, value] of Object.entries(data)) {
    const slug = slugProblem(id, shown);
    if (slug)
      problems.push({
        file: shown,
        line: lineOf(id),
        field: id,
        level: 'error',
        problem: `编号“${id}”会成为网页地址，只能用小写字母、数字和 -。`,
        fix: '把编号改成拼音，例如 zhulao-zhucan，并同时修改引用它的文件。',
      });
    const result = await schemas.fields.safeParseAsync(value);
    if (!result.success) {
      problems.push(
        ...zodProblems(
          result.error.issues.map((i) => ({ ...i, path: [id, ...i.path] })),
          data,
          shown,
          {
            describe: (p) => fieldHelp('fields').describe(p.split('.').slice(1).join('.')),
            knownKeys: (p) => fieldHelp('fields').knownKeys(p.split('.').slice(1).join('.')),
          },
          () => lineOf(id),
        ),
      );
    }
    entries.push({
      file: { collection: 'fields', id, path: entry.path },
      shown,
      data: (value ?? {}) as Record<string, unknown>,
      yaml: '',
      body: '',
      bodyLine: 1,
    });
  }
}

async function checkEntry(
  entry: EntryFile,
  text: string,
  shown: string,
  options: CheckOptions,
  problems: Problem[],
): Promise<Checked | undefined> {
  const { yaml, body, bodyLine } = splitEntry(text);
  if (yaml === undefined) {
    problems.push({
      file: shown,
      line: 1,
      level: 'error',
      problem: '文件开头缺少用 --- 包围的字段区（标题、日期等）。',
      fix: '文件第一行写 ---，接着写各个字段，再写一行 ---，然后才是正文。可以用 npm run new 生成一个正确的开头。',
    });
    return undefined;
  }
  let raw: unknown;
  try {
    raw = parseYamlAsWritten(yaml, shown);
  } catch (error) {
    problems.push(yamlProblem(error, shown, 2));
    return undefined;
  }
  const data = (raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
  const lineOf = (key?: string) => fieldLine(yaml, key);
  const slug = slugProblem(entry.id, shown);
  if (slug)
    problems.push({
      file: shown,
      level: 'error',
      problem: `编号“${entry.id}”会成为网页地址，只能用小写字母、数字和 -。`,
      fix: '把文件（故事则是文件夹）改名为拼音，例如 chongyang-jinghao。',
    });

  const result = await schemas[entry.collection].safeParseAsync(data);
  if (!result.success)
    problems.push(...zodProblems(result.error.issues, data, shown, fieldHelp(entry.collection), lineOf));

  for (const finding of bodyFindings(body))
    problems.push({
      file: shown,
      line: bodyLine + finding.line - 1,
      field: '正文',
      level: 'error',
      problem: finding.problem,
      fix: finding.fix,
    });
  problems.push(...(await imageProblems(data, body, path.join(options.contentDir, entry.path), shown, lineOf)));

  const published = typeof data.published === 'string' ? parseBeijingTime(data.published) : null;
  if (published && published > options.now && data.draft !== true) {
    problems.push({
      file: shown,
      line: lineOf('published'),
      field: 'published',
      level: 'notice',
      problem: `发布时间 ${formatDateTime(published)} 还没到，这篇现在不会出现在网站上。`,
      fix: '这是定时发布：到时间后再生成一次网站它就会出现。如果是年份或日期写错了，请改正。',
    });
  }
  return { file: entry, shown, data, yaml, body, bodyLine };
}

async function imageProblems(
  data: Record<string, unknown>,
  body: string,
  entryPath: string,
  shown: string,
  lineOf: (key?: string) => number | undefined,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const ref of imageReferences(data, body)) {
    const file = path.resolve(path.dirname(entryPath), ref.path);
    const where = { file: shown, line: lineOf(ref.field.split('.')[0]), field: ref.field, level: 'error' as const };
    if (!existsSync(file)) {
      problems.push({ ...where, ...missingImage(ref) });
      continue;
    }
    const bytes = statSync(file).size;
    if (bytes > LIMITS.imageBytes) {
      problems.push({
        ...where,
        problem: `图片 ${ref.path} 有 ${(bytes / 1024 / 1024).toFixed(1)} MB，超过 ${LIMITS.imageBytes / 1024 / 1024} MB 的上限。`,
        fix: `把图片缩小到长边不超过 ${LIMITS.imageSide} 像素、大小不超过 5 MB 再上传（手机相册的“编辑—调整大小”或电脑上的画图工具都可以）。`,
      });
      continue;
    }
    const meta = await sharp(file)
      .metadata()
      .catch(() => undefined);
    if (!meta || !meta.format || !IMAGE_FORMATS.has(meta.format)) {
      problems.push({
        ...where,
        problem: `${ref.path} 不是网站能用的图片（只支持 JPG、PNG、WebP、AVIF）。`,
        fix: '用图片软件把它另存为 JPG 后重新上传。',
      });
      continue;
    }
    if ((meta.width ?? 0) > LIMITS.imageSide || (meta.height ?? 0) > LIMITS.imageSide) {
      problems.push({
        ...where,
        problem: `图片 ${ref.path} 有 ${meta.width}×${meta.height} 像素，超过长边 ${LIMITS.imageSide} 像素的上限。`,
        fix: `把图片缩小到长边不超过 ${LIMITS.imageSide} 像素再上传。`,
      });
    } else if (ref.field.startsWith('cover') && (meta.width ?? 0) < LIMITS.coverMinWidth) {
      problems.push({
        ...where,
        problem: `封面图片只有 ${meta.width} 像素宽，在手机上会模糊。`,
        fix: `换一张宽度至少 ${LIMITS.coverMinWidth} 像素的照片（原图即可，网站会自动压缩）。`,
      });
    }
  }
  return problems;
}

function duplicateProblems(entries: Checked[]): Problem[] {
  const seen = new Map<string, Checked>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const key = `${entry.file.collection}/${entry.file.id}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, entry);
      continue;
    }
    if (first.shown === entry.shown) continue; // fields.yaml repeats its own path
    problems.push({
      file: entry.shown,
      level: 'error',
      problem: `编号“${entry.file.id}”已经被 ${first.shown} 使用，两篇会争同一个网址。`,
      fix: '给这一篇换一个不同的文件夹名或文件名（例如加上地点或日期：chongyang-jinghao-2027）。',
    });
  }
  return problems;
}

function referenceProblems(entries: Checked[]): Problem[] {
  const known: KnownEntries = {};
  const drafts = new Set<string>();
  for (const e of entries) {
    const name = String(e.data.name ?? e.data.title ?? e.file.id);
    (known[e.file.collection] ??= new Map()).set(e.file.id, name);
    if (e.data.draft === true) drafts.add(`${e.file.collection}/${e.file.id}`);
  }
  const refsOf = (e: Checked): Reference[] => {
    const refs: Reference[] = [];
    const add = (field: string, collection: string, value: unknown) =>
      typeof value === 'string' && refs.push({ field, collection, id: value });
    const list = (field: string, collection: string) =>
      Array.isArray(e.data[field]) &&
      (e.data[field] as unknown[]).forEach((v, i) => add(`${field}[${i}]`, collection, v));
    if (e.file.collection === 'teams' || e.file.collection === 'campaigns') list('fields', 'fields');
    if (e.file.collection === 'stories')
      (list('teams', 'teams'), list('fields', 'fields'), add('campaign', 'campaigns', e.data.campaign));
    if (e.file.collection === 'announcements') add('campaign', 'campaigns', e.data.campaign);
    return refs;
  };
  const problems: Problem[] = [];
  for (const e of entries) {
    const refs = refsOf(e);
    for (const broken of findBrokenReferences([{ filePath: e.shown, references: refs }], known)) {
      problems.push({
        file: e.shown,
        line: fieldLine(e.yaml, broken.field.replace(/\[\d+\]$/, '')),
        field: broken.field,
        level: 'error',
        problem: broken.problem,
        fix: broken.fix,
      });
    }
    if (e.data.draft === true) continue;
    for (const ref of refs) {
      if (drafts.has(`${ref.collection}/${ref.id}`)) {
        problems.push({
          file: e.shown,
          line: fieldLine(e.yaml, ref.field.replace(/\[\d+\]$/, '')),
          field: ref.field,
          level: 'error',
          problem: `引用的“${ref.id}”还是草稿，发布后读者会点到一个不存在的页面。`,
          fix: `先发布“${ref.id}”（删去它的 draft: true），或者这一篇也先保留 draft: true。`,
        });
      }
    }
  }
  return problems;
}

function linkProblems(entries: Checked[]): Problem[] {
  const urls = new Set<string>([
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
    '/rss.xml',
    '/feed.json',
    '/feeds.opml',
    '/calendar.ics',
  ]);
  const urlOf: Partial<Record<CollectionName, (id: string) => string>> = {
    stories: paths.story,
    teams: paths.team,
    announcements: paths.announcement,
    campaigns: paths.campaign,
    fields: paths.field,
  };
  for (const e of entries) {
    const make = urlOf[e.file.collection];
    if (make) urls.add(make(e.file.id));
  }
  const problems: Problem[] = [];
  for (const e of entries) {
    for (const link of internalLinks(e.body)) {
      const url = link.url.endsWith('/') || /\.\w+$/.test(link.url) ? link.url : `${link.url}/`;
      if (urls.has(url) || url.startsWith('/files/') || url.startsWith('/_astro/')) continue;
      problems.push({
        file: e.shown,
        line: e.bodyLine + link.line - 1,
        field: '正文',
        level: 'error',
        problem: `正文里的链接 ${link.url} 指向一个不存在的页面。`,
        fix: '打开网站上的目标页面，复制地址栏中 / 开头的部分（例如 /stories/chongyang-jinghao/）粘贴到链接里。',
      });
    }
  }
  return problems;
}

function attachmentProblems(entries: Checked[], publicDir: string): Problem[] {
  const problems: Problem[] = [];
  for (const e of entries) {
    const attachments = Array.isArray(e.data.attachments) ? (e.data.attachments as { url?: unknown }[]) : [];
    attachments.forEach((a, i) => {
      if (typeof a?.url === 'string' && a.url.startsWith('/files/') && !existsSync(path.join(publicDir, a.url))) {
        problems.push({
          file: e.shown,
          line: fieldLine(e.yaml, 'attachments'),
          field: `attachments[${i}].url`,
          level: 'error',
          problem: `附件 ${a.url} 不存在。`,
          fix: `把文件上传到 public${a.url}，或改正地址。`,
        });
      }
    });
  }
  return problems;
}

/**
 * Whether what a county served is a good copy, to keep in place of its last good one (issue 29). Never
 * overwrite good with bad: invalid JSON, a schema error, a checksum that does not match, another site's
 * address, more than half the items gone since the last good copy, or dates more than a day in the future
 * are each refused whole, with the reason in Chinese for the status page.
 */
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import { formatDateTime } from '../beijing-time.ts';
import { archiveSchema, manifestSchema, type Archive, type Manifest } from './contract-schema.ts';
import type { County } from './registry.ts';

export type Refusal =
  | 'refused'
  | 'timeout'
  | 'http-error'
  | 'not-found'
  | 'html'
  | 'too-large'
  | 'invalid-json'
  | 'schema'
  | 'checksum'
  | 'vanished'
  | 'future';

export type Judgement =
  | { ok: true; manifest: Manifest; archives: Map<string, Archive>; items: number }
  | { ok: false; refusal: Refusal; reason: string };

const DAY = 24 * 3600 * 1000;
// The status page shows the reason as Zod words it: in Chinese, for this parse only.
const IN_CHINESE = { error: z.locales.zhCN().localeError };
const refuse = (refusal: Refusal, reason: string): Judgement => ({ ok: false, refusal, reason });

function parse(textOf: string, what: string): { value?: unknown; judgement?: Judgement } {
  if (/^\s*</.test(textOf)) return { judgement: refuse('html', `${what}是一个网页（HTML），不是 JSON`) };
  try {
    return { value: JSON.parse(textOf) };
  } catch {
    return { judgement: refuse('invalid-json', `${what}不是正确的 JSON`) };
  }
}

function schemaProblem(error: { issues: { path: PropertyKey[]; message: string }[] }, what: string): Judgement {
  const issue = error.issues[0]!;
  return refuse('schema', `${what}的 ${issue.path.map(String).join('.') || '（整体）'} 不合约定：${issue.message}`);
}

/**
 * Judges a county's manifest and its archives (by path), against the count of items in its last good
 * copy and the hub's clock.
 */
export function judgeCopy(input: {
  county: County;
  manifest: string;
  archives: ReadonlyMap<string, string>;
  previousItems?: number;
  now: Date;
}): Judgement {
  const read = parse(input.manifest, '清单 manifest.json ');
  if (read.judgement) return read.judgement;
  const manifest = manifestSchema.safeParse(read.value, IN_CHINESE);
  if (!manifest.success) return schemaProblem(manifest.error, '清单 manifest.json ');
  if (manifest.data.site.url !== input.county.url) {
    return refuse('schema', `清单里的网站地址 ${manifest.data.site.url} 不是登记的地址 ${input.county.url}`);
  }

  const archives = new Map<string, Archive>();
  const ids = new Set<string>();
  const latest = input.now.getTime() + DAY;
  for (const file of manifest.data.files) {
    const text = input.archives.get(file.path);
    if (text === undefined) return refuse('not-found', `清单列出的 ${file.path} 没有取到`);
    if (createHash('sha256').update(text).digest('hex') !== file.sha256) {
      return refuse('checksum', `${file.path} 的校验值和清单里的不一致（文件不完整或被改动过）`);
    }
    const readArchive = parse(text, `${file.path} `);
    if (readArchive.judgement) return readArchive.judgement;
    const archive = archiveSchema.safeParse(readArchive.value, IN_CHINESE);
    if (!archive.success) return schemaProblem(archive.error, `${file.path} `);
    for (const item of archive.data.items) {
      if (!item.url.startsWith(input.county.url) || item.id !== item.url) {
        return refuse('schema', `${file.path} 里的 ${item.url} 不是这个县网站上的地址`);
      }
      if (ids.has(item.id)) return refuse('schema', `${item.id} 在归档里出现了不止一次`);
      ids.add(item.id);
      if (Date.parse(item.date_published) > latest) {
        return refuse(
          'future',
          `${item.url} 的发布时间 ${formatDateTime(new Date(item.date_published))} 比现在晚了一天以上`,
        );
      }
    }
    archives.set(file.path, archive.data);
  }
  if (manifest.data.updated && Date.parse(manifest.data.updated) > latest) {
    return refuse('future', `清单的更新时间 ${formatDateTime(new Date(manifest.data.updated))} 比现在晚了一天以上`);
  }
  if (input.previousItems !== undefined && ids.size < input.previousItems / 2) {
    return refuse('vanished', `条目从上次的 ${input.previousItems} 条减少到 ${ids.size} 条，超过一半不见了`);
  }
  return { ok: true, manifest: manifest.data, archives, items: ids.size };
}

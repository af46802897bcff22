/**
 * Whether `npm run build` may update the last site page by page (src/data/page-reads.ts) or must build
 * it whole. Page-by-page is proven only for edits the pages' records can see: content entries' text.
 * Anything else a page is made from, the build does whole, and says why.
 */

/** What a build was made from, besides the entries' text that the pages' records follow. */
export interface BuildInputs {
  /** digest of the engine: code, configuration, dependencies, the site's own static files */
  code: string;
  /** digest of content/site.yaml: every page shows it */
  site: string;
  /** photos, films, captions and attachments: path → size, modification time, digest */
  files: Record<string, [number, number, string]>;
}

/** The record a build leaves beside the site it published. */
export interface LastBuildInputs extends BuildInputs {
  /** the folder it was published to */
  out: string;
  /** digest of that site's build record (its .server/build.json), which changes with every build */
  stamp: string;
}

export interface BuildKind {
  incremental: boolean;
  /** a sentence for the build's log */
  reason: string;
}

/** Files the last build read that now have other bytes under the same name. */
function replacedFiles(last: BuildInputs['files'], now: BuildInputs['files']): string[] {
  return Object.keys(now).filter((file) => last[file] !== undefined && last[file]![2] !== now[file]![2]);
}

export function buildKind(
  last: LastBuildInputs | undefined,
  now: BuildInputs,
  site: { out: string; stamp: string | undefined },
  options: { full?: boolean } = {},
): BuildKind {
  const full = (why: string) => ({ incremental: false, reason: `完整生成：${why}` });
  if (options.full) return full('按要求生成全部页面。');
  if (!last) return full('没有上一次生成的记录。');
  if (last.out !== site.out || !site.stamp || site.stamp !== last.stamp)
    return full('上一次生成的网站已不在，或不是记录里的那一次。');
  if (last.code !== now.code) return full('程序、配置或依赖变了。');
  if (last.site !== now.site) return full('content/site.yaml 改了，每一页都用到它。');
  const replaced = replacedFiles(last.files, now.files);
  if (replaced.length > 0) {
    const named = replaced.slice(0, 3).join('、') + (replaced.length > 3 ? ` 等 ${replaced.length} 个` : '');
    return full(`${named}换了内容（同名文件），无法逐页判断谁用到它。`);
  }
  return { incremental: true, reason: '增量生成：程序和配置没变，只生成这次改动影响到的页面，其余页面沿用上一次的。' };
}

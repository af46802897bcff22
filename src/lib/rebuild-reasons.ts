/**
 * Whether the timed rebuild should build: a site stays right only if a build runs after every moment
 * that changes it. A new commit (the site's code, or content from the web editor); content edited since
 * the last build; a scheduled entry's or a press release's embargo time come; or the Beijing date
 * turned (campaigns start and end, events become past).
 */
import { formatDate, formatDateTime } from './beijing-time.ts';

export interface LastBuild {
  /** the build's idea of now */
  now: Date;
  /** a digest of content/ as it was built */
  content: string;
  /** the commit built, where the checkout is a git one */
  commit?: string | null;
}

export interface CheckoutNow extends LastBuild {
  /** when each entry first goes out (its publish time, or its embargo) */
  entryTimes: readonly Date[];
}

/**
 * The first build of a Beijing day: it builds every page and indexes search whole, folding in the
 * day's incremental builds (src/lib/build-kind.ts).
 */
export const isNewDay = (last: LastBuild | undefined, now: Date) => !last || formatDate(now) !== formatDate(last.now);

export function rebuildReasons(last: LastBuild | undefined, current: CheckoutNow): string[] {
  if (!last) return ['没有上一次生成的记录'];
  const { now, content, commit, entryTimes } = current;
  const reasons: string[] = [];
  if (commit && last.commit !== commit) {
    reasons.push(`有新的提交（${last.commit?.slice(0, 7) ?? '无记录'} → ${commit.slice(0, 7)}）`);
  }
  if (last.content !== content) reasons.push('内容有改动');
  const due = entryTimes.filter((t) => t > last.now && t <= now).sort((a, b) => +a - +b);
  if (due.length > 0) reasons.push(`${due.length} 篇定时发布的内容到了时间（最早 ${formatDateTime(due[0]!)}）`);
  if (formatDate(now) !== formatDate(last.now))
    reasons.push(`日期变了（${formatDate(last.now)} → ${formatDate(now)}）`);
  return reasons;
}

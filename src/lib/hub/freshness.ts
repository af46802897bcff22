/**
 * How current a county's copy is, as the hub shows it (issue 29): a copy confirmed within a day is
 * current; one to seven days old reads 数据截至…; older, 长期未更新, and it leaves the latest list; a
 * county never fetched has 暂无数据. Measured from the hub's own last fetch run, not the build's clock,
 * so the same stored copies always build the same pages.
 */
import { formatDate } from '../beijing-time.ts';

export type Freshness = 'current' | 'stale' | 'long-stale' | 'none';

const DAY = 24 * 3600 * 1000;

export function freshness(
  lastSuccess: Date | undefined,
  hasCopy: boolean,
  asOf: Date,
): { state: Freshness; label: string } {
  if (!hasCopy || !lastSuccess) return { state: 'none', label: '暂无数据' };
  const age = asOf.getTime() - lastSuccess.getTime();
  if (age <= DAY) return { state: 'current', label: '正常' };
  if (age <= 7 * DAY) return { state: 'stale', label: `数据截至${formatDate(lastSuccess)}` };
  return { state: 'long-stale', label: `长期未更新（数据截至${formatDate(lastSuccess)}）` };
}

/**
 * The hub builds whenever it can render; with more than half the counties without any copy it would
 * mostly be empty, and says so instead.
 */
export function tooFewCopies(counties: readonly { name: string; hasCopy: boolean }[]): string | undefined {
  const missing = counties.filter((c) => !c.hasCopy);
  if (missing.length * 2 <= counties.length) return undefined;
  return (
    `${counties.length} 个县里有 ${missing.length} 个还没有任何数据（${missing.map((c) => c.name).join('、')}），超过一半，` +
    '汇聚平台先不生成。请先运行 npm run hub:fetch，看各县为什么取不到（hub/status/）。'
  );
}

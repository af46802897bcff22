/**
 * Star levels (星级评定) from cumulative service hours. The national rule of 2012 for volunteers:
 * 一星 100 h, 二星 300 h, 三星 600 h, 四星 1,000 h, 五星 1,500 h; some provinces set their own, so
 * the thresholds come from content/site.yaml. A level is reached at its threshold, not before.
 */

export const NATIONAL_VOLUNTEER_THRESHOLDS = [100, 300, 600, 1000, 1500] as const;

const NAMES = ['', '一星', '二星', '三星', '四星', '五星', '六星', '七星'];

/** 0 below the first threshold; otherwise how many thresholds `hours` has reached. */
export function starLevel(hours: number, thresholds: readonly number[]): number {
  return thresholds.filter((threshold) => hours >= threshold).length;
}

/** "三星", or "" for no star. */
export function starName(level: number): string {
  return NAMES[level] ?? `${level}星`;
}

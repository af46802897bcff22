/**
 * Every date on the site is Beijing time (Asia/Shanghai, +08:00, no daylight saving).
 * Staff write times without an offset; this module is the one place that reads and prints them.
 */

const OFFSET_MINUTES = 8 * 60;

const WRITTEN_TIME = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Reads a date or time as staff write it ("2026-03-03", "2026-03-03 09:00", "2026-03-03T09:00+08:00").
 * Without an offset it means Beijing time; a date alone means 00:00 Beijing.
 * Returns null for anything that is not a real calendar time (2026-02-30, 25:00).
 */
export function parseBeijingTime(written: string): Date | null {
  const match = WRITTEN_TIME.exec(written.trim());
  if (!match) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', offset] = match;
  const parts = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  const [year, month, day, hour, minute, second] = parts;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const offsetMinutes = offset === undefined ? OFFSET_MINUTES : offsetToMinutes(offset);
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
  const date = new Date(utc);
  // Date.UTC rolls 2026-02-30 over to March; a rolled-over day was not a real date.
  const local = beijingParts(new Date(Date.UTC(year, month - 1, day)));
  if (local.day !== day) return null;
  return date;
}

/** A date as written in a file (Beijing time), as the content layer read it, or as JSON carries it (ISO). */
export function dateOf(value: unknown): Date | undefined {
  if (value instanceof Date) return value;
  if (typeof value !== 'string') return undefined;
  if (/^\d{4}-\d{2}-\d{2}T.*Z$/.test(value)) return new Date(value);
  return parseBeijingTime(value) ?? undefined;
}

function offsetToMinutes(offset: string): number {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

/** Calendar parts of an instant as a clock in Beijing time shows them. */
export function beijingParts(date: Date) {
  const shifted = new Date(date.getTime() + OFFSET_MINUTES * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    weekday: shifted.getUTCDay(),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** "2026年3月3日" */
export function formatDate(date: Date): string {
  const p = beijingParts(date);
  return `${p.year}年${p.month}月${p.day}日`;
}

/** "2026年3月3日（星期二）09:00" */
export function formatDateTime(date: Date): string {
  const p = beijingParts(date);
  return `${formatDate(date)}（星期${WEEKDAYS[p.weekday]}）${pad(p.hour)}:${pad(p.minute)}`;
}

/** "09:00" */
function formatClock(date: Date): string {
  const p = beijingParts(date);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** A range a reader takes in at once: same day prints the day once. */
export function formatTimeRange(start: Date, end?: Date): string {
  if (!end) return formatDateTime(start);
  if (formatDate(start) === formatDate(end)) return `${formatDateTime(start)}—${formatClock(end)}`;
  return `${formatDateTime(start)} 至 ${formatDateTime(end)}`;
}

/** A span of days, for campaigns: "2026年3月1日至3月31日". */
export function formatDateSpan(start: Date, end: Date): string {
  const a = beijingParts(start);
  const b = beijingParts(end);
  if (a.year !== b.year) return `${formatDate(start)}至${formatDate(end)}`;
  return `${formatDate(start)}至${b.month}月${b.day}日`;
}

/** ISO 8601 with the +08:00 offset, for <time datetime> and structured data. */
export function isoBeijing(date: Date): string {
  const p = beijingParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}+08:00`;
}

/** The year a story is filed under, in Beijing. */
export function beijingYear(date: Date): number {
  return beijingParts(date).year;
}

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 date as RSS wants it, in Beijing time: "Tue, 03 Mar 2026 12:00:00 +0800". */
export function rfc822(date: Date): string {
  const p = beijingParts(date);
  return `${DAY_NAMES[p.weekday]}, ${pad(p.day)} ${MONTH_NAMES[p.month - 1]} ${p.year} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)} +0800`;
}

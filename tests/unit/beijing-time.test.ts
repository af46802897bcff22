import { describe, expect, it } from 'vitest';
import {
  beijingYear,
  formatDate,
  formatDateSpan,
  formatDateTime,
  formatTimeRange,
  isoBeijing,
  parseBeijingTime,
} from '../../src/lib/beijing-time';

describe('parseBeijingTime', () => {
  it('reads a time written without an offset as Beijing time', () => {
    expect(parseBeijingTime('2026-03-03 09:00')?.toISOString()).toBe('2026-03-03T01:00:00.000Z');
    expect(parseBeijingTime('2026-03-03T09:00:30')?.toISOString()).toBe('2026-03-03T01:00:30.000Z');
  });
  it('reads a date alone as 00:00 in Beijing, which is the previous day in UTC', () => {
    expect(parseBeijingTime('2026-03-01')?.toISOString()).toBe('2026-02-28T16:00:00.000Z');
  });
  it('keeps an offset the writer gave', () => {
    expect(parseBeijingTime('2026-03-03T09:00Z')?.toISOString()).toBe('2026-03-03T09:00:00.000Z');
    expect(parseBeijingTime('2026-03-03T09:00+09:00')?.toISOString()).toBe('2026-03-03T00:00:00.000Z');
  });
  it('refuses days and hours that do not exist', () => {
    expect(parseBeijingTime('2026-02-30')).toBeNull();
    expect(parseBeijingTime('2026-13-01')).toBeNull();
    expect(parseBeijingTime('2026-03-03 25:00')).toBeNull();
    expect(parseBeijingTime('三月三日')).toBeNull();
  });
});

describe('formatting in Beijing time', () => {
  const late = new Date('2026-03-03T17:30:00Z'); // 01:30 on 4 March in Beijing
  it('prints the Beijing calendar day, not the UTC one', () => {
    expect(formatDate(late)).toBe('2026年3月4日');
    expect(beijingYear(new Date('2025-12-31T17:00:00Z'))).toBe(2026);
  });
  it('prints weekday and clock', () => {
    expect(formatDateTime(new Date('2026-03-03T01:00:00Z'))).toBe('2026年3月3日（星期二）09:00');
  });
  it('prints a same-day range with the day once', () => {
    const start = new Date('2026-03-03T01:00:00Z');
    expect(formatTimeRange(start, new Date('2026-03-03T02:30:00Z'))).toBe('2026年3月3日（星期二）09:00—10:30');
    expect(formatTimeRange(start, new Date('2026-03-04T02:30:00Z'))).toContain(' 至 2026年3月4日');
  });
  it('prints a span of days without repeating the year', () => {
    expect(formatDateSpan(parseBeijingTime('2026-03-01')!, parseBeijingTime('2026-03-31')!)).toBe(
      '2026年3月1日至3月31日',
    );
    expect(formatDateSpan(parseBeijingTime('2026-10-01')!, parseBeijingTime('2027-01-31')!)).toBe(
      '2026年10月1日至2027年1月31日',
    );
  });
  it('writes ISO 8601 with +08:00 for machines', () => {
    expect(isoBeijing(late)).toBe('2026-03-04T01:30:00+08:00');
  });
});

import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/lib/calendar';
import { parseBeijingTime } from '../../src/lib/beijing-time';

const at = (s: string) => parseBeijingTime(s)!;
const event = {
  id: 'announcement-a',
  title: '冬季送温暖入户走访',
  start: at('2026-12-12 09:00'),
  place: '全县各乡镇（街道），请于 8:30 在县新时代文明实践中心集合，自带水杯，穿着保暖',
  url: '/announcements/a/',
  stamp: at('2026-11-25 10:00'),
};

describe('buildCalendar', () => {
  const ics = buildCalendar('活动', [event], 'https://xinfeng.example.org/', 'xinfeng.example.org');
  it('prints UTC times, a stable UID and a DTSTAMP from the entry', () => {
    expect(ics).toContain('DTSTART:20261212T010000Z');
    expect(ics).toContain('DTEND:20261212T020000Z'); // no end written: an hour
    expect(ics).toContain('UID:announcement-a@xinfeng.example.org');
    expect(ics).toContain('DTSTAMP:20261125T020000Z');
    expect(ics).toContain('URL;VALUE=URI:https://xinfeng.example.org/announcements/a/');
  });
  it('folds long lines at 75 octets with CRLF', () => {
    const lines = ics.split('\r\n');
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(lines.every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
  });
  it('gives the same bytes every time', () => {
    expect(buildCalendar('活动', [event], 'https://xinfeng.example.org/', 'xinfeng.example.org')).toBe(ics);
  });
});

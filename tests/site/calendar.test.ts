/** The .ics files as RFC 5545 asks, byte by byte. */
import { describe, expect, it } from 'vitest';
import { builtFiles, readBuilt } from '../support/built-feeds';
import { page } from '../support/built-pages';

describe('iCalendar files', () => {
  const calendars = builtFiles('calendar.ics');
  it('exist for the site, each campaign and each announced event', () => {
    expect(calendars).toContain('/calendar.ics');
    expect(calendars).toContain('/campaigns/jinhui-zhulao/calendar.ics');
    expect(calendars).toContain('/announcements/dongji-songnuan-yugao/calendar.ics');
  });
  it('end lines with CRLF and fold them at 75 octets', () => {
    for (const file of calendars) {
      const text = readBuilt(file);
      expect(
        text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75),
        file,
      ).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    }
  });
  it('print times in UTC: 09:00 Beijing is T010000Z', () => {
    const text = readBuilt('/announcements/qidong-yishi-yugao/calendar.ics');
    expect(text).toContain('DTSTART:20260303T010000Z');
    expect(text).toContain('DTEND:20260303T023000Z');
    expect(text).toContain('UID:announcement-qidong-yishi-yugao@xinfeng.example.org');
    // DTSTAMP is the announcement's publish time, not the time of the build.
    expect(text).toContain('DTSTAMP:20260228T010000Z');
  });
  it('keep a campaign’s calendar to its own events', () => {
    const text = readBuilt('/campaigns/jinhui-zhulao/calendar.ics');
    expect(text).toContain('老年人智能手机课堂');
    expect(text).not.toContain('学雷锋');
  });
  it('are offered on event pages as 加入日历', () => {
    expect(page('/announcements/dongji-songnuan-yugao/')('a:contains("加入日历")').attr('href')).toBe(
      '/announcements/dongji-songnuan-yugao/calendar.ics',
    );
    expect(page('/campaigns/jinhui-zhulao/')('a[href="/campaigns/jinhui-zhulao/calendar.ics"]').length).toBe(1);
  });
});

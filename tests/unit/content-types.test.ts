import { describe, expect, it } from 'vitest';
import { contentTypeFor } from '../../src/lib/content-types';

describe('contentTypeFor', () => {
  it('serves feeds, calendars and pages with their charset', () => {
    expect(contentTypeFor('/teams/qingnian/rss.xml')).toBe('application/rss+xml; charset=utf-8');
    expect(contentTypeFor('/calendar.ics')).toBe('text/calendar; charset=utf-8');
    expect(contentTypeFor('/feeds.opml')).toBe('text/x-opml; charset=utf-8');
    expect(contentTypeFor('/sitemap-0.xml')).toBe('application/xml; charset=utf-8');
    expect(contentTypeFor('/index.html')).toBe('text/html; charset=utf-8');
  });
  it('leaves photos to the server', () => {
    expect(contentTypeFor('/_astro/cover.jpg')).toBeUndefined();
  });
});

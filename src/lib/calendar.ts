/**
 * Events as an iCalendar file (RFC 5545) by ical-generator: times in UTC, lines folded, UIDs and
 * DTSTAMP taken from the content, so the same content gives the same bytes on every build.
 */
import ical from 'ical-generator';
import type { SiteEvent } from './events.ts';

export function buildCalendar(name: string, events: readonly SiteEvent[], site: string, uidDomain: string): string {
  const calendar = ical({ name, prodId: { company: 'xinfeng', product: 'calendar', language: 'ZH' } });
  for (const event of [...events].sort((a, b) => +a.start - +b.start || a.id.localeCompare(b.id))) {
    calendar.createEvent({
      id: event.uid ?? `${event.id}@${uidDomain}`,
      start: event.start,
      // An event written without an end lasts an hour in calendars rather than zero minutes.
      end: event.end ?? new Date(event.start.getTime() + 3_600_000),
      stamp: event.stamp,
      summary: event.title,
      location: event.place,
      description: [event.description, event.organiser && `组织单位：${event.organiser}`].filter(Boolean).join('\n'),
      url: new URL(event.url, site).href,
    });
  }
  return calendar.toString();
}

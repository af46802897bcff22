/** The site's calendars: all events, each campaign's, and each announced event on its own. */
import { getCatalog, type Catalog } from './catalog.ts';
import { buildCalendar } from '../lib/calendar.ts';
import type { SiteEvent } from '../lib/events.ts';

export interface CalendarDefinition {
  /** site path of the .ics file */
  path: string;
  name: string;
  events: SiteEvent[];
}

export function calendarDefinitions(catalog: Catalog): CalendarDefinition[] {
  return [
    { path: '/calendar.ics', name: `${catalog.site.name}：全部活动`, events: catalog.events },
    ...catalog.campaigns.map((c) => ({
      path: `${c.url}calendar.ics`,
      name: `${c.title}：活动安排`,
      events: catalog.events.filter((e) => e.campaignId === c.id),
    })),
    ...catalog.announcements
      .filter((a) => a.event)
      .map((a) => ({
        path: `${a.url}calendar.ics`,
        name: a.title,
        events: catalog.events.filter((e) => e.id === `announcement-${a.id}`),
      })),
  ];
}

export async function calendarFile(definition: CalendarDefinition): Promise<string> {
  const { site } = await getCatalog();
  return buildCalendar(definition.name, definition.events, site.baseUrl, new URL(site.baseUrl).hostname);
}

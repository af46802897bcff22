/** Every iCalendar file of the site, one endpoint: /calendar.ics, /campaigns/<slug>/calendar.ics, … */
import { changedOnly } from '../../data/page-reads.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { calendarDefinitions, calendarFile, type CalendarDefinition } from '../../data/calendars.ts';
import { scopeOf } from '../../lib/urls.ts';

export const getStaticPaths = changedOnly((async () => {
  const calendars = calendarDefinitions(await getCatalog());
  return calendars.map((calendar) => ({
    params: { scope: scopeOf(calendar.path, 'calendar.ics') },
    props: { calendar },
  }));
}) satisfies GetStaticPaths);

export const GET: APIRoute<{ calendar: CalendarDefinition }> = async ({ props }) =>
  new Response(await calendarFile(props.calendar), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });

/** Every county's events in one calendar, each keeping the UID its county's calendar gives it. */
import type { APIRoute } from 'astro';
import { buildCalendar } from '../../lib/calendar';
import { getHubCatalog, latestEntries } from '../data/hub-catalog';

export const GET: APIRoute = ({ site }) => {
  const catalog = getHubCatalog();
  const seen = new Set<string>();
  const events = latestEntries(catalog).flatMap((entry) =>
    // An event twice (the same UID in two entries) is kept once, from the newest entry.
    entry.events
      .filter((e) => !seen.has(e.uid) && seen.add(e.uid))
      .map((e) => ({
        ...e,
        id: e.uid,
        title: `${e.title}（${entry.county.name}）`,
        url: entry.url,
        stamp: entry.published,
        organiser: entry.county.name,
      })),
  );
  const body = buildCalendar(`${catalog.name}：各县活动`, events, new URL('/', site).href, new URL('/', site).hostname);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};

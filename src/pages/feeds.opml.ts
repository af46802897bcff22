/** Every feed in one OPML file: a newsroom imports them all in one step. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { feedDefinitions, feedSite } from '../data/feeds.ts';
import { lastUpdated, opml } from '../lib/feed-model.ts';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const feeds = feedDefinitions(catalog);
  const newest = lastUpdated(
    [...catalog.stories, ...catalog.announcements].map(
      (e) => ({ published: e.published }) as Parameters<typeof lastUpdated>[0][number],
    ),
  );
  return new Response(opml(`${catalog.site.name}：全部订阅源`, feeds, feedSite(catalog), newest), {
    headers: { 'Content-Type': 'text/x-opml; charset=utf-8' },
  });
};

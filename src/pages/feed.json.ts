/** JSON Feed 1.1 of the whole site: the same items as /rss.xml. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { feedDefinitions, feedItems, feedSite } from '../data/feeds.ts';
import { jsonFeed } from '../lib/feed-model.ts';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const site = { ...feedDefinitions(catalog)[0]!, path: '/feed.json' };
  const body = jsonFeed(site, await feedItems(site, catalog), feedSite(catalog));
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};

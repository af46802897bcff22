/** The hub's merged JSON Feed: every county's latest, with the county's own ids and addresses. */
import type { APIRoute } from 'astro';
import { jsonFeed } from '../../lib/feed-model';
import { FEED_ITEMS, asFeedItem, getHubCatalog, hubChannel, hubFeedSite, latestEntries } from '../data/hub-catalog';

export const GET: APIRoute = ({ site }) => {
  const catalog = getHubCatalog();
  const entries = latestEntries(catalog).slice(0, FEED_ITEMS);
  const feed = jsonFeed(hubChannel(catalog, site, '/feed.json'), entries.map(asFeedItem), hubFeedSite(catalog, site));
  // Which county each item is from, by the registry's id, beside the tags that name it.
  const items = feed.items.map((item, i) => ({
    ...item,
    _xinfeng: { county: entries[i]!.county.id, kind: entries[i]!.kind, sample: entries[i]!.sample },
  }));
  return new Response(`${JSON.stringify({ ...feed, items }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};

/** The hub's merged RSS for the provincial newspaper: every county's latest, each with its own guid. */
import type { APIRoute } from 'astro';
import { getRssString } from '@astrojs/rss';
import { rssOptions } from '../../lib/feed-model';
import { FEED_ITEMS, asFeedItem, getHubCatalog, hubChannel, hubFeedSite, latestEntries } from '../data/hub-catalog';

export const GET: APIRoute = async ({ site }) => {
  const catalog = getHubCatalog();
  const items = latestEntries(catalog).slice(0, FEED_ITEMS).map(asFeedItem);
  const xml = await getRssString(rssOptions(hubChannel(catalog, site, '/rss.xml'), items, hubFeedSite(catalog, site)));
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};

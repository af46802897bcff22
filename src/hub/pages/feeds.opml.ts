/** Every feed a newsroom may want in one OPML file: the hub's merged one and each county's own. */
import type { APIRoute } from 'astro';
import { lastUpdated, opml } from '../../lib/feed-model';
import { asFeedItem, getHubCatalog, hubChannel, hubFeedSite, latestEntries } from '../data/hub-catalog';

export const GET: APIRoute = ({ site }) => {
  const catalog = getHubCatalog();
  const feeds = [
    hubChannel(catalog, site, '/rss.xml'),
    ...catalog.counties.map((c) => ({
      path: new URL('rss.xml', c.county.url).href,
      title: `${c.county.name}：全部故事和公告`,
      description: `${c.county.name}新时代文明实践志愿服务`,
      pageUrl: c.county.url,
    })),
  ];
  const newest = lastUpdated(latestEntries(catalog).map(asFeedItem));
  return new Response(opml(`${catalog.name}：全部订阅源`, feeds, hubFeedSite(catalog, site), newest), {
    headers: { 'Content-Type': 'text/x-opml; charset=utf-8' },
  });
};

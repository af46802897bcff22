/** The hub's merged JSON Feed: every county's latest, with the county's own ids and addresses. */
import type { APIRoute } from 'astro';
import { isoBeijing } from '../../lib/beijing-time';
import { getHubCatalog, latestEntries } from '../data/hub-catalog';

export const GET: APIRoute = ({ site }) => {
  const catalog = getHubCatalog();
  const body = {
    version: 'https://jsonfeed.org/version/1.1',
    title: `${catalog.name}：各县最新内容`,
    home_page_url: new URL('/', site).href,
    feed_url: new URL('/feed.json', site).href,
    language: 'zh-CN',
    items: latestEntries(catalog)
      .slice(0, 100)
      .map((e) => ({
        id: e.url,
        url: e.url,
        title: e.title,
        summary: e.summary,
        content_html: e.html,
        date_published: isoBeijing(e.published),
        authors: [{ name: e.county.name }],
        tags: [e.county.name, ...e.fields],
        _xinfeng: { county: e.county.id, kind: e.kind, sample: e.sample },
      })),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};

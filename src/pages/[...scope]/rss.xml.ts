/** Every RSS feed of the site, one endpoint: /rss.xml, /stories/rss.xml, /teams/<slug>/rss.xml, … */
import { changedOnly } from '../../data/page-reads.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRssString } from '@astrojs/rss';
import { getCatalog } from '../../data/catalog.ts';
import { feedDefinitions, feedItems, feedSite, type FeedDefinition } from '../../data/feeds.ts';
import { rssOptions } from '../../lib/feed-model.ts';
import { scopeOf } from '../../lib/urls.ts';

export const getStaticPaths = changedOnly((async () => {
  const feeds = feedDefinitions(await getCatalog());
  return feeds.map((feed) => ({
    params: { scope: scopeOf(feed.path, 'rss.xml') },
    props: { feed },
  }));
}) satisfies GetStaticPaths);

export const GET: APIRoute<{ feed: FeedDefinition }> = async ({ props }) => {
  const catalog = await getCatalog();
  const xml = await getRssString(rssOptions(props.feed, await feedItems(props.feed, catalog), feedSite(catalog)));
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};

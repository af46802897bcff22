/**
 * Every feed the site publishes, in one list: the RSS endpoints, the OPML file, the press centre and
 * each page's autodiscovery link all read it, so a feed cannot exist in one place and not another.
 */
import { getCatalog, type Catalog, type Story, type Announcement } from './catalog.ts';
import { entryHtml } from './entry-html.ts';
import { coverFile, enclosurePath, offersCoverFiles } from './cover-files.ts';
import { feedHtml } from '../lib/feed-html.ts';
import { absoluteUrl, paths } from '../lib/urls.ts';
import type { FeedChannel, FeedItem, FeedSite } from '../lib/feed-model.ts';

/** A full-text feed keeps the newest items only: enough for any reader, small enough to fetch on a phone. */
const FEED_ITEM_LIMIT = 50;

/** What a feed carries: its newest entries. */
const feedEntries = (feed: FeedDefinition) => feed.entries.slice(0, FEED_ITEM_LIMIT);

export interface FeedDefinition extends FeedChannel {
  /** the entries it carries, newest first */
  entries: (Story | Announcement)[];
}

const byDate = (a: Story | Announcement, b: Story | Announcement) =>
  +b.published - +a.published || a.id.localeCompare(b.id);

const definitions = new WeakMap<Catalog, FeedDefinition[]>();

/** Every page asks for these (autodiscovery); work them out once per build. */
export function feedDefinitions(catalog: Catalog): FeedDefinition[] {
  let cached = definitions.get(catalog);
  if (!cached) definitions.set(catalog, (cached = defineFeeds(catalog)));
  return cached;
}

function defineFeeds(catalog: Catalog): FeedDefinition[] {
  const site = catalog.site;
  const abs = (p: string) => absoluteUrl(p, site.baseUrl);
  const all = [...catalog.stories, ...catalog.announcements].sort(byDate);
  return [
    {
      path: '/rss.xml',
      title: `${site.name}：全部故事和公告`,
      description: site.tagline,
      pageUrl: abs('/'),
      entries: all,
    },
    {
      path: '/stories/rss.xml',
      title: `${site.name}：志愿故事`,
      description: `${site.county}志愿者的故事`,
      pageUrl: abs(paths.stories()),
      entries: catalog.stories,
    },
    {
      path: '/announcements/rss.xml',
      title: `${site.name}：通知公告`,
      description: '活动通知、预告、招募、公示和新闻稿',
      pageUrl: abs(paths.announcements()),
      entries: catalog.announcements,
    },
    ...catalog.teams.map((team) => ({
      path: `${team.url}rss.xml`,
      title: `${team.name}的故事`,
      description: team.summary,
      pageUrl: abs(team.url),
      entries: catalog.stories.filter((s) => s.teams.some((t) => t.id === team.id)),
    })),
    ...catalog.fields.map((field) => ({
      path: `${field.url}rss.xml`,
      title: `${field.name}：志愿故事`,
      description: field.summary,
      pageUrl: abs(field.url),
      entries: catalog.stories.filter((s) => s.fields.some((f) => f.id === field.id)),
    })),
    ...catalog.campaigns.map((campaign) => ({
      path: `${campaign.url}rss.xml`,
      title: `${campaign.title}：故事和公告`,
      description: campaign.summary,
      pageUrl: abs(campaign.url),
      entries: [...catalog.stories, ...catalog.announcements]
        .filter((e) => e.campaign?.id === campaign.id)
        .sort(byDate),
    })),
  ];
}

/** The stories whose covers some feed attaches: each needs its file built. */
export function storiesWithEnclosures(catalog: Catalog): Story[] {
  const attached = new Set(feedDefinitions(catalog).flatMap(feedEntries));
  return catalog.stories.filter((story) => attached.has(story) && offersCoverFiles(story));
}

/** The feed a page offers beside the site feed: its own section's, team's, field's or campaign's. */
export async function feedForPage(pathname: string): Promise<FeedChannel | undefined> {
  const feeds = feedDefinitions(await getCatalog()).filter((f) => f.path !== '/rss.xml');
  // The longest feed folder that contains the page: /teams/qingnian/ beats /teams/.
  return feeds
    .filter((f) => pathname.startsWith(f.path.replace(/rss\.xml$/, '')))
    .sort((a, b) => b.path.length - a.path.length)[0];
}

export function feedSite(catalog: Catalog): FeedSite {
  return {
    url: catalog.site.baseUrl,
    name: catalog.site.name,
    image: absoluteUrl('/images/site-share.jpg', catalog.site.baseUrl),
  };
}

/** An entry as a feed item: the full text as the page shows it, every URL absolute. */
async function feedItem(entry: Story | Announcement, catalog: Catalog): Promise<FeedItem> {
  const site = catalog.site.baseUrl;
  const html = feedHtml(await entryHtml(entry.entry), site);
  const common = {
    url: absoluteUrl(entry.url, site),
    title: entry.title,
    summary: entry.summary,
    html,
    published: entry.published,
    author: entry.author,
  };
  if ('cover' in entry) {
    return {
      ...common,
      categories: [...entry.fields.map((f) => f.name), ...entry.teams.map((t) => t.name)],
      // The cover as the site hands it out (cover-files.ts), never the camera's original.
      ...(offersCoverFiles(entry)
        ? {
            enclosure: {
              url: absoluteUrl(enclosurePath(entry), site),
              length: (await coverFile(entry, 'enclosure')).length,
              type: 'image/jpeg',
            },
          }
        : {}),
    };
  }
  return { ...common, categories: [entry.kind, ...(entry.campaign ? [entry.campaign.title] : [])] };
}

export async function feedItems(feed: FeedDefinition, catalog: Catalog): Promise<FeedItem[]> {
  return Promise.all(feedEntries(feed).map((entry) => feedItem(entry, catalog)));
}

/**
 * Every feed the site publishes, in one list: the RSS endpoints, the OPML file, the press centre and
 * each page's autodiscovery link all read it, so a feed cannot exist in one place and not another.
 */
import { getCatalog, loadedCatalog, type Catalog, type Story, type Announcement } from './catalog.ts';
import { reads } from './page-reads.ts';
import { entryHtml } from './entry-html.ts';
import { filmOf, formatBytes, posterImage } from './films.ts';
import { escapeAttribute, escapeText } from 'entities';
import { formatDuration } from '../lib/video-check.ts';
import { bodyPhotoFile, bodyPhotos, coverFile, enclosurePath, offersPhotoFiles, photoFileSize } from './photo-files.ts';
import { shareImage } from './share-image.ts';
import { creditLine } from '../lib/credit-line.ts';
import { correctionsHtml, lastChanged } from '../lib/corrections.ts';
import { coverFigure, feedHtml, type FeedPhoto } from '../lib/feed-html.ts';
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

/**
 * Every page asks for these (autodiscovery); work them out once per build, as a root of their own
 * for the tracker: a page depends on the feeds it looks at, not on all that made the list.
 */
export function feedDefinitions(catalog: Catalog): FeedDefinition[] {
  return reads.derived('feeds', () => defineFeeds(catalog));
}
reads.lazy('feeds', () => defineFeeds(loadedCatalog()));

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
    {
      path: `${paths.releases()}rss.xml`,
      title: `${site.name}：新闻稿`,
      description: `${site.sponsor}发布的新闻稿`,
      pageUrl: abs(paths.releases()),
      entries: pressReleases(catalog),
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
  return catalog.stories.filter((story) => attached.has(story) && offersPhotoFiles(story));
}

/** The press releases, newest first: the press centre's archive and its feed. */
export const pressReleases = (catalog: Catalog) => catalog.announcements.filter((a) => a.kind === '新闻稿');

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
    copyright: catalog.site.reuse,
    image: absoluteUrl('/images/site-share.jpg', catalog.site.baseUrl),
  };
}

/**
 * An entry as a feed item. With a 微电影, the film is the enclosure and, as on the page, the film (its
 * poster, linked, with title, length, size and credit) leads the text in the cover's place.
 */
export async function feedItem(entry: Story | Announcement, catalog: Catalog): Promise<FeedItem> {
  const item = await feedItemWithFilm(entry, catalog);
  const updated = lastChanged(entry);
  // A corrected entry keeps its guid; its 更正说明 come first, as at the top of its page.
  const notes = entry.corrections.length ? feedHtml(correctionsHtml(entry.corrections), catalog.site.baseUrl) : '';
  return { ...item, html: notes + item.html, ...(updated ? { updated } : {}) };
}

async function feedItemWithFilm(entry: Story | Announcement, catalog: Catalog): Promise<FeedItem> {
  const film = filmOf(entry, catalog.site.videoMaxMegabytes);
  const item = await feedItemWithoutFilm(entry, catalog, !film);
  if (!film) return item;
  const site = catalog.site.baseUrl;
  const poster = await posterImage(film);
  const url = absoluteUrl(film.url, site);
  const lead = feedHtml(
    `<figure><a href="${url}"><img src="${absoluteUrl(poster.src, site)}" alt="${escapeAttribute(`微电影：${film.title}`)}" width="${poster.width}" height="${poster.height}"></a>` +
      `<figcaption>微电影：<a href="${url}">${escapeText(film.title)}</a>（${formatDuration(film.duration)}，${formatBytes(film.bytes)}，摄制：${escapeText(film.credit)}）</figcaption></figure>`,
    site,
  );
  return { ...item, html: lead + item.html, enclosure: { url, length: film.bytes, type: 'video/mp4' } };
}

/** An entry as a feed item: the full text as the page shows it, every URL absolute. */
async function feedItemWithoutFilm(
  entry: Story | Announcement,
  catalog: Catalog,
  leadWithCover: boolean,
): Promise<FeedItem> {
  const site = catalog.site.baseUrl;
  const common = {
    url: absoluteUrl(entry.url, site),
    title: entry.title,
    summary: entry.summary,
    published: entry.published,
    author: entry.author,
  };
  if (!('cover' in entry)) {
    const html = feedHtml(await entryHtml(entry.entry), site);
    return { ...common, html, categories: [entry.kind, ...(entry.campaign ? [entry.campaign.title] : [])] };
  }
  const { alt } = entry.cover;
  const credit = creditLine(entry.cover.credit);
  // The cover leads the full text with its caption and credit. Where the story offers its photos as
  // files, they are JPEG files the site made (photo-files.ts); else the page's own share picture.
  const offered = offersPhotoFiles(entry);
  const coverBytes = offered ? await coverFile(entry, 'enclosure') : undefined;
  const cover: FeedPhoto = coverBytes
    ? { url: absoluteUrl(enclosurePath(entry), site), ...(await photoFileSize(coverBytes)) }
    : await shareImage(entry.cover.image, alt, site);
  const photos = offered ? [cover, ...(await bodyFeedPhotos(entry, site))] : undefined;
  const lead = leadWithCover ? coverFigure(cover, alt, credit) : '';
  const html = feedHtml(lead + (await entryHtml(entry.entry)), site, photos);
  return {
    ...common,
    html,
    categories: [...entry.fields.map((f) => f.name), ...entry.teams.map((t) => t.name)],
    image: {
      ...cover,
      type: 'image/jpeg',
      alt,
      credit: entry.cover.credit,
      ...(coverBytes ? { length: coverBytes.length } : {}),
    },
    ...(coverBytes ? { enclosure: { url: cover.url, length: coverBytes.length, type: 'image/jpeg' } } : {}),
  };
}

async function bodyFeedPhotos(story: Story, site: string): Promise<FeedPhoto[]> {
  return Promise.all(
    bodyPhotos(story).map(async (photo) => ({
      url: absoluteUrl(photo.path, site),
      ...(await photoFileSize(await bodyPhotoFile(photo))),
    })),
  );
}

export async function feedItems(feed: FeedDefinition, catalog: Catalog): Promise<FeedItem[]> {
  return Promise.all(feedEntries(feed).map((entry) => feedItem(entry, catalog)));
}

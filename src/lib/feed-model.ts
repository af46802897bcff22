/**
 * One feed, whatever the format: RSS 2.0 (@astrojs/rss), JSON Feed 1.1 and the OPML list are built
 * from these plain objects, so every format carries the same items.
 */
import XMLBuilder from 'fast-xml-builder';
import { isoBeijing, rfc822 } from './beijing-time.ts';
import { xmlSafe } from './xml-text.ts';

export interface FeedItem {
  /** absolute URL of the page; also the guid */
  url: string;
  title: string;
  summary: string;
  /** full text, already made feed-safe (feedHtml) */
  html: string;
  published: Date;
  /** when a published item was last corrected or changed; its guid stays the same */
  updated?: Date;
  author: string;
  /** fields and teams, in Chinese */
  categories: string[];
  /** the photo that leads the item, with what it shows and who took it (Media RSS) */
  image?: { url: string; type: string; width: number; height: number; alt: string; credit: string; length?: number };
  /** the cover photo as a file of its own */
  enclosure?: { url: string; length: number; type: string };
}

export interface FeedChannel {
  /** site path of the feed, e.g. /teams/qingnian/rss.xml */
  path: string;
  title: string;
  description: string;
  /** absolute URL of the page the feed follows */
  pageUrl: string;
}

export interface FeedSite {
  url: string;
  name: string;
  /** how others may reuse what the feed carries */
  copyright?: string;
  /** absolute URL of the channel image */
  image: string;
}

/** Newest item's time: lastBuildDate never comes from the clock, so builds are reproducible. */
export function lastUpdated(items: readonly FeedItem[]): Date | undefined {
  return items.reduce<Date | undefined>((newest, item) => {
    const latest = item.updated && item.updated > item.published ? item.updated : item.published;
    return !newest || latest > newest ? latest : newest;
  }, undefined);
}

const fragment = new XMLBuilder({ ignoreAttributes: false, suppressEmptyNode: true });

/** The options @astrojs/rss takes, with what it cannot express (+0800 dates, dc:creator, atom:link) as escaped custom data. */
export function rssOptions(channel: FeedChannel, items: readonly FeedItem[], site: FeedSite) {
  const selfUrl = new URL(channel.path, site.url).href;
  const updated = lastUpdated(items);
  return {
    title: xmlSafe(channel.title),
    description: xmlSafe(channel.description),
    site: channel.pageUrl,
    trailingSlash: true,
    xmlns: {
      atom: 'http://www.w3.org/2005/Atom',
      dc: 'http://purl.org/dc/elements/1.1/',
      content: 'http://purl.org/rss/1.0/modules/content/',
      media: 'http://search.yahoo.com/mrss/',
    },
    customData: fragment.build({
      'atom:link': { '@_href': selfUrl, '@_rel': 'self', '@_type': 'application/rss+xml' },
      language: 'zh-cn',
      ...(site.copyright ? { copyright: xmlSafe(site.copyright) } : {}),
      ...(updated ? { lastBuildDate: rfc822(updated) } : {}),
      image: { url: site.image, title: xmlSafe(channel.title), link: channel.pageUrl },
    }),
    items: items.map((item) => ({
      title: xmlSafe(item.title),
      link: item.url,
      description: xmlSafe(item.summary),
      content: item.html,
      categories: item.categories.map(xmlSafe),
      enclosure: item.enclosure,
      customData: fragment.build({
        pubDate: rfc822(item.published),
        ...(item.updated ? { 'atom:updated': isoBeijing(item.updated) } : {}),
        'dc:creator': xmlSafe(item.author),
        ...(item.image ? { 'media:content': mediaContent(item.image) } : {}),
      }),
    })),
  };
}

/** The leading photo in Media RSS, which newsroom systems read for a picture's caption and credit. */
function mediaContent(image: NonNullable<FeedItem['image']>) {
  return {
    '@_url': image.url,
    '@_medium': 'image',
    '@_type': image.type,
    '@_width': image.width,
    '@_height': image.height,
    ...(image.length ? { '@_fileSize': image.length } : {}),
    'media:description': xmlSafe(image.alt),
    'media:credit': { '@_role': 'photographer', '#text': xmlSafe(image.credit) },
  };
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with the same items. */
export function jsonFeed(channel: FeedChannel, items: readonly FeedItem[], site: FeedSite) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    description: channel.description,
    home_page_url: channel.pageUrl,
    feed_url: new URL(channel.path, site.url).href,
    language: 'zh-CN',
    icon: site.image,
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: item.html,
      date_published: isoBeijing(item.published),
      ...(item.updated ? { date_modified: isoBeijing(item.updated) } : {}),
      authors: [{ name: item.author }],
      tags: item.categories,
      ...(item.image ? { image: item.image.url } : {}),
      ...(item.enclosure
        ? {
            attachments: [
              { url: item.enclosure.url, mime_type: item.enclosure.type, size_in_bytes: item.enclosure.length },
            ],
          }
        : {}),
    })),
  };
}

/** OPML 2.0 list of every feed, so a newsroom subscribes to all of them in one import. */
export function opml(title: string, feeds: readonly FeedChannel[], site: FeedSite, created: Date | undefined): string {
  const builder = new XMLBuilder({ ignoreAttributes: false, suppressEmptyNode: true, format: true });
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    opml: {
      '@_version': '2.0',
      head: { title: xmlSafe(title), ...(created ? { dateCreated: rfc822(created) } : {}) },
      body: {
        outline: feeds.map((feed) => ({
          '@_type': 'rss',
          '@_text': xmlSafe(feed.title),
          '@_title': xmlSafe(feed.title),
          '@_xmlUrl': new URL(feed.path, site.url).href,
          '@_htmlUrl': feed.pageUrl,
          '@_language': 'zh-cn',
        })),
      },
    },
  });
}

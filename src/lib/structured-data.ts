/**
 * schema.org JSON-LD for search engines and WeChat's link previews: one builder per kind, times with
 * +08:00, every URL absolute. Pages pass plain values; nothing here reads content itself.
 */
import { isoDuration } from './video-check.ts';
import { isoBeijing } from './beijing-time.ts';

type Json = Record<string, unknown>;
const CONTEXT = 'https://schema.org';

export interface OrganizationFacts {
  name: string;
  url: string;
  logo?: string;
  description?: string;
  email?: string;
  telephone?: string;
  address?: string;
  /** the county for a team: where it works */
  locality?: string;
  parent?: { name: string; url: string };
}

export function organization(o: OrganizationFacts): Json {
  return {
    '@context': CONTEXT,
    '@type': 'Organization',
    name: o.name,
    url: o.url,
    ...(o.logo ? { logo: o.logo } : {}),
    ...(o.description ? { description: o.description } : {}),
    ...(o.email ? { email: o.email } : {}),
    ...(o.telephone ? { telephone: o.telephone } : {}),
    ...(o.address || o.locality
      ? {
          address: {
            '@type': 'PostalAddress',
            addressCountry: 'CN',
            ...(o.address ? { streetAddress: o.address } : {}),
            ...(o.locality ? { addressLocality: o.locality } : {}),
          },
        }
      : {}),
    ...(o.parent ? { parentOrganization: { '@type': 'Organization', name: o.parent.name, url: o.parent.url } } : {}),
  };
}

export interface ArticleFacts {
  headline: string;
  description: string;
  url: string;
  image: string;
  published: Date;
  modified?: Date;
  author: string;
  publisher: { name: string; logo: string };
}

export function newsArticle(a: ArticleFacts): Json {
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: a.headline,
    description: a.description,
    mainEntityOfPage: a.url,
    url: a.url,
    image: [a.image],
    datePublished: isoBeijing(a.published),
    dateModified: isoBeijing(a.modified ?? a.published),
    inLanguage: 'zh-CN',
    author: [{ '@type': 'Organization', name: a.author }],
    publisher: {
      '@type': 'Organization',
      name: a.publisher.name,
      logo: { '@type': 'ImageObject', url: a.publisher.logo },
    },
  };
}

export interface EventFacts {
  name: string;
  url: string;
  start: Date;
  end?: Date;
  place: string;
  organiser?: string;
  description?: string;
  image?: string;
}

export function event(e: EventFacts): Json {
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    name: e.name,
    url: e.url,
    startDate: isoBeijing(e.start),
    ...(e.end ? { endDate: isoBeijing(e.end) } : {}),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: e.place,
      address: { '@type': 'PostalAddress', addressCountry: 'CN', streetAddress: e.place },
    },
    ...(e.organiser ? { organizer: { '@type': 'Organization', name: e.organiser } } : {}),
    ...(e.description ? { description: e.description } : {}),
    ...(e.image ? { image: [e.image] } : {}),
  };
}

export function breadcrumbList(items: { name: string; url: string }[]): Json {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/** JSON for a <script> element: "<" escaped so no text in it can close the element early. */
export function jsonLdText(data: Json | Json[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export interface VideoFacts {
  name: string;
  description: string;
  thumbnail: string;
  uploaded: Date;
  /** seconds */
  duration: number;
  contentUrl: string;
  width: number;
  height: number;
  credit: string;
}

/** A 微电影 as search engines and apps read it. */
export function videoObject(v: VideoFacts): Json {
  return {
    '@context': CONTEXT,
    '@type': 'VideoObject',
    name: v.name,
    description: v.description,
    thumbnailUrl: [v.thumbnail],
    uploadDate: isoBeijing(v.uploaded),
    duration: isoDuration(v.duration),
    contentUrl: v.contentUrl,
    encodingFormat: 'video/mp4',
    width: v.width,
    height: v.height,
    inLanguage: 'zh-CN',
    creator: { '@type': 'Organization', name: v.credit },
  };
}

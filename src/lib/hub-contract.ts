/**
 * What every county site publishes for a province hub (issue 29): /hub/manifest.json and one full-text
 * archive per year, /hub/archive-YYYY.json. An archive is a JSON Feed 1.1 holding every published
 * entry of its year once (stories, announcements, campaigns), newest first, chained to the year before
 * by next_url; each item carries the site's own id and URL, its full text as the feeds carry it, and
 * an extension (_xinfeng) with its kind, teams, fields, campaign and events; the archive carries that
 * year's monthly service records. The manifest names the site, counts what it has, and gives the sha256
 * of each archive's exact bytes, so a hub can tell a whole copy from a broken one.
 */
import { createHash } from 'node:crypto';
import { beijingYear as yearOf, isoBeijing } from './beijing-time.ts';

/** Raised when the contract's shape changes in a way an older hub could misread. */
const HUB_FORMAT = 1;

const archivePath = (year: number) => `/hub/archive-${year}.json`;

interface HubEvent {
  /** the UID the site's calendars give it */
  uid: string;
  title: string;
  start: Date;
  end?: Date;
  place: string;
}

export interface HubItem {
  kind: 'story' | 'announcement' | 'campaign';
  /** absolute URL of its page: also its id, as in the site's own feeds */
  url: string;
  title: string;
  summary: string;
  /** full text, feed-safe (the allow-list of the feeds) */
  html: string;
  published: Date;
  updated?: Date;
  author?: string;
  /** an announcement's kind (通知, 活动预告…) */
  type?: string;
  image?: string;
  teams: { id: string; name: string }[];
  fields: { id: string; name: string }[];
  campaign?: { id: string; title: string; url: string };
  events: HubEvent[];
  sample: boolean;
}

export interface HubRecordMonth {
  /** YYYY-MM */
  month: string;
  activities: number;
  participants: number;
  hours: number;
  served: number;
}

export interface HubSite {
  id: string;
  name: string;
  county: string;
  /** the site's address, ending in / */
  url: string;
}

export interface HubArchive {
  year: number;
  path: string;
  /** the file as served: the manifest's sha256 is of these bytes */
  body: string;
  items: number;
}

const byNewest = (a: HubItem, b: HubItem) => +b.published - +a.published || a.url.localeCompare(b.url);

const eventJson = (e: HubEvent) => ({
  uid: e.uid,
  title: e.title,
  start: isoBeijing(e.start),
  ...(e.end ? { end: isoBeijing(e.end) } : {}),
  place: e.place,
});

function itemJson(item: HubItem) {
  return {
    id: item.url,
    url: item.url,
    title: item.title,
    summary: item.summary,
    content_html: item.html,
    date_published: isoBeijing(item.published),
    ...(item.updated ? { date_modified: isoBeijing(item.updated) } : {}),
    ...(item.author ? { authors: [{ name: item.author }] } : {}),
    ...(item.image ? { image: item.image } : {}),
    tags: [...item.fields.map((f) => f.name), ...item.teams.map((t) => t.name)],
    _xinfeng: {
      kind: item.kind,
      ...(item.type ? { type: item.type } : {}),
      teams: item.teams,
      fields: item.fields,
      ...(item.campaign ? { campaign: item.campaign } : {}),
      events: item.events.map(eventJson),
      sample: item.sample,
    },
  };
}

/** The years that get an archive: those with entries or records, newest first. */
export function archiveYears(published: readonly Date[], recordMonths: readonly string[]): number[] {
  return [...new Set([...published.map(yearOf), ...recordMonths.map((m) => Number(m.slice(0, 4)))])].sort(
    (a, b) => b - a,
  );
}

/** A year's archive, pointing to the year before (`older`) if there is one. */
export function hubArchive(
  site: HubSite,
  year: number,
  older: number | undefined,
  items: readonly HubItem[],
  records: readonly HubRecordMonth[],
): HubArchive {
  const own = items.filter((item) => yearOf(item.published) === year).sort(byNewest);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: `${site.name}：${year} 年全部内容`,
    home_page_url: site.url,
    feed_url: new URL(archivePath(year), site.url).href,
    ...(older ? { next_url: new URL(archivePath(older), site.url).href } : {}),
    language: 'zh-CN',
    _xinfeng: {
      format: HUB_FORMAT,
      site: site.id,
      year,
      records: records.filter((r) => r.month.startsWith(`${year}-`)),
    },
    items: own.map(itemJson),
  };
  return { year, path: archivePath(year), body: `${JSON.stringify(feed, null, 2)}\n`, items: own.length };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The manifest: who the site is, what it holds, and each archive's checksum. Nothing in it reads the clock. */
export function hubManifest(
  site: HubSite,
  items: readonly HubItem[],
  archives: readonly HubArchive[],
  extra: { teams: number; events: number; records: { asOf: string | null; hours: number; activities: number } },
): string {
  const count = (kind: HubItem['kind']) => items.filter((i) => i.kind === kind).length;
  const latest = items.map((i) => i.updated ?? i.published).sort((a, b) => +b - +a)[0];
  const manifest = {
    format: HUB_FORMAT,
    site,
    updated: latest ? isoBeijing(latest) : null,
    counts: {
      stories: count('story'),
      announcements: count('announcement'),
      campaigns: count('campaign'),
      teams: extra.teams,
      events: extra.events,
    },
    records: extra.records,
    files: archives.map((a) => ({
      path: a.path,
      url: new URL(a.path, site.url).href,
      year: a.year,
      items: a.items,
      bytes: Buffer.byteLength(a.body),
      sha256: sha256(a.body),
    })),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

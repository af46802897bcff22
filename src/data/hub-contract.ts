/**
 * The county's contract for a province hub (src/lib/hub-contract.ts), from the catalog: every published
 * story, announcement and campaign as an archive item, with the full text its feeds carry. Each item is
 * made once per build and shared by the manifest and its year's archive, its reads replayed to both, so
 * an incremental build remakes an archive exactly when something in it changed.
 */
import { beijingYear } from '../lib/beijing-time.ts';
import { pinyinSlug } from '../lib/pinyin-slug.ts';
import { feedHtml } from '../lib/feed-html.ts';
import { absoluteUrl } from '../lib/urls.ts';
import {
  archiveYears,
  hubArchive,
  type HubArchive,
  type HubItem,
  type HubRecordMonth,
  type HubSite,
} from '../lib/hub-contract.ts';
import type { ReadSet } from '../lib/read-tracking.ts';
import type { SiteEvent } from '../lib/events.ts';
import type { Announcement, Campaign, Catalog, Story } from './catalog.ts';
import { entryHtml } from './entry-html.ts';
import { feedItem } from './feeds.ts';
import { reads } from './page-reads.ts';

export function hubSite(catalog: Catalog): HubSite {
  const { site } = catalog;
  return { id: pinyinSlug(site.county), name: site.name, county: site.county, url: new URL('/', site.baseUrl).href };
}

const named = (list: readonly { id: string; name: string }[]) => list.map(({ id, name }) => ({ id, name }));

function events(catalog: Catalog, which: (e: SiteEvent) => boolean): HubItem['events'] {
  const domain = new URL(catalog.site.baseUrl).hostname;
  return catalog.events.filter(which).map((e) => ({
    // The UID the site's own calendars give it (src/lib/calendar.ts).
    uid: `${e.id}@${domain}`,
    title: e.title,
    start: e.start,
    ...(e.end ? { end: e.end } : {}),
    place: e.place,
  }));
}

const campaignRef = (c: Campaign | undefined, catalog: Catalog) =>
  c ? { campaign: { id: c.id, title: c.title, url: absoluteUrl(c.url, catalog.site.baseUrl) } } : {};

async function entryItem(entry: Story | Announcement, catalog: Catalog): Promise<HubItem> {
  const feed = await feedItem(entry, catalog);
  const story = 'teams' in entry ? entry : undefined;
  return {
    kind: story ? 'story' : 'announcement',
    url: feed.url,
    title: feed.title,
    summary: feed.summary,
    html: feed.html,
    published: feed.published,
    ...(feed.updated ? { updated: feed.updated } : {}),
    author: feed.author,
    ...('kind' in entry ? { type: entry.kind } : {}),
    ...(feed.image ? { image: feed.image.url } : {}),
    teams: story ? named(story.teams) : [],
    fields: story ? named(story.fields) : named(entry.campaign?.fields ?? []),
    ...campaignRef(entry.campaign, catalog),
    events: events(catalog, (e) => e.id === `announcement-${entry.id}`),
    sample: entry.sample,
  };
}

async function campaignItem(campaign: Campaign, catalog: Catalog): Promise<HubItem> {
  const site = catalog.site.baseUrl;
  return {
    kind: 'campaign',
    url: absoluteUrl(campaign.url, site),
    title: campaign.title,
    summary: campaign.summary,
    html: feedHtml(`<p>${escapeHtml(campaign.summary)}</p>${await entryHtml(campaign.entry)}`, site),
    published: campaign.start,
    ...(campaign.updated ? { updated: campaign.updated } : {}),
    teams: [],
    fields: named(campaign.fields),
    events: events(catalog, (e) => e.campaignId === campaign.id),
    sample: campaign.sample,
  };
}

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

const made = new Map<string, { value: Promise<HubItem>; reads: ReadSet }>();

/** The archive items of these entries, each made once per build. */
function items(catalog: Catalog, year?: number): Promise<HubItem[]> {
  const inYear = (date: Date) => year === undefined || beijingYear(date) === year;
  return Promise.all([
    ...[...catalog.stories, ...catalog.announcements]
      .filter((e) => inYear(e.published))
      .map((e) => reads.memo(made, e.url, () => entryItem(e, catalog))),
    ...catalog.campaigns
      .filter((c) => inYear(c.start))
      .map((c) => reads.memo(made, c.url, () => campaignItem(c, catalog))),
  ]);
}

function recordMonths(catalog: Catalog): HubRecordMonth[] {
  return catalog.records.byMonth.map(({ month, figures }) => ({ month, ...figures }));
}

/** The years with an archive, newest first. */
export function hubYears(catalog: Catalog): number[] {
  return archiveYears(
    [...catalog.stories, ...catalog.announcements]
      .map((e) => e.published)
      .concat(catalog.campaigns.map((c) => c.start)),
    catalog.records.months,
  );
}

export async function hubArchiveOf(catalog: Catalog, year: number): Promise<HubArchive> {
  const years = hubYears(catalog);
  const older = years[years.indexOf(year) + 1];
  return hubArchive(hubSite(catalog), year, older, await items(catalog, year), recordMonths(catalog));
}

/** Every archive and every item: what the manifest counts and checksums. */
export async function hubEverything(catalog: Catalog): Promise<{ items: HubItem[]; archives: HubArchive[] }> {
  const all = await items(catalog);
  const years = hubYears(catalog);
  const archives = years.map((year, i) => hubArchive(hubSite(catalog), year, years[i + 1], all, recordMonths(catalog)));
  return { items: all, archives };
}

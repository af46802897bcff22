/**
 * What the province hub's pages show (issue 29), read once per build from the hub's folder
 * (XINFENG_HUB_DIR, default hub/): the registry, each county's last good copy (scripts/hub/copies.ts)
 * and its last fetch. A county's text is input like any other: its full text keeps only what the
 * site's allow-list allows, and loses its images, so a hub reader loads nothing from a county's server.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readCopy, readStatus, type CountyStatus } from '../../../scripts/hub/copies.ts';
import { feedHtml } from '../../lib/feed-html.ts';
import { judgeCopy } from '../../lib/hub/judge-copy.ts';
import { freshness, tooFewCopies, type Freshness } from '../../lib/hub/freshness.ts';
import { parseRegistry, type County } from '../../lib/hub/registry.ts';
import type { FeedChannel, FeedItem, FeedSite } from '../../lib/feed-model.ts';

export interface HubEntry {
  county: County;
  kind: 'story' | 'announcement' | 'campaign';
  /** where it is on the county's own site */
  url: string;
  /** its page on the hub: /<county>/<path on the county's site> */
  path: string;
  title: string;
  summary: string;
  /** full text, allow-listed, without images */
  html: string;
  published: Date;
  teams: string[];
  fields: string[];
  events: { uid: string; title: string; start: Date; end?: Date; place: string }[];
  sample: boolean;
}

interface HubCounty {
  county: County;
  status?: CountyStatus;
  hasCopy: boolean;
  state: Freshness;
  label: string;
  entries: HubEntry[];
  hours?: number;
  recordsAsOf?: string | null;
}

export interface HubCatalog {
  name: string;
  /** the hub's last fetch run: what "now" is for every label */
  asOf: Date;
  counties: HubCounty[];
}

const hubDir = () => path.resolve(process.env.XINFENG_HUB_DIR || 'hub');

/** Images, video and their sources go; text and links stay. */
const withoutImages = (html: string) =>
  html.replace(/<(img|source|video|audio|picture)\b[^>]*>/gi, '').replace(/<\/(video|audio|picture)>/gi, '');

function entriesOf(
  county: County,
  dir: string,
  asOf: Date,
): { entries: HubEntry[]; hours?: number; recordsAsOf?: string | null } {
  const copy = readCopy(dir, county.id);
  if (!copy) return { entries: [] };
  // Judged again as it is read: a copy on disk is input too.
  const judged = judgeCopy({ county, manifest: copy.manifest, archives: copy.archives, now: asOf });
  if (!judged.ok) throw new Error(`${county.name}的副本（hub/copies/${county.id}）读不通：${judged.reason}`);
  const entries = [...judged.archives.values()].flatMap((archive) =>
    archive.items.map((item) => ({
      county,
      kind: item._xinfeng.kind,
      url: item.url,
      path: `/${county.id}${new URL(item.url).pathname}`,
      title: item.title,
      summary: item.summary,
      html: withoutImages(feedHtml(item.content_html, item.url)),
      published: new Date(item.date_published),
      teams: item._xinfeng.teams.map((t) => t.name),
      fields: item._xinfeng.fields.map((f) => f.name),
      events: item._xinfeng.events.map((e) => ({
        uid: e.uid,
        title: e.title,
        start: new Date(e.start),
        ...(e.end ? { end: new Date(e.end) } : {}),
        place: e.place,
      })),
      sample: item._xinfeng.sample,
    })),
  );
  return { entries, hours: judged.manifest.records.hours, recordsAsOf: judged.manifest.records.asOf };
}

let loaded: HubCatalog | undefined;

export function getHubCatalog(): HubCatalog {
  if (loaded) return loaded;
  const dir = hubDir();
  const registryFile = path.join(dir, 'registry.yaml');
  if (!existsSync(registryFile)) throw new Error(`没有找到县的登记表 ${registryFile}。`);
  const registry = parseRegistry(readFileSync(registryFile, 'utf-8'), path.relative(process.cwd(), registryFile));
  const statuses = new Map(registry.counties.map((c) => [c.id, readStatus(dir, c.id)]));
  const attempts = [...statuses.values()].flatMap((s) => (s ? [Date.parse(s.lastAttempt)] : []));
  const asOf = new Date(attempts.length ? Math.max(...attempts) : 0);
  const counties = registry.counties.map((county): HubCounty => {
    const status = statuses.get(county.id);
    const { entries, ...records } = entriesOf(county, dir, asOf);
    const hasCopy = existsSync(path.join(dir, 'copies', county.id));
    const seen = freshness(status?.lastSuccess ? new Date(status.lastSuccess) : undefined, hasCopy, asOf);
    return {
      county,
      ...(status ? { status } : {}),
      hasCopy,
      state: seen.state,
      label: seen.label,
      entries,
      ...records,
    };
  });
  const refusal = tooFewCopies(counties.map((c) => ({ name: c.county.name, hasCopy: c.hasCopy })));
  if (refusal) throw new Error(refusal);
  loaded = { name: registry.name, asOf, counties };
  return loaded;
}

/** Everything, newest first; a county long out of date stays out of the latest lists. */
export const latestEntries = (catalog: HubCatalog) =>
  catalog.counties
    .filter((c) => c.state !== 'long-stale')
    .flatMap((c) => c.entries)
    .sort((a, b) => +b.published - +a.published || a.url.localeCompare(b.url));

/** An entry as the feed model's item (src/lib/feed-model.ts): the county's own address is its id. */
export const asFeedItem = (e: HubEntry): FeedItem => ({
  url: e.url,
  title: e.title,
  summary: e.summary,
  html: e.html,
  published: e.published,
  author: e.county.name,
  categories: [e.county.name, ...e.fields, ...e.teams],
});

/** The hub as a feed's publisher. */
export const hubFeedSite = (catalog: HubCatalog, site: URL | undefined): FeedSite => ({
  url: new URL('/', site).href,
  name: catalog.name,
  image: new URL('/favicon.svg', site).href,
});

/** The merged feeds' channel: the newest hundred of every county not long out of date. */
export const hubChannel = (catalog: HubCatalog, site: URL | undefined, feedPath: string): FeedChannel => ({
  path: feedPath,
  title: `${catalog.name}：各县最新内容`,
  description: `${catalog.counties.map((c) => c.county.name).join('、')}的新时代文明实践志愿服务`,
  pageUrl: new URL('/', site).href,
});

export const FEED_ITEMS = 100;

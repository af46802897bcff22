/**
 * Everything a page needs, loaded once per build: the published entries of every collection, their
 * links to each other resolved, and checked first by the build's own guard (see content-guard.ts).
 */
import { entriesIn } from './present-collections.ts';
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildNow } from '../lib/build-now.ts';
import { isPublished, newestFirst, publicFrom } from '../lib/publishing.ts';
import { paths } from '../lib/urls.ts';
import { guardContent } from './content-guard.ts';
import { reads } from './page-reads.ts';
import { splitEvents, type SiteEvent } from '../lib/events.ts';
import { honourRoll, type HonourYear } from '../lib/honour-roll.ts';
import { recordTotals, type RecordTotals } from '../lib/record-totals.ts';
import { NATIONAL_VOLUNTEER_THRESHOLDS } from '../lib/star-level.ts';

type Ref = { collection: string; id: string };

export type Field = { id: string; url: string } & CollectionEntry<'fields'>['data'];
export type Team = {
  id: string;
  url: string;
  filePath: string;
  entry: CollectionEntry<'teams'>;
  fields: Field[];
} & Omit<CollectionEntry<'teams'>['data'], 'fields'>;
export type Campaign = {
  id: string;
  url: string;
  filePath: string;
  entry: CollectionEntry<'campaigns'>;
  fields: Field[];
} & Omit<CollectionEntry<'campaigns'>['data'], 'fields'>;
export type Story = {
  id: string;
  url: string;
  filePath: string;
  entry: CollectionEntry<'stories'>;
  teams: Team[];
  fields: Field[];
  campaign?: Campaign;
} & Omit<CollectionEntry<'stories'>['data'], 'teams' | 'fields' | 'campaign'>;
export type Announcement = {
  id: string;
  url: string;
  filePath: string;
  entry: CollectionEntry<'announcements'>;
  campaign?: Campaign;
} & Omit<CollectionEntry<'announcements'>['data'], 'campaign'>;

export interface Catalog {
  now: Date;
  site: CollectionEntry<'site'>['data'];
  fields: Field[];
  teams: Team[];
  campaigns: Campaign[];
  /** newest first */
  stories: Story[];
  /** newest first */
  announcements: Announcement[];
  events: SiteEvent[];
  /** what the monthly service records add up to */
  records: RecordTotals;
  /** the honour roll as it may be published: see honour-roll.ts */
  honours: HonourYear<CollectionEntry<'honours'>['data']['photo']>[];
  /** the star rules in force: site.yaml's, or the national rule for volunteers */
  stars: StarRules;
}

type StarRule = NonNullable<CollectionEntry<'site'>['data']['stars']>['volunteers'];
interface StarRules {
  volunteers: StarRule;
  teams?: StarRule;
}

const NATIONAL_RULE: StarRule = {
  thresholds: [...NATIONAL_VOLUNTEER_THRESHOLDS],
  rule: '全国通行的志愿者星级认定标准（2012 年），按累计服务时长评定。',
  sample: false,
};

let loading: Promise<Catalog> | undefined;
let loaded: Catalog | undefined;

/** The catalog of this build; every page shares one. */
export function getCatalog(): Promise<Catalog> {
  loading ??= loadCatalog().then((catalog) => (loaded = catalog));
  return loading;
}

/** The catalog once a page has loaded it (the incremental build compares reads after getStaticPaths). */
export function loadedCatalog(): Catalog {
  if (!loaded) throw new Error('loadedCatalog() before getCatalog() has finished');
  return loaded;
}

async function loadCatalog(): Promise<Catalog> {
  const now = buildNow();
  // MODE, not DEV: `astro build` reports DEV=true whenever NODE_ENV is not "production" (a shell
  // or a test runner may set it), and a draft must never be published by accident.
  const ctx = { now, showDrafts: import.meta.env.MODE === 'development' };
  const [
    siteEntries,
    fieldEntries,
    teamEntries,
    campaignEntries,
    storyEntries,
    announcementEntries,
    recordEntries,
    honourEntries,
  ] = await Promise.all([
    getCollection('site'),
    getCollection('fields'),
    entriesIn('teams'),
    entriesIn('campaigns'),
    entriesIn('stories'),
    entriesIn('announcements'),
    entriesIn('records'),
    entriesIn('honours'),
  ]);
  const site = siteEntries[0]?.data;
  if (!site) throw new Error('缺少 content/site.yaml：网站名称、主办单位、备案号等都写在这个文件里。');

  // Teams and campaigns have no publish time of their own; a draft is simply left out.
  const teamsOut = teamEntries.filter((t) => !t.data.draft || ctx.showDrafts);
  const campaignsOut = campaignEntries.filter((c) => !c.data.draft || ctx.showDrafts);
  const storiesOut = storyEntries.filter((s) => isPublished(s.data, ctx));
  const announcementsOut = announcementEntries.filter((a) => isPublished(a.data, ctx));

  guardContent(
    {
      site: siteEntries,
      fields: fieldEntries,
      teams: teamEntries,
      campaigns: campaignEntries,
      stories: storyEntries,
      announcements: announcementEntries,
      records: recordEntries,
      honours: honourEntries,
    },
    { draftsShown: ctx.showDrafts },
  );

  const fields: Field[] = fieldEntries
    .map((f) => ({ ...f.data, id: f.id, url: paths.field(f.id) }))
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const fieldById = new Map(fields.map((f) => [f.id, f]));
  const pickFields = (refs: Ref[]) => refs.map((r) => fieldById.get(r.id)!);

  const teams: Team[] = teamsOut
    .map((t) => ({
      ...t.data,
      id: t.id,
      url: paths.team(t.id),
      filePath: t.filePath ?? '',
      entry: t,
      fields: pickFields(t.data.fields),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  const teamById = new Map(teams.map((t) => [t.id, t]));

  const campaigns: Campaign[] = campaignsOut
    .map((c) => ({
      ...c.data,
      id: c.id,
      url: paths.campaign(c.id),
      filePath: c.filePath ?? '',
      entry: c,
      fields: pickFields(c.data.fields),
    }))
    .sort((a, b) => +b.start - +a.start || a.order - b.order);
  const campaignById = new Map(campaigns.map((c) => [c.id, c]));

  const stories: Story[] = storiesOut
    .map((s) => ({
      ...s.data,
      id: s.id,
      url: paths.story(s.id),
      filePath: s.filePath ?? '',
      entry: s,
      teams: s.data.teams.map((r) => teamById.get(r.id)!),
      fields: pickFields(s.data.fields),
      campaign: s.data.campaign ? campaignById.get(s.data.campaign.id) : undefined,
    }))
    .sort(newestFirst);

  const announcements: Announcement[] = announcementsOut
    .map((a) => ({
      ...a.data,
      // A press release under embargo goes out, and is dated, when the embargo lifts.
      published: publicFrom(a.data),
      id: a.id,
      url: paths.announcement(a.id),
      filePath: a.filePath ?? '',
      entry: a,
      campaign: a.data.campaign ? campaignById.get(a.data.campaign.id) : undefined,
    }))
    .sort(newestFirst);

  const events: SiteEvent[] = [
    ...announcements.flatMap((a) =>
      a.event
        ? [
            {
              id: `announcement-${a.id}`,
              title: a.title,
              ...a.event,
              description: a.summary,
              url: a.url,
              campaignId: a.campaign?.id,
              stamp: a.published,
            },
          ]
        : [],
    ),
    ...campaigns.flatMap((c) =>
      c.programme.map((item, i) => {
        const id = `campaign-${c.id}-${i + 1}`;
        return { id, ...item, url: `${c.url}#${id}`, campaignId: c.id, stamp: c.start };
      }),
    ),
  ];

  const records = recordTotals(
    recordEntries.map((e) => ({ month: e.data.month, rows: e.data.rows.map((r) => ({ ...r, team: r.team.id })) })),
    teams.map((t) => ({
      id: t.id,
      town: t.town,
      fieldIds: t.fields.map((f) => f.id),
      members: t.members,
      before: t.serviceHours,
    })),
  );
  const stars: StarRules = { volunteers: site.stars?.volunteers ?? NATIONAL_RULE, teams: site.stars?.teams };
  const honours = honourRoll(
    honourEntries
      .filter((e) => teamById.has(e.data.team.id))
      .map((e) => ({ year: e.id.split('-')[0]!, person: { ...e.data, team: e.data.team.id } })),
    stars.volunteers.thresholds,
  );

  // Pages read the catalog through the build's tracker, which notes what each one reads (page-reads.ts).
  reads.entries('fields', fields);
  reads.entries('teams', teams);
  reads.entries('campaigns', campaigns);
  reads.entries('stories', stories);
  reads.entries('announcements', announcements);
  // An entry's source (its front matter and rendered body) is read whole, by Astro's digest of its file.
  for (const { entry } of [...teams, ...campaigns, ...stories, ...announcements]) {
    const { digest } = entry as { digest?: string };
    if (digest) reads.whole(entry, digest);
  }
  return reads.root('catalog', {
    now,
    site,
    fields,
    teams,
    campaigns,
    stories,
    announcements,
    events,
    records,
    honours,
    stars,
  });
}

/** Upcoming and past events, as of this build. */
export function eventsAsOf(catalog: Catalog, filter: (e: SiteEvent) => boolean = () => true) {
  return splitEvents(catalog.events.filter(filter), catalog.now);
}

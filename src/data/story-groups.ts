/**
 * The stories of each team, field and campaign, worked out once per build and tracked as a root of
 * their own (src/lib/read-tracking.ts): a team's page then depends on its own stories, not on having
 * read every story's teams, which at 10,000 stories was 50,000 recorded reads for each such page.
 * Each list keeps the catalog's order (newest first).
 */
import { getCatalog, loadedCatalog, type Catalog, type Story } from './catalog.ts';
import { reads } from './page-reads.ts';

type Groups = Record<'team' | 'field' | 'campaign', Record<string, Story[]>>;

function groupStories(catalog: Catalog): Groups {
  const groups: Groups = { team: {}, field: {}, campaign: {} };
  const add = (kind: keyof Groups, id: string, story: Story) => (groups[kind][id] ??= []).push(story);
  for (const story of catalog.stories) {
    story.teams.forEach((t) => add('team', t.id, story));
    story.fields.forEach((f) => add('field', f.id, story));
    if (story.campaign) add('campaign', story.campaign.id, story);
  }
  return groups;
}

reads.lazy('story-groups', () => groupStories(loadedCatalog()));

/** The stories of one team, field or campaign, newest first. */
export async function storiesOf(kind: keyof Groups, id: string): Promise<Story[]> {
  const catalog = await getCatalog();
  return reads.derived('story-groups', () => groupStories(catalog))[kind][id] ?? [];
}

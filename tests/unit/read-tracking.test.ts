import { describe, expect, it } from 'vitest';
import { ReadTracker, STEP, type ReadSet } from '../../src/lib/read-tracking';

const path = (...steps: string[]) => steps.join(STEP);

/** A small catalog: two teams, two stories, one story naming both teams. */
function catalog() {
  const teams = [
    { id: 'qingnian', name: '青年志愿服务队' },
    { id: 'jinhui', name: '“金晖”助老志愿服务队' },
  ];
  const stories = [
    { id: 'a', title: '第一篇', published: new Date('2026-03-05T01:00:00Z'), teams: [teams[0]!, teams[1]!] },
    { id: 'b', title: '第二篇', published: new Date('2026-03-01T01:00:00Z'), teams: [teams[1]!] },
  ];
  return { site: { name: '新风' }, teams, stories };
}

function tracked(data = catalog()) {
  const reads = new ReadTracker();
  reads.entries('teams', data.teams);
  reads.entries('stories', data.stories);
  return { reads, data, root: reads.root('catalog', data) };
}

/** What a "page" reads while it runs, by path. */
function pageReads(reads: ReadTracker, render: () => unknown): Set<string> {
  const set: ReadSet = new Set();
  reads.run(set, render);
  return new Set([...set].map((id) => reads.pathOf(id)));
}

/** Each path a page read and what it gave, as the build records them. */
function recorded(reads: ReadTracker, render: () => unknown): [string, string][] {
  const set: ReadSet = new Set();
  reads.run(set, render);
  return reads.split(set).paths.map((id) => [reads.pathOf(id), reads.fingerprintOf(id)]);
}

describe('what a page reads', () => {
  it('notes each property a page reads, an entry by its own key wherever it is reached', () => {
    const { reads, root } = tracked();
    const seen = pageReads(reads, () => `${root.stories[0]!.title}：${root.stories[0]!.teams[1]!.name}`);
    expect([...seen]).toEqual([
      path('catalog', 'stories'),
      path('catalog', 'stories', '0'),
      path('stories:a', 'title'),
      path('stories:a', 'teams'),
      path('stories:a', 'teams', '1'),
      path('teams:jinhui', 'name'),
    ]);
  });

  it('notes nothing outside a page (getStaticPaths), and the data reads the same through the tracker', () => {
    const { reads, root, data } = tracked();
    const outside = pageReads(reads, () => undefined);
    expect(root.stories.map((s) => s.title)).toEqual(data.stories.map((s) => s.title));
    expect(outside.size).toBe(0);
    expect(root.stories[0]!.published).toBeInstanceOf(Date);
    expect(JSON.parse(JSON.stringify(root.site))).toEqual({ name: '新风' });
  });

  it('notes a slice of a list as the items it took and the length, not the whole list', () => {
    const { reads, root } = tracked();
    const seen = pageReads(reads, () => root.stories.slice(0, 1).map((s) => s.id));
    expect(seen.has(path('catalog', 'stories', '0'))).toBe(true);
    expect(seen.has(path('catalog', 'stories', '1'))).toBe(false);
    expect(seen.has(path('catalog', 'stories', 'length'))).toBe(true);
  });
});

describe('comparing a page’s reads with new data', () => {
  /** What each path the page read gives now, compared with what it gave in the last build. */
  function changedReads(
    render: (c: ReturnType<typeof catalog>) => unknown,
    edit: (c: ReturnType<typeof catalog>) => void,
  ) {
    const before = tracked();
    const read = recorded(before.reads, () => render(before.root));
    const data = catalog();
    edit(data);
    const after = tracked(data);
    return read.filter(([key, value]) => after.reads.fingerprintAt(key) !== value).map(([key]) => key);
  }
  const storyPage = (c: ReturnType<typeof catalog>) =>
    `${c.stories[1]!.title} ${c.stories[1]!.teams.map((t) => t.name).join()}`;

  it('finds nothing changed when nothing the page read changed', () => {
    expect(changedReads(storyPage, (c) => (c.stories[0]!.title = '改了第一篇'))).toEqual([]);
  });

  it('finds a changed title, a renamed team, and a story moved to another team', () => {
    expect(changedReads(storyPage, (c) => (c.stories[1]!.title = '改了'))).toEqual([path('stories:b', 'title')]);
    expect(changedReads(storyPage, (c) => (c.teams[1]!.name = '新名字'))).toEqual([path('teams:jinhui', 'name')]);
    expect(changedReads(storyPage, (c) => (c.stories[1]!.teams = [c.teams[0]!]))).toEqual([
      path('stories:b', 'teams', '0'),
    ]);
  });

  it('finds a list that gained an entry, and a date moved (a leaf compared whole)', () => {
    const listPage = (c: ReturnType<typeof catalog>) => c.stories.map((s) => s.title).join();
    expect(
      changedReads(listPage, (c) => c.stories.push({ id: 'c', title: '新', published: new Date(), teams: [] })),
    ).toContain(path('catalog', 'stories', 'length'));
    const datePage = (c: ReturnType<typeof catalog>) => c.stories[1]!.published.getTime();
    expect(changedReads(datePage, (c) => (c.stories[1]!.published = new Date('2026-03-02T01:00:00Z')))).toEqual([
      path('stories:b', 'published'),
    ]);
  });

  it('finds a deleted entry missing, and notices a property that was absent and now is set', () => {
    expect(changedReads(storyPage, (c) => c.stories.splice(1, 1))).toContain(path('stories:b', 'title'));
    const optional = (c: ReturnType<typeof catalog>) => (c.stories[0] as { video?: string }).video ?? '无';
    expect(changedReads(optional, (c) => Object.assign(c.stories[0]!, { video: 'film.mp4' }))).toEqual([
      path('stories:a', 'video'),
    ]);
  });
});

describe('values computed once and used by many pages', () => {
  it('notes a cached value’s reads for every page that uses it, not only the first', () => {
    const { reads, root } = tracked();
    const cache = new Map<string, { value: string; reads: ReadSet }>();
    const body = () => reads.memo(cache, 'a', () => root.stories[0]!.title.repeat(2));
    const first = pageReads(reads, body);
    const second = pageReads(reads, body);
    expect([...second]).toEqual([...first]);
    expect(second.has(path('stories:a', 'title'))).toBe(true);
  });

  it('tracks a derived list by what a page takes from it, not by everything that made it', () => {
    const { reads, root } = tracked();
    const feeds = () => reads.derived('feeds', () => root.teams.map((t) => ({ title: `${t.name}的故事` })));
    expect(recorded(reads, () => feeds()[0]!.title)).toEqual([
      [path('feeds', '0'), '{}'],
      [path('feeds', '0', 'title'), 's青年志愿服务队的故事'],
    ]);
  });

  it('reads an object registered whole by its fingerprint, not part by part', () => {
    const { reads, root, data } = tracked();
    reads.whole(data.site, 'digest-1');
    expect(recorded(reads, () => root.site.name)).toEqual([[path('catalog', 'site'), 'Wdigest-1']]);
  });

  it('notes the files a page had made, apart from its reads', () => {
    const { reads } = tracked();
    const set: ReadSet = new Set();
    reads.run(set, () => reads.noteFile('/_astro/cover_1a.webp'));
    expect(reads.split(set)).toEqual({ paths: [], files: ['/_astro/cover_1a.webp'] });
  });
});

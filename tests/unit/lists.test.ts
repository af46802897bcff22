import { describe, expect, it } from 'vitest';
import { isPublished, newestFirst, withNeighbours } from '../../src/lib/publishing';
import { isUpcoming, splitEvents } from '../../src/lib/events';
import { groupByField, groupByTown } from '../../src/lib/group-teams';
import { isSlug } from '../../src/lib/slug';
import { paths, absoluteUrl, scopeOf } from '../../src/lib/urls';
import { parseBeijingTime } from '../../src/lib/beijing-time';

const at = (s: string) => parseBeijingTime(s)!;

describe('publishing', () => {
  const now = at('2026-03-10 12:00');
  it('hides drafts and scheduled entries in production, shows both in dev', () => {
    expect(isPublished({ draft: true, published: at('2026-03-01') }, { now, showDrafts: false })).toBe(false);
    expect(isPublished({ draft: false, published: at('2026-03-11') }, { now, showDrafts: false })).toBe(false);
    expect(isPublished({ draft: false, published: at('2026-03-10 12:00') }, { now, showDrafts: false })).toBe(true);
    expect(isPublished({ draft: true, published: at('2026-03-11') }, { now, showDrafts: true })).toBe(true);
  });
  it('orders newest first and finds the stories either side', () => {
    const list = [
      { id: 'b', published: at('2026-03-01') },
      { id: 'a', published: at('2026-03-01') },
      { id: 'c', published: at('2026-03-05') },
    ].sort(newestFirst);
    expect(list.map((s) => s.id)).toEqual(['c', 'a', 'b']);
    const [c, a, b] = withNeighbours(list);
    expect(a).toEqual({ entry: list[1], newer: list[0], older: list[2] });
    expect(c!.newer).toBeUndefined();
    expect(b!.older).toBeUndefined();
  });
});

describe('events', () => {
  const e = (id: string, start: string, end?: string) => ({
    id,
    title: id,
    start: at(start),
    end: end ? at(end) : undefined,
    place: 'p',
    url: '/',
    stamp: at('2026-01-01'),
  });
  it('keeps an event upcoming until it ends', () => {
    expect(isUpcoming(e('x', '2026-03-10 09:00', '2026-03-10 11:00'), at('2026-03-10 10:00'))).toBe(true);
    expect(isUpcoming(e('x', '2026-03-10 09:00'), at('2026-03-10 20:00'))).toBe(true);
    expect(isUpcoming(e('x', '2026-03-10 09:00'), at('2026-03-11 00:01'))).toBe(false);
  });
  it('lists upcoming soonest first and past latest first', () => {
    const { upcoming, past } = splitEvents(
      [e('p1', '2026-03-01'), e('u2', '2026-04-02'), e('p2', '2026-03-05'), e('u1', '2026-04-01')],
      at('2026-03-20'),
    );
    expect(upcoming.map((x) => x.id)).toEqual(['u1', 'u2']);
    expect(past.map((x) => x.id)).toEqual(['p2', 'p1']);
  });
});

describe('team groups', () => {
  const teams = [
    { id: 'a', name: '乙队', fieldIds: ['f1', 'f2'], town: '永丰街道' },
    { id: 'b', name: '甲队', fieldIds: ['f2'], town: '凤凰街道' },
  ];
  it('shows a team under every field it serves, in field order, empty fields left out', () => {
    expect(groupByField(teams, ['f2', 'f1', 'f3']).map((g) => [g.fieldId, g.teams.map((t) => t.id)])).toEqual([
      ['f2', ['b', 'a']],
      ['f1', ['a']],
    ]);
  });
  it('groups by town', () => {
    expect(groupByTown(teams).map((g) => g.town)).toEqual(['凤凰街道', '永丰街道']);
  });
});

describe('slugs and URLs', () => {
  it('accepts pinyin slugs and refuses a Chinese one', () => {
    expect(isSlug('jinhui-zhulao')).toBe(true);
    expect(isSlug('金晖')).toBe(false);
  });
  it('builds every address one way', () => {
    expect(paths.stories(1)).toBe('/stories/');
    expect(paths.stories(3)).toBe('/stories/page/3/');
    expect(absoluteUrl(paths.team('qingnian'), 'https://xinfeng.example.org/')).toBe(
      'https://xinfeng.example.org/teams/qingnian/',
    );
    expect(scopeOf('/teams/qingnian/rss.xml', 'rss.xml')).toBe('teams/qingnian');
    expect(scopeOf('/rss.xml', 'rss.xml')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { REFERENCE_FIELDS, referencesIn } from '../../src/schema/reference-fields';

describe('reference fields, read off the content model', () => {
  it('knows a story names teams, fields and a campaign, and an announcement a campaign', () => {
    expect(REFERENCE_FIELDS.stories).toEqual([
      { path: ['teams', '[]'], collection: 'teams' },
      { path: ['fields', '[]'], collection: 'fields' },
      { path: ['campaign'], collection: 'campaigns' },
    ]);
    expect(REFERENCE_FIELDS.teams).toEqual([{ path: ['fields', '[]'], collection: 'fields' }]);
    expect(REFERENCE_FIELDS.announcements).toEqual([{ path: ['campaign'], collection: 'campaigns' }]);
    expect(REFERENCE_FIELDS.site).toEqual([]);
  });

  it('finds the references of front matter as written, naming each field', () => {
    const data = { teams: ['jinhui-zhulao', 'qingnian'], fields: ['zhulao-zhucan'], campaign: 'jinhui-zhulao' };
    expect(referencesIn('stories', data)).toEqual([
      { field: 'teams[0]', collection: 'teams', id: 'jinhui-zhulao' },
      { field: 'teams[1]', collection: 'teams', id: 'qingnian' },
      { field: 'fields[0]', collection: 'fields', id: 'zhulao-zhucan' },
      { field: 'campaign', collection: 'campaigns', id: 'jinhui-zhulao' },
    ]);
  });

  it('reads references Astro has already resolved to { collection, id }, and skips what is not there', () => {
    const data = { fields: [{ collection: 'fields', id: 'shequ-fuwu' }], teams: 42 };
    expect(referencesIn('stories', data)).toEqual([{ field: 'fields[0]', collection: 'fields', id: 'shequ-fuwu' }]);
  });

  it('reads one name written without the list’s brackets as one reference', () => {
    expect(referencesIn('stories', { teams: '金晖助老志愿服务队' })).toEqual([
      { field: 'teams', collection: 'teams', id: '金晖助老志愿服务队' },
    ]);
  });
});

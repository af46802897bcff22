import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { decapConfig } from '../../src/admin/decap-config';
import { decapFields, fieldLabel, type Choices, type DecapField } from '../../src/admin/decap-fields';
import { EDITOR_COLLECTIONS, type EditorCollectionName } from '../../src/admin/editor-collections';
import { collectionSchemas } from '../../src/schema/collections';

const choices: Choices = {
  teams: [{ label: '巨野县“金晖”助老志愿服务队', value: 'jinhui-zhulao' }],
  fields: [{ label: '助老助残', value: 'zhulao-zhucan' }],
  campaigns: [{ label: '金晖助老行动', value: 'jinhui-zhulao' }],
};
const COLLECTIONS = Object.keys(EDITOR_COLLECTIONS) as EditorCollectionName[];
const schemas = collectionSchemas({
  image: () => z.string(),
  reference: (collection) => z.string().transform((id) => ({ collection, id })),
});

interface Json {
  properties?: Record<string, Json>;
  anyOf?: Json[];
  items?: Json;
  title?: string;
}
/** Every field of a schema as a dotted path with its label, nested ones included. */
function schemaFields(json: Json, prefix = ''): [string, string | undefined][] {
  const object = json.anyOf?.find((o) => o.properties) ?? json;
  return Object.entries(object.properties ?? {}).flatMap(([name, child]) => {
    const path = prefix + name;
    const inner = child.anyOf?.find((o) => o.properties) ?? child.items ?? child;
    return [[path, child.title] as [string, string | undefined], ...schemaFields(inner, `${path}.`)];
  });
}
function formFields(fields: DecapField[], prefix = ''): [string, string][] {
  return fields.flatMap((f) => [
    [prefix + f.name, f.label] as [string, string],
    ...formFields((f.fields as DecapField[] | undefined) ?? [], `${prefix}${f.name}.`),
  ]);
}

describe('the editor’s forms, generated from the content model', () => {
  it.each(COLLECTIONS)('ask for every field of %s with its Chinese label, in the model’s order', (collection) => {
    const json = z.toJSONSchema(schemas[collection], { io: 'input', unrepresentable: 'any' }) as Json;
    const expected = schemaFields(json).filter(([path]) => path !== 'sample');
    expect(formFields(decapFields(collection, choices))).toEqual(expected);
    for (const [path, label] of expected) expect(label, path).toMatch(/\p{Script=Han}/u);
  });

  it('offers teams, service fields and campaigns by Chinese name, writing their ids', () => {
    const story = decapFields('stories', choices);
    const teams = story.find((f) => f.name === 'teams')!;
    expect(teams).toMatchObject({ widget: 'select', multiple: true, min: 1, options: choices.teams, required: true });
    expect(story.find((f) => f.name === 'campaign')).toMatchObject({ widget: 'select', required: false });
  });

  it('asks for days with a calendar and times with a clock, written in Beijing time without an offset', () => {
    const published = decapFields('stories', choices).find((f) => f.name === 'published')!;
    expect(published).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD HH:mm', picker_utc: false });
    const founded = decapFields('teams', choices).find((f) => f.name === 'founded')!;
    expect(founded).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
  });

  it('requires the cover with its alt text and credit, and shows the minors and review flags', () => {
    const story = decapFields('stories', choices);
    const cover = story.find((f) => f.name === 'cover')!;
    expect(cover.required).toBe(true);
    expect((cover.fields as DecapField[]).map((f) => [f.name, f.widget, f.required])).toEqual([
      ['image', 'image', true],
      ['alt', 'string', true],
      ['credit', 'string', true],
    ]);
    expect(story.filter((f) => f.widget === 'boolean').map((f) => f.label)).toEqual([
      '涉及未成年人',
      '已审核',
      '重要稿件',
      '草稿',
    ]);
  });

  it('leaves the fields of an optional group free, to be checked as a whole on saving', () => {
    const event = decapFields('announcements', choices).find((f) => f.name === 'event')!;
    expect(event.required).toBe(false);
    expect((event.fields as DecapField[]).every((f) => f.required === false)).toBe(true);
  });

  it('names a field the way the form labels it', () => {
    expect(fieldLabel('stories', 'cover.alt')).toBe('封面照片 › 照片说明');
    expect(fieldLabel('stories', 'teams[1]')).toBe('队伍（第 2 项）');
    expect(fieldLabel('teams', 'recruiting[0].role')).toBe('正在招募的岗位（第 1 项） › 岗位');
  });
});

describe('decapConfig', () => {
  const backend = {
    server: 'forgejo' as const,
    gitServer: 'https://git.juye.example',
    repo: 'juye/xinfeng',
    branch: 'main',
    appId: 'abc-123',
  };

  it('logs in to the county’s Forgejo with PKCE and sends every save to review (先审后发) where npm run new would write it', () => {
    const config = decapConfig({ choices, backend, siteUrl: 'https://xinfeng.example.org' })!;
    expect(config.locale).toBe('zh_Hans');
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({
      name: 'forgejo',
      repo: 'juye/xinfeng',
      api_root: 'https://git.juye.example/api/v1',
      auth_endpoint: 'https://git.juye.example/login/oauth/authorize',
      app_id: 'abc-123',
    });
    const collections = config.collections as Record<string, unknown>[];
    expect(collections.map((c) => [c.name, c.folder, c.path])).toEqual([
      ['stories', 'content/stories', '{{year}}/{{slug}}/index'],
      ['announcements', 'content/announcements', '{{year}}/{{slug}}'],
      ['teams', 'content/teams', '{{slug}}'],
      ['campaigns', 'content/campaigns', '{{slug}}'],
      ['records', 'content/records', '{{slug}}'],
      ['honours', 'content/honours', '{{slug}}'],
    ]);
    const draft = (collections[0]!.fields as DecapField[]).find((f) => f.name === 'draft');
    expect(draft).toMatchObject({ widget: 'boolean', default: false });
    expect(collections[0]).toMatchObject({ media_folder: '', public_folder: '', delete: false });
  });

  it('on Gitea, which has no review board, saves straight to the configured branch and starts new entries as drafts', () => {
    const config = decapConfig({
      choices,
      backend: { ...backend, server: 'gitea', branch: 'songshen' },
      siteUrl: 'https://xinfeng.example.org',
    })!;
    expect(config.publish_mode).toBeUndefined();
    expect(config.backend).toMatchObject({ name: 'gitea', branch: 'songshen' });
    const stories = (config.collections as Record<string, unknown>[])[0]!;
    expect((stories.fields as DecapField[]).find((f) => f.name === 'draft')).toMatchObject({ default: true });
  });

  it('saves through decap-server on this computer when npm run admin started it', () => {
    const config = decapConfig({
      choices,
      backend,
      localProxy: { url: 'http://127.0.0.1:8081/api/v1', branch: 'main' },
      siteUrl: 'https://xinfeng.example.org',
    })!;
    expect(config.backend).toMatchObject({ name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1', branch: 'main' });
    expect(config.publish_mode).toBe('editorial_workflow');
  });

  it('offers 审核 and 终审 only as the centre’s lists to choose from, on every kind that prints them', () => {
    const config = decapConfig({
      choices,
      backend,
      siteUrl: 'https://xinfeng.example.org',
      reviewers: ['陈静', '赵磊'],
      finalReviewers: ['孙伟'],
    })!;
    const printing = ['stories', 'announcements', 'campaigns'];
    for (const collection of (config.collections as Record<string, unknown>[]).filter((c) =>
      printing.includes(String(c.name)),
    )) {
      const fields = collection.fields as DecapField[];
      expect(fields.find((f) => f.name === 'reviewer')).toMatchObject({ widget: 'select', options: ['陈静', '赵磊'] });
      expect(fields.find((f) => f.name === 'finalReviewer')).toMatchObject({ widget: 'select', options: ['孙伟'] });
      expect(fields.find((f) => f.name === 'editor')).toMatchObject({ widget: 'string', label: '责任编辑' });
    }
  });

  it('takes a month of service records as the platform’s export, and an honour roll as a list with the privacy rules beside it', () => {
    const config = decapConfig({ choices, backend, siteUrl: 'https://xinfeng.example.org' })!;
    const [records, honours] = (config.collections as Record<string, unknown>[]).slice(-2);
    expect(records).toMatchObject({ extension: 'csv', format: 'xinfeng-records', create: true, delete: false });
    expect((records!.fields as DecapField[]).map((f) => f.widget)).toEqual(['string', 'xinfeng-records']);
    expect(honours).toMatchObject({ extension: 'yaml', format: 'xinfeng-honours' });
    const people = (honours!.fields as DecapField[]).find((f) => f.name === 'people')!;
    const fields = people.fields as DecapField[];
    expect(fields.map((f) => f.name)).toEqual(['name', 'team', 'hours', 'consent', 'minor', 'photo', 'note']);
    expect(fields.find((f) => f.name === 'team')).toMatchObject({ widget: 'select' });
    expect(fields.find((f) => f.name === 'consent')!.hint).toContain('书面同意公开全名');
    expect(fields.find((f) => f.name === 'minor')!.hint).toContain('不显示姓名、照片和事迹');
    expect(String(honours!.description)).toContain('不写身份证号、手机号和志愿者编号');
  });

  it('is not made at all when there is nowhere to save', () => {
    expect(decapConfig({ choices, siteUrl: 'https://xinfeng.example.org' })).toBeUndefined();
  });
});

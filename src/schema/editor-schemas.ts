/** JSON Schemas of the content model for editors: the zod schemas' input side, descriptions included. */
import { z } from 'astro/zod';
import { collectionSchemas, type CollectionName, type ReferencedCollection } from './collections.ts';
import { SLUG } from '../lib/slug.ts';

const schemas = collectionSchemas({
  image: () => z.string().describe('图片文件：放在本文件旁边，写成 ./文件名.jpg'),
  reference: <C extends ReferencedCollection>(collection: C) =>
    z
      .string()
      .regex(SLUG)
      .describe(`${{ fields: '服务领域', teams: '队伍', campaigns: '主题活动' }[collection]}的编号`)
      .transform((id) => ({ collection, id })),
});

const toJson = (name: CollectionName) => z.toJSONSchema(schemas[name], { io: 'input', unrepresentable: 'any' });

export function editorSchemas(): Record<string, unknown> {
  return {
    site: { title: 'content/site.yaml：网站信息', ...toJson('site') },
    // fields.yaml maps each field's id to its details.
    fields: {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'content/fields.yaml：服务领域',
      type: 'object',
      propertyNames: { pattern: SLUG.source },
      additionalProperties: toJson('fields'),
    },
    stories: { title: '志愿故事的字段', ...toJson('stories') },
    announcements: { title: '通知公告的字段', ...toJson('announcements') },
    teams: { title: '志愿服务队的字段', ...toJson('teams') },
    campaigns: { title: '主题活动的字段', ...toJson('campaigns') },
    // content/honours/YYYY.yaml is a list of people.
    honours: {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'content/honours/年份.yaml：光荣榜',
      type: 'array',
      items: toJson('honours'),
    },
  };
}

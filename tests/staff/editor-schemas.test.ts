import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorSchemas } from '../../src/schema/editor-schemas';
import { ROOT } from '../support/site-build';

describe('editor JSON Schemas in content/.schema/', () => {
  it('match the content model (run npm run schemas after changing src/schema/)', () => {
    for (const [name, schema] of Object.entries(editorSchemas())) {
      const committed = readFileSync(path.join(ROOT, 'sample/.schema', `${name}.schema.json`), 'utf-8');
      expect(committed, name).toBe(`${JSON.stringify(schema, null, 2)}\n`);
    }
  });
  it('explain each field in Chinese and list the allowed announcement kinds', () => {
    const stories = editorSchemas().stories as {
      properties: Record<string, { description?: string }>;
      required: string[];
    };
    expect(stories.properties.teams!.description).toContain('队伍编号');
    expect(stories.required).toEqual(
      expect.arrayContaining(['title', 'summary', 'published', 'teams', 'fields', 'cover', 'author']),
    );
    const announcements = editorSchemas().announcements as { properties: { kind: { enum: string[] } } };
    expect(announcements.properties.kind.enum).toEqual(['通知', '活动预告', '招募', '公示', '新闻稿']);
  });
});

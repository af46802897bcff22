import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { entryTemplate, type EntryKind } from '../../src/lib/entry-templates';
import { pinyinSlug, uniqueSlug } from '../../src/lib/pinyin-slug';
import { collectionSchemas } from '../../src/schema/collections';

const schemas = collectionSchemas({
  image: () => z.string(),
  reference: (c) => z.string().transform((id) => ({ collection: c, id })),
});
const COLLECTION: Record<EntryKind, 'stories' | 'announcements' | 'teams' | 'campaigns'> = {
  story: 'stories',
  announcement: 'announcements',
  team: 'teams',
  campaign: 'campaigns',
};

describe('entryTemplate', () => {
  it.each(Object.keys(COLLECTION) as EntryKind[])(
    'writes every field of the %s schema, optional ones commented out',
    (kind) => {
      const text = entryTemplate({
        kind,
        title: '测试',
        slug: 'ce-shi',
        today: '2026-11-29',
        now: '2026-11-29 10:00',
        team: 'qingnian',
        field: 'shequ-fuwu',
      });
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)![1]!;
      const written = new Set([...frontmatter.matchAll(/^#?\s?([a-zA-Z]+):/gm)].map((m) => m[1]));
      const json = z.toJSONSchema(schemas[COLLECTION[kind]], { io: 'input', unrepresentable: 'any' }) as {
        properties: Record<string, unknown>;
      };
      expect([...Object.keys(json.properties)].filter((key) => !written.has(key))).toEqual([]);
      expect(frontmatter).toMatch(/^draft: true/m);
    },
  );
});

describe('pinyinSlug', () => {
  it('spells a Chinese title in pinyin without tones', () => {
    expect(pinyinSlug('重阳敬老')).toBe('chong-yang-jing-lao');
    expect(pinyinSlug('绿色出行')).toBe('lv-se-chu-xing');
  });
  it('keeps Latin letters and digits, drops punctuation, and stays short', () => {
    expect(pinyinSlug('2026 学雷锋“志愿服务月”ABC')).toBe('2026-xue-lei-feng-zhi-yuan-fu-wu');
    expect(pinyinSlug('ABC 学雷锋')).toBe('abc-xue-lei-feng');
  });
  it('adds -2, -3 when the address is taken', () => {
    expect(uniqueSlug('chong-yang', new Set(['chong-yang', 'chong-yang-2']))).toBe('chong-yang-3');
    expect(uniqueSlug('chong-yang', new Set())).toBe('chong-yang');
  });
});

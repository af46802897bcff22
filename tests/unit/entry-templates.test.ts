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

  it.each(Object.keys(COLLECTION) as EntryKind[])('gives the %s body a line in Chinese to replace', (kind) => {
    const text = entryTemplate({ kind, title: '测试', slug: 'ce-shi', today: '2026-11-29', now: '2026-11-29 10:00' });
    const body = text.replace(/^---\n[\s\S]*?\n---\n/, '').trim();
    expect(body).toMatch(/^在这里/);
    expect(body).not.toContain('${');
  });
});

describe('pinyinSlug', () => {
  it('spells a Chinese title in pinyin without tones, a word at a time, reading each character in its word', () => {
    expect(pinyinSlug('巨野县义务理发志愿服务队')).toBe('juyexian-yiwu-lifa-zhiyuan');
    expect(pinyinSlug('冬季送温暖：志愿者走进独居老人家')).toBe('dongji-song-wennuan-zhiyuan');
    expect(pinyinSlug('绿色出行')).toBe('lvse-chuxing');
    // 重 is chong in 重阳, not zhong.
    expect(pinyinSlug('重阳敬老')).toBe('chongyang-jinglao');
  });
  it('keeps Latin letters and digits, drops punctuation and little words, and stays four words long', () => {
    expect(pinyinSlug('2026 学雷锋“志愿服务月”ABC')).toBe('2026-xue-leifeng-zhiyuan');
    expect(pinyinSlug('ABC 学雷锋')).toBe('abc-xue-leifeng');
    expect(pinyinSlug('重阳节里的敬老院', 8)).toBe('chongyangjie-li-jinglao-yuan');
  });
  it('adds -2, -3 when the address is taken', () => {
    expect(uniqueSlug('chong-yang', new Set(['chong-yang', 'chong-yang-2']))).toBe('chong-yang-3');
    expect(uniqueSlug('chong-yang', new Set())).toBe('chong-yang');
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EntryWriteError, fieldLines, writeEntry } from '../../src/lib/entry-writer';
import { parseYamlAsWritten, splitEntry } from '../../src/lib/front-matter';

const CONTENT = path.resolve(import.meta.dirname, '../../sample');
const ORDER = [
  'title',
  'summary',
  'published',
  'updated',
  'teams',
  'fields',
  'campaign',
  'cover',
  'author',
  'location',
];

function read(source: string) {
  const parts = splitEntry(source);
  return { data: parseYamlAsWritten(parts.yaml!, 'test') as Record<string, unknown>, body: parts.body };
}

/** Lines of `after` that are not lines of `before`, and the other way round. */
function changedLines(before: string, after: string) {
  const a = before.split('\n');
  const b = after.split('\n');
  return { added: b.filter((line) => !a.includes(line)), removed: a.filter((line) => !b.includes(line)) };
}

const STORY = `---
title: 一把扳手修好 30 辆轮椅：助残志愿者的“流动维修站”
summary: 每月开进一个乡镇，免费维修轮椅。
published: 2026-11-05 18:00   # 北京时间
teams: [yangguang-zhucan]
fields: [zhulao-zhucan]
# campaign: 活动编号
cover:
  image: ./cover.jpg
  alt: 示例插图：几位志愿者剪影
  credit: 示例插图（程序生成）
author: 阳光助残志愿服务队
sample: true
---

一辆三轮车、两个工具箱。

![维修站](./weixiu-1.jpg)
`;

describe('writeEntry', () => {
  const entries = readdirSync(CONTENT, { recursive: true, encoding: 'utf-8' }).filter((f) => f.endsWith('.md'));

  it('saves every sample entry unchanged when nothing was changed', () => {
    expect(entries.length).toBeGreaterThan(30);
    for (const file of entries) {
      const source = readFileSync(path.join(CONTENT, file), 'utf-8');
      const { data, body } = read(source);
      expect(writeEntry({ order: ORDER, data, body, source }), file).toBe(source);
    }
  });

  it('changes only the title line when the title changes, keeping comments and the rest byte for byte', () => {
    const { data, body } = read(STORY);
    const out = writeEntry({ order: ORDER, data: { ...data, title: '流动维修站开进章缝镇' }, body, source: STORY });
    expect(changedLines(STORY, out)).toEqual({
      added: ['title: 流动维修站开进章缝镇'],
      removed: ['title: 一把扳手修好 30 辆轮椅：助残志愿者的“流动维修站”'],
    });
  });

  it('keeps the comment after a one-line field whose value changes', () => {
    const { data, body } = read(STORY);
    const out = writeEntry({ order: ORDER, data: { ...data, published: '2026-11-06 09:00' }, body, source: STORY });
    expect(out).toContain('published: 2026-11-06 09:00   # 北京时间\n');
  });

  it('puts a new field after the field before it in the model and removes an emptied one', () => {
    const { data, body } = read(STORY);
    const out = writeEntry({
      order: ORDER,
      data: { ...data, location: '章缝镇', teams: ['yangguang-zhucan', 'qingnian'], author: '' },
      body,
      source: STORY,
    });
    expect(changedLines(STORY, out)).toEqual({
      added: ['teams: [yangguang-zhucan, qingnian]', 'location: 章缝镇'],
      removed: ['teams: [yangguang-zhucan]', 'author: 阳光助残志愿服务队'],
    });
    expect(out.indexOf('location:')).toBeGreaterThan(out.indexOf('credit:'));
  });

  it('rewrites a group field as a block and quotes a text only where YAML needs it', () => {
    const { data, body } = read(STORY);
    const cover = { image: './cover.jpg', alt: '志愿者在修轮椅: 特写', credit: '#巨野志愿# 王明' };
    const out = writeEntry({ order: ORDER, data: { ...data, cover }, body, source: STORY });
    expect(out).toContain('cover:\n  image: ./cover.jpg\n  alt: "志愿者在修轮椅: 特写"\n  credit: "#巨野志愿# 王明"\n');
    expect(read(out).data.cover).toEqual(cover);
  });

  it('replaces the body only when it changed, and writes it after one blank line', () => {
    const { data } = read(STORY);
    const out = writeEntry({ order: ORDER, data, body: '新的正文。\n\n第二段。', source: STORY });
    expect(out.endsWith('---\n\n新的正文。\n\n第二段。\n')).toBe(true);
  });

  it('keeps Windows line endings in a file written with them', () => {
    const crlf = STORY.replace(/\n/g, '\r\n');
    const { data, body } = read(crlf);
    const out = writeEntry({ order: ORDER, data: { ...data, title: '新标题' }, body, source: crlf });
    expect(out).toBe(crlf.replace(/title: .*\r\n/, 'title: 新标题\r\n'));
  });

  it('writes a new entry in the model’s order, lists of ids in brackets, nothing empty', () => {
    const out = writeEntry({
      order: ORDER,
      data: {
        author: '金晖助老志愿服务队',
        title: '冬季送温暖：志愿者走进独居老人家',
        location: '',
        teams: ['jinhui-zhulao'],
        published: '2026-12-12 09:00',
        cover: { image: './cover.jpg', alt: '志愿者为老人送棉衣', credit: '县融媒体中心' },
        draft: true,
      },
      body: '12 月 12 日一早……',
    });
    expect(out).toBe(`---
title: 冬季送温暖：志愿者走进独居老人家
published: 2026-12-12 09:00
teams: [jinhui-zhulao]
cover:
  image: ./cover.jpg
  alt: 志愿者为老人送棉衣
  credit: 县融媒体中心
author: 金晖助老志愿服务队
draft: true
---

12 月 12 日一早……
`);
  });

  it('refuses a file whose fields are not YAML', () => {
    const broken = '---\ntitle: [unclosed\n---\n正文\n';
    expect(() => writeEntry({ order: ORDER, data: { title: 'x' }, body: '正文', source: broken })).toThrow(
      EntryWriteError,
    );
  });
});

describe('fieldLines', () => {
  it('writes lists of groups as YAML block lists', () => {
    expect(fieldLines('recruiting', [{ role: '结对陪伴', needs: '有耐心', time: '每周一次' }])).toEqual([
      'recruiting:',
      '  - role: 结对陪伴',
      '    needs: 有耐心',
      '    time: 每周一次',
    ]);
  });

  it('keeps a text that looks like a number or a yes a text', () => {
    expect(fieldLines('phone', '05300000101')).toEqual(['phone: "05300000101"']);
    expect(fieldLines('town', 'true')).toEqual(['town: "true"']);
    expect(fieldLines('members', 126)).toEqual(['members: 126']);
  });
});

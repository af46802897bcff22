import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EditorCollectionName } from '../../src/admin/editor-collections';
import { readEntryFile, writeEntryFile } from '../../src/admin/entry-format';

const CONTENT = path.resolve(import.meta.dirname, '../../sample');
const samples = readdirSync(CONTENT, { recursive: true, encoding: 'utf-8' })
  .filter((file) => file.endsWith('.md'))
  .map((file) => ({ file, collection: file.split(path.sep)[0] as EditorCollectionName }));

const storyFile = 'stories/2026/lunyi-weixiu/index.md';
const story = () => readFileSync(path.join(CONTENT, storyFile), 'utf-8');

describe('the editor’s file format', () => {
  it('writes every sample entry back byte for byte after reading it', () => {
    expect(samples.length).toBeGreaterThan(30);
    for (const { file, collection } of samples) {
      const text = readFileSync(path.join(CONTENT, file), 'utf-8');
      expect(writeEntryFile(collection, readEntryFile(collection, text)), file).toBe(text);
    }
  });

  it('shows photos without "./" and writes them with it', () => {
    const form = readEntryFile('stories', story());
    expect((form.cover as { image: string }).image).toBe('cover.jpg');
    expect(form.photos).toEqual(['weixiu-1.jpg', 'weixiu-2.jpg']);
    const changed = { ...form, cover: { ...(form.cover as object), image: 'xin-fengmian.jpg' } };
    expect(writeEntryFile('stories', changed)).toContain('  image: ./xin-fengmian.jpg\n');
    const logo = readEntryFile('teams', readFileSync(path.join(CONTENT, 'teams/jinhui-zhulao.md'), 'utf-8'));
    expect((logo.logo as { image: string }).image).toBe('logos/jinhui-zhulao.jpg');
  });

  it('changes only the title line when only the title changes', () => {
    const before = story();
    const after = writeEntryFile('stories', { ...readEntryFile('stories', before), title: '流动维修站开进章缝镇' });
    const changed = after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
    expect(changed).toEqual(['title: 流动维修站开进章缝镇']);
  });

  it('writes a new story as npm run new would fill it in: model order, a draft, nothing empty or default', () => {
    const text = writeEntryFile('stories', {
      slug: 'dongji-song-wennuan',
      title: '冬季送温暖：志愿者走进独居老人家',
      summary: '12 月 12 日，“金晖”助老志愿服务队入户走访 40 位独居老人。',
      published: '2026-12-12 09:00',
      updated: '',
      teams: ['jinhui-zhulao'],
      fields: ['zhulao-zhucan'],
      campaign: null,
      cover: { image: 'songnuan.jpg', alt: '志愿者把棉衣送到老人手中', credit: '县融媒体中心' },
      author: '金晖助老志愿服务队',
      location: '',
      minors: false,
      reviewed: false,
      draft: true,
      photos: ['songnuan.jpg'],
      body: '12 月 12 日一早，志愿者们分组出发。',
    });
    expect(text).toBe(`---
title: 冬季送温暖：志愿者走进独居老人家
summary: 12 月 12 日，“金晖”助老志愿服务队入户走访 40 位独居老人。
published: 2026-12-12 09:00
teams: [jinhui-zhulao]
fields: [zhulao-zhucan]
cover:
  image: ./songnuan.jpg
  alt: 志愿者把棉衣送到老人手中
  credit: 县融媒体中心
author: 金晖助老志愿服务队
draft: true
---

12 月 12 日一早，志愿者们分组出发。
`);
  });

  it('marks a file it cannot read safely instead of handing the form an empty entry', () => {
    const form = readEntryFile('stories', '---\ntitle: [没有闭合\n---\n正文\n');
    expect(form.__unreadable).toMatch(/YAML/);
    expect(form.__source).toContain('没有闭合');
  });
});

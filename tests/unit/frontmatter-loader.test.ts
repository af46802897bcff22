/**
 * The loader that reads each entry's front matter as written scans only the body for images: the
 * body starts after the closing --- line, not inside the front matter.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { frontmatterAsWritten } from '../../src/loaders/frontmatter-as-written';

const dir = mkdtempSync(path.join(tmpdir(), 'xinfeng-loader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Loads one file through the loader, as Astro's glob loader would hand it over; returns its data. */
async function load(source: string): Promise<Record<string, unknown>> {
  const filePath = path.join(dir, 'index.md');
  writeFileSync(filePath, source);
  let parsed: Record<string, unknown> = {};
  const inner: Loader = {
    name: 'one-file',
    load: async (context) => {
      parsed = await context.parseData({ id: 'x', data: {}, filePath });
    },
  };
  const context = {
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
  } as unknown as LoaderContext;
  await frontmatterAsWritten(inner).load(context);
  return parsed;
}

describe('frontmatterAsWritten', () => {
  it('reads the front matter as written, times without an offset untouched', async () => {
    expect(await load('---\ntitle: 测试\npublished: 2026-03-03 09:00\n---\n正文\n')).toEqual({
      title: '测试',
      published: '2026-03-03 09:00',
    });
  });

  it('does not join the front matter’s last characters to the body when looking for images', async () => {
    // The front matter ends in "![" and the body begins "](./…)": neither alone is an image.
    const source = '---\ntitle: 测试\nsummary: 看这里![\n---\n](./nothere.jpg) 是正文里的一段文字。\n';
    await expect(load(source)).resolves.toMatchObject({ summary: '看这里![' });
  });

  it('stops on a missing image in the body, naming its line in the file', async () => {
    const source = '---\ntitle: 测试\n---\n\n第一段。\n\n![一张不存在的照片](./nothere.jpg)\n';
    await expect(load(source)).rejects.toThrow(/index\.md 第 7 行，字段 正文\n\s+问题：图片 \.\/nothere\.jpg 不存在/);
  });
});

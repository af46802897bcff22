/**
 * The build's loader reads each entry's front matter as written and holds its body and photos to the
 * rules: the body it scans starts after the closing --- line, not inside the front matter.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkedEntryData } from '../../src/loaders/entry-files';

const dir = mkdtempSync(path.join(tmpdir(), 'xinfeng-loader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The data the loader hands Astro for a file with this source, or its refusal. */
function load(source: string) {
  const filePath = path.join(dir, 'index.md');
  writeFileSync(filePath, source);
  return checkedEntryData(filePath);
}

describe('the build’s entry loader', () => {
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

  it('stops on a script in the body, as npm run check does', async () => {
    const source = '---\ntitle: 测试\n---\n\n<script>alert(1)</script>\n';
    await expect(load(source)).rejects.toThrow(/第 5 行，字段 正文\n\s+问题：正文里有 <script> 标签/);
  });
});

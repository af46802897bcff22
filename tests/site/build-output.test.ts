/**
 * What staff see when they build: the check's verdict, one line while Astro works, the search index
 * and where the site went. A line per page and per image (hundreds) used to bury all of that.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLE_BUILD_OUTPUT } from '../support/site-build';

const lines = readFileSync(SAMPLE_BUILD_OUTPUT, 'utf-8')
  .split('\n')
  .filter((line) => line.trim() !== '');

describe('npm run build on the sample content', () => {
  it('prints a handful of lines in Chinese, in order, ending with where the site is', () => {
    expect(lines.length).toBeLessThanOrEqual(8);
    const at = (text: string) => lines.findIndex((line) => line.includes(text));
    expect(at('内容检查通过')).toBeGreaterThanOrEqual(0);
    expect(at('正在生成网页')).toBeGreaterThan(at('内容检查通过'));
    expect(lines.at(-1)).toMatch(/^网站已生成到 .+\/。$/);
  });

  it('leaves out Astro’s line per page and per image', () => {
    expect(lines.filter((line) => /├─|▶|generating|\[build\]|\[vite\]/.test(line))).toEqual([]);
  });
});

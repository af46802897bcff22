import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompress } from '../../scripts/build/precompress';

const page = (n: number) =>
  `<!doctype html><html lang="zh-CN"><body>${'<p>志愿者走进独居老人家，送去棉衣。</p>'.repeat(n)}</body></html>`;

function site(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'xinfeng-compress-'));
  mkdirSync(path.join(dir, 'stories/a'), { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), page(200));
  writeFileSync(path.join(dir, 'stories/a/index.html'), page(100));
  writeFileSync(path.join(dir, 'rss.xml'), `<rss>${'<item>金晖助老</item>'.repeat(300)}</rss>`);
  writeFileSync(path.join(dir, 'robots.txt'), 'User-agent: *\n');
  writeFileSync(path.join(dir, 'cover.jpg'), Buffer.alloc(5000, 7));
  return dir;
}

describe('precompress', () => {
  it('writes Brotli and gzip copies of text files that decompress to the file, and none of small files or photos', async () => {
    const dir = site();
    const result = await precompress(dir);
    expect(result.compressed).toBe(3);
    for (const file of ['index.html', 'stories/a/index.html', 'rss.xml']) {
      const original = readFileSync(path.join(dir, file));
      expect(brotliDecompressSync(readFileSync(path.join(dir, `${file}.br`))).equals(original), file).toBe(true);
      expect(gunzipSync(readFileSync(path.join(dir, `${file}.gz`))).equals(original), file).toBe(true);
    }
    for (const file of ['robots.txt.br', 'cover.jpg.br', 'cover.jpg.gz'])
      expect(existsSync(path.join(dir, file)), file).toBe(false);
  });

  it('writes the same bytes every time', async () => {
    const [a, b] = [site(), site()];
    await precompress(a);
    await precompress(b);
    for (const file of ['index.html.br', 'index.html.gz', 'rss.xml.br']) {
      expect(readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file))), file).toBe(true);
    }
  });

  it('takes the previous site’s copies of unchanged files and compresses only what changed', async () => {
    const previous = site();
    await precompress(previous);
    const next = mkdtempSync(path.join(tmpdir(), 'xinfeng-compress-next-'));
    cpSync(previous, next, { recursive: true, filter: (f) => !/\.(br|gz)$/.test(f) });
    writeFileSync(path.join(next, 'stories/a/index.html'), page(101));
    const result = await precompress(next, previous);
    expect(result).toMatchObject({ compressed: 1, reused: 2 });
    expect(
      readFileSync(path.join(next, 'index.html.br')).equals(readFileSync(path.join(previous, 'index.html.br'))),
    ).toBe(true);
    expect(brotliDecompressSync(readFileSync(path.join(next, 'stories/a/index.html.br'))).toString()).toBe(page(101));
  });
});

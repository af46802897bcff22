import { describe, expect, it } from 'vitest';
import { queryChunkUrls } from '../../src/lib/index-chunks';

// Ranges as Pagefind writes them into a bundle's metadata (from .bench/out-2500), shortened.
const chunks = [
  ['00', 'zh-cn_a'],
  ['9', 'zh-cn_b'],
  ['儿童', 'zh-cn_c'],
  ['推广', 'zh-cn_d'],
  ['留守', 'zh-cn_e'],
] as const;
const bundles = [
  { path: '/pagefind-2/', chunks },
  { path: '/pagefind/', chunks: [['00', 'zh-cn_f']] as const },
];

describe('the index chunks a query needs', () => {
  it('finds the chunk whose range holds the word, in every bundle', () => {
    expect(queryChunkUrls(bundles, '敬老')).toEqual([
      '/pagefind-2/index/zh-cn_d.pf_index',
      '/pagefind/index/zh-cn_f.pf_index',
    ]);
  });

  it('splits Chinese into words the way Pagefind does, one chunk for each', () => {
    // 留守儿童 is two words, 留守 and 儿童, in different chunks.
    expect(queryChunkUrls([bundles[0]!], '留守儿童')).toEqual([
      '/pagefind-2/index/zh-cn_e.pf_index',
      '/pagefind-2/index/zh-cn_c.pf_index',
    ]);
  });

  it('drops punctuation and lowercases, as Pagefind does before looking words up', () => {
    expect(queryChunkUrls([bundles[0]!], '“敬老”！')).toEqual(['/pagefind-2/index/zh-cn_d.pf_index']);
    // "Abc" is looked up as "abc", which sorts after every Chinese-free range start here but 9 < a.
    expect(queryChunkUrls([bundles[0]!], 'ABC')).toEqual(['/pagefind-2/index/zh-cn_b.pf_index']);
  });

  it('orders by code point as Pagefind (Rust) does, not by UTF-16 unit', () => {
    // U+FF10 (a full-width digit) sorts before U+1F600 by code point, after it by UTF-16 unit.
    const ordered = [
      {
        path: '/p/',
        chunks: [
          ['\uFF10', 'zh-cn_wide'],
          ['\u{1F600}', 'zh-cn_emoji'],
        ] as const,
      },
    ];
    expect(queryChunkUrls(ordered, '\u{1F601}')).toEqual(['/p/index/zh-cn_emoji.pf_index']);
  });

  it('needs nothing for an empty or all-punctuation query', () => {
    expect(queryChunkUrls(bundles, '')).toEqual([]);
    expect(queryChunkUrls(bundles, '！？')).toEqual([]);
  });
});

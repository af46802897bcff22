import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { indexBundle, searchHints, withSearchHints } from '../../src/lib/search-hints';
import { readBundles } from '../../src/lib/search-bundles';
import { earlyChunksScript } from '../../src/lib/index-chunks';

const entry = (hash: string) => ({ languages: { 'zh-cn': { hash, wasm: null, page_count: 10 } } });
const bundles = [
  indexBundle('/pagefind-2/', entry('zh-cn_new'), [['00', 'zh-cn_a']]),
  indexBundle('/pagefind/', entry('zh-cn_old'), [['00', 'zh-cn_b']]),
];
const policy = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='">`;
const page = `<html><head>${policy}<link rel="stylesheet" href="/_astro/a.css"></head><body><site-search><form></form></site-search><script type="module" src="/_astro/search.js"></script></body></html>`;

describe('search page hints', () => {
  it('reads a bundle from its entry file', () => {
    expect(bundles[0]).toEqual({
      path: '/pagefind-2/',
      tag: 'zh-cn_new',
      wasm: 'wasm.unknown.pagefind',
      chunks: [['00', 'zh-cn_a']],
    });
    expect(() => indexBundle('/pagefind/', { languages: {} }, [])).toThrow(/zh-cn/);
  });

  it('announces one script and one WebAssembly, and every bundle’s entry and metadata', () => {
    const hints = searchHints(bundles);
    expect(hints.match(/pagefind\.js/g)).toHaveLength(1);
    expect(hints).toContain('<link rel="modulepreload" href="/pagefind-2/pagefind.js">');
    expect(hints.match(/wasm\./g)).toHaveLength(1);
    expect(hints).toContain('href="/pagefind-2/wasm.unknown.pagefind" as="fetch" crossorigin');
    // The entry under the URL Pagefind asks for when given metaCacheTag, the metadata under its own name.
    expect(hints).toContain('href="/pagefind/pagefind-entry.json?ts=zh-cn_old" as="fetch" crossorigin');
    expect(hints).toContain('href="/pagefind/pagefind.zh-cn_old.pf_meta" as="fetch" crossorigin');
    expect(hints).toContain('href="/pagefind-2/pagefind.zh-cn_new.pf_meta"');
  });

  it('writes the hints and the bundle list into the head, read back as they were, its script allowed by hash', () => {
    const html = withSearchHints(page, bundles);
    const head = html.split('</head>')[0]!;
    // Ahead of the stylesheet, which a script in the head would wait for; the page's own script announced.
    expect(head.indexOf('<script data-bundles')).toBeLessThan(head.indexOf('rel="stylesheet"'));
    expect(head).toContain('<link rel="modulepreload" href="/_astro/search.js">');
    expect(html).toContain('<script type="module" async src="/_astro/search.js">');
    expect(head).toContain('<link rel="modulepreload" href="/pagefind-2/pagefind.js">');
    const attribute = /<script data-bundles="([^"]*)">/
      .exec(head)![1]!
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    expect(readBundles(attribute)).toEqual([
      { path: '/pagefind-2/', tag: 'zh-cn_new', chunks: [['00', 'zh-cn_a']] },
      { path: '/pagefind/', tag: 'zh-cn_old', chunks: [['00', 'zh-cn_b']] },
    ]);
    const script = earlyChunksScript();
    expect(head).toContain(`>${script}</script>`);
    const hash = createHash('sha256').update(script).digest('base64');
    expect(head).toContain(`script-src 'self' 'sha256-abc=' 'sha256-${hash}'`);
    expect(readBundles(undefined)).toBeUndefined();
  });

  it('keeps a word of the index that looks like markup inside its attribute', () => {
    const word = '"><img src=x onerror=alert(1)>';
    const html = withSearchHints(page, [indexBundle('/pagefind/', entry('zh-cn_x'), [[word, 'zh-cn_c']])]);
    const attribute = /<script data-bundles="([^"]*)">/.exec(html)![1]!;
    expect(readBundles(attribute.replace(/&quot;/g, '"').replace(/&amp;/g, '&'))![0]!.chunks[0]![0]).toBe(word);
  });

  it('refuses a search page without its element or its policy, rather than publish one that lost its hints', () => {
    expect(() => withSearchHints(`<html><head>${policy}</head><body></body></html>`, bundles)).toThrow(/site-search/);
    expect(() =>
      withSearchHints('<html><head></head><body><site-search></site-search></body></html>', bundles),
    ).toThrow(/Content-Security-Policy/);
  });
});

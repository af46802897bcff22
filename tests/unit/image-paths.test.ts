import { describe, expect, it } from 'vitest';
import { imageReferences } from '../../src/lib/image-paths';

describe('imageReferences', () => {
  it('finds every photo field of the front matter, and the body’s own images with the body line of each', () => {
    const refs = imageReferences(
      { cover: { image: './cover.jpg', alt: 'x' }, logo: { image: 'https://x/y.png' } },
      '正文\n![一张图](./a.jpg)\n![远程](https://x/b.jpg)\n\n![再一张](../b.png)',
    );
    expect(refs).toEqual([
      { field: 'cover.image', path: './cover.jpg' },
      { field: 'logo.image', path: 'https://x/y.png' },
      { field: '正文', path: './a.jpg', bodyLine: 2 },
      { field: '正文', path: '../b.png', bodyLine: 5 },
    ]);
  });
});

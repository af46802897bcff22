import { describe, expect, it } from 'vitest';
import { imageReferences, missingImageMessage } from '../../src/lib/image-paths';

describe('imageReferences', () => {
  it('finds images in front matter and in the body', () => {
    const refs = imageReferences(
      { cover: { image: './cover.jpg', alt: 'x' }, logo: { image: 'https://x/y.png' } },
      '正文\n![一张图](./a.jpg)\n![远程](https://x/b.jpg)',
    );
    expect(refs).toEqual([
      { field: 'cover.image', path: './cover.jpg' },
      { field: '正文', path: './a.jpg' },
    ]);
  });
  it('explains where the missing image should go', () => {
    expect(missingImageMessage('content/stories/2026/a/index.md', { field: 'cover.image', path: './c.jpg' })).toMatch(
      /index\.md：字段 cover\.image .*\.\/c\.jpg 不存在/,
    );
  });
});

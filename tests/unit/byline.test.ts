import { describe, expect, it } from 'vitest';
import { bylineParts, bylineText } from '../../src/lib/byline';

describe('bylineParts (来源 / 作者 / 责任编辑 / 审核)', () => {
  it('names who answers for the page, in the order government and news pages print them', () => {
    expect(
      bylineText({
        source: '巨野县新时代文明实践中心',
        author: '金晖助老志愿服务队',
        editor: '刘洋',
        reviewer: '陈静',
      }),
    ).toBe('来源：巨野县新时代文明实践中心　作者：金晖助老志愿服务队　责任编辑：刘洋　审核：陈静');
  });

  it('leaves out what was not written, and an author who is the source', () => {
    expect(bylineParts({ source: '县文明办', author: '县文明办', reviewer: '陈静', finalReviewer: '孙伟' })).toEqual([
      { label: '来源', name: '县文明办' },
      { label: '审核', name: '陈静' },
      { label: '终审', name: '孙伟' },
    ]);
  });
});

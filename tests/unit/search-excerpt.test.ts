import { describe, expect, it } from 'vitest';
import { readableExcerpt } from '../../src/lib/search-excerpt';

describe('readableExcerpt', () => {
  it('marks a matched Chinese word once instead of each character apart', () => {
    expect(readableExcerpt('免费<mark>义</mark><mark>诊</mark>，上门随访')).toBe('免费<mark>义诊</mark>，上门随访');
    expect(readableExcerpt('县青年<mark>志愿</mark><mark>服务</mark>队')).toBe('县青年<mark>志愿服务</mark>队');
  });

  it('keeps two matches apart when text stands between them', () => {
    expect(readableExcerpt('<mark>志愿</mark>者<mark>服务</mark>群众')).toBe(
      '<mark>志愿</mark>者<mark>服务</mark>群众',
    );
  });

  it('joins a heading to the next block with 。 and drops a joiner at the start', () => {
    expect(readableExcerpt('. 学雷锋志愿服务月圆满结束. 发布单位：巨野县新时代文明实践中心')).toBe(
      '学雷锋志愿服务月圆满结束。发布单位：巨野县新时代文明实践中心',
    );
    expect(readableExcerpt('发布时间：2026年4月2日 09:00. 根据')).toBe('发布时间：2026年4月2日 09:00。根据');
    expect(readableExcerpt('把<mark>义诊</mark>. 3 月 5 日')).toBe('把<mark>义诊</mark>。3 月 5 日');
  });

  it('leaves decimals and English sentences alone', () => {
    expect(readableExcerpt('1.2 万人次')).toBe('1.2 万人次');
    expect(readableExcerpt('Mr. Li said so. Then')).toBe('Mr. Li said so. Then');
  });
});

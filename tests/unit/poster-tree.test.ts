import { describe, expect, it } from 'vitest';
import {
  POSTER,
  POSTER_HINT,
  coverHeight,
  posterText,
  posterTree,
  type PosterData,
  type PosterNode,
} from '../../src/lib/poster-tree';

const data: PosterData = {
  site: '新风·测试志愿',
  title: '红马甲进社区：义诊理发一上午',
  byline: '2026年11月20日 · 红马甲志愿服务队',
  credit: '图：县融媒体中心',
  url: 'https://wmsj.ceshi.example.cn/stories/hongmajia-yizhen/',
};
const images = (node: PosterNode): string[] =>
  node.type === 'img'
    ? [node.props.src!]
    : Array.isArray(node.props.children)
      ? node.props.children.flatMap(images)
      : [];
const texts = (node: PosterNode): string[] =>
  typeof node.props.children === 'string'
    ? [node.props.children]
    : Array.isArray(node.props.children)
      ? node.props.children.flatMap(texts)
      : [];

describe('a share poster', () => {
  it('prints the site, the title, the date and team, the credit and the hint, in that order', () => {
    const tree = posterTree(data, { cover: 'data:image/jpeg;base64,AA', qr: 'data:image/png;base64,BB' });
    expect(texts(tree)).toEqual([data.site, '图：县融媒体中心', data.title, data.byline, POSTER_HINT]);
    expect(images(tree)).toEqual(['data:image/jpeg;base64,AA', 'data:image/png;base64,BB']);
  });

  it('without a credit (a story with minors in it) shows no photo, whatever it is handed', () => {
    const tree = posterTree(
      { ...data, credit: undefined },
      { cover: 'data:image/jpeg;base64,AA', qr: 'data:image/png;base64,BB' },
    );
    expect(images(tree)).toEqual(['data:image/png;base64,BB']);
    expect(texts(tree)).not.toContain('图：县融媒体中心');
  });

  it('cuts its fonts to exactly the characters it prints', () => {
    const text = posterText(data);
    for (const part of texts(posterTree(data, { cover: 'x', qr: 'y' })))
      for (const c of part) expect(text).toContain(c);
  });

  it('gives a long title the room it needs by shortening the cover, so the QR code stays on the poster', () => {
    expect(coverHeight('红马甲进社区：义诊理发一上午')).toBe(POSTER.coverHeight);
    const long = '重阳节里的敬老院：一场为老人办的“集体生日会”，六十多位老人和志愿者一起吃长寿面、看节目';
    expect(coverHeight(long)).toBeLessThan(POSTER.coverHeight);
    expect(coverHeight(long.repeat(4))).toBe(400);
  });
});

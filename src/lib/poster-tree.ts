/**
 * A share poster's layout (issue 28): portrait 1080 × 1440, the site's name on a red band, the cover,
 * its credit, the title in large type, the date and team, and a QR code of the page with "长按识别二维码
 * 阅读全文"; without a photo, the title stands large on the red. Written as the element tree satori lays
 * out (its own line breaking follows the Unicode rules, so no closing punctuation starts a line). A story
 * with minors in it gets no photo.
 */

export const POSTER = { width: 1080, height: 1440, coverHeight: 760 } as const;
export const POSTER_HINT = '长按识别二维码阅读全文';
/** Changes whenever the layout does, so cached posters of the old layout are not reused. */
export const POSTER_LAYOUT_VERSION = 6;

export interface PosterData {
  site: string;
  title: string;
  /** the date and who, e.g. 2026年10月18日 · 阳光助残志愿服务队 */
  byline: string;
  /** the cover's credit as printed under it (图：…, 摄制：…); absent without a cover */
  credit?: string;
  /** the page's address, in the QR code */
  url: string;
}

/** The parts satori reads: an element with a style and children. */
export interface PosterNode {
  type: 'div' | 'img';
  props: { style: Record<string, string | number>; children?: string | PosterNode[]; src?: string };
}

const div = (style: PosterNode['props']['style'], children: string | PosterNode[]): PosterNode => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});
const img = (src: string, style: PosterNode['props']['style']): PosterNode => ({ type: 'img', props: { src, style } });

/** What the poster prints, part by part, named as a staff member would look for it. */
export const posterParts = (p: PosterData) => [
  { label: '网站名称（site.yaml 的 name）', text: p.site },
  { label: '标题（title）', text: p.title },
  { label: '日期和队伍', text: p.byline },
  { label: '图片署名（credit）', text: p.credit ?? '' },
  { label: '提示语', text: POSTER_HINT },
];

/** Every character the poster prints: what its fonts are cut down to. */
export const posterText = (p: PosterData) =>
  posterParts(p)
    .map(({ text }) => text)
    .join('');

const TITLE = { withCover: 60, alone: 84, lineHeight: 1.35, margin: 56 } as const;

/** About how many lines a title takes at a size: a Chinese character is one em wide, Latin about half. */
function titleLines(title: string, fontSize: number): number {
  const ems = [...title].reduce((width, c) => width + (c.codePointAt(0)! < 0x2e80 ? 0.55 : 1), 0);
  return Math.max(1, Math.ceil(ems / ((POSTER.width - 2 * TITLE.margin) / fontSize)));
}

/** The cover's height: shorter by a line for each line of title past two, so the QR code stays on the poster. */
export const coverHeight = (title: string) =>
  Math.max(
    400,
    POSTER.coverHeight -
      Math.max(0, titleLines(title, TITLE.withCover) - 2) * Math.ceil(TITLE.withCover * TITLE.lineHeight),
  );

/** The poster's red: the site's own (--red), with white text at 6.4:1. */
const RED = '#b3261e';
const INK = '#1f1f1f';

const siteBand = (p: PosterData, images: PosterImages) =>
  div({ alignItems: 'center', height: 120, fontSize: 44, fontWeight: 700, color: '#ffffff' }, [
    ...(images.mark ? [img(images.mark, { width: 64, height: 64, marginRight: 20 })] : []),
    div({}, p.site),
  ]);

const qrRow = (images: PosterImages) =>
  div({ alignItems: 'center', padding: '0 56px 48px', marginTop: 'auto' }, [
    img(images.qr, { width: images.qrSize ?? 240, height: images.qrSize ?? 240 }),
    div({ marginLeft: 32, fontSize: 36, fontWeight: 700, color: INK }, POSTER_HINT),
  ]);

interface PosterImages {
  /** the site's mark, drawn light on the red band */
  mark?: string;
  cover?: string;
  qr: string;
  qrSize?: number;
}

/** With a photo: the site's band, the cover and its credit, then the title and byline on paper. */
function withCover(p: PosterData, images: PosterImages, cover: string): PosterNode[] {
  return [
    div({ padding: '0 56px', background: RED }, [siteBand(p, images)]),
    img(cover, { width: POSTER.width, height: coverHeight(p.title), objectFit: 'cover' }),
    div({ padding: '10px 56px 0', fontSize: 24, color: '#555555' }, p.credit ?? ''),
    div({ flexDirection: 'column', padding: '28px 56px 0' }, [
      div({ fontSize: TITLE.withCover, fontWeight: 700, lineHeight: TITLE.lineHeight, color: INK }, p.title),
      div({ marginTop: 24, fontSize: 30, color: '#444444' }, p.byline),
    ]),
  ];
}

/** Without one (an announcement, a story with minors in it): the title large, white on the site's red. */
function alone(p: PosterData, images: PosterImages): PosterNode[] {
  const size = titleLines(p.title, TITLE.alone) > 5 ? TITLE.withCover : TITLE.alone;
  return [
    div({ flexDirection: 'column', height: 960, padding: '0 56px', background: RED, color: '#ffffff' }, [
      siteBand(p, images),
      div({ marginTop: 130, width: 120, height: 8, background: '#e8c35a' }, []),
      div({ marginTop: 48, fontSize: size, fontWeight: 700, lineHeight: TITLE.lineHeight }, p.title),
      div({ marginTop: 40, fontSize: 34, color: '#fbe9c6' }, p.byline),
    ]),
  ];
}

/** The layout, with the cover (if any) and the QR code as data: URLs. */
export function posterTree(p: PosterData, images: PosterImages): PosterNode {
  return div(
    {
      width: POSTER.width,
      height: POSTER.height,
      flexDirection: 'column',
      background: '#fffdf8',
      fontFamily: 'Noto Sans SC',
    },
    [...(images.cover && p.credit ? withCover(p, images, images.cover) : alone(p, images)), qrRow(images)],
  );
}

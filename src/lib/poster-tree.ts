/**
 * A share poster's layout (issue 28): portrait 1080 × 1440, the site's name on a red band, the cover,
 * its credit, the title in large type, the date and team, and a QR code of the page with "长按识别二维码
 * 阅读全文". Written as the element tree satori lays out (its own line breaking follows the Unicode
 * rules, so no closing punctuation starts a line). A story with minors in it gets no photo.
 */

export const POSTER = { width: 1080, height: 1440, coverHeight: 760 } as const;
export const POSTER_HINT = '长按识别二维码阅读全文';
/** Changes whenever the layout does, so cached posters of the old layout are not reused. */
export const POSTER_LAYOUT_VERSION = 4;

export interface PosterData {
  site: string;
  title: string;
  /** the date and who, e.g. 2026年10月18日 · 阳光助残志愿服务队 */
  byline: string;
  /** the cover's credit, printed under it; absent without a cover */
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

const creditLine = (p: PosterData) => (p.credit ? `图：${p.credit}` : '');

/** Every character the poster prints: what its fonts are cut down to. */
export const posterText = (p: PosterData) => [p.site, p.title, p.byline, creditLine(p), POSTER_HINT].join('');

const TITLE = { withCover: 60, alone: 76, lineHeight: 1.35, margin: 56 } as const;

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

/** The layout, with the cover (if any) and the QR code as data: URLs. */
export function posterTree(p: PosterData, images: { cover?: string; qr: string; qrSize?: number }): PosterNode {
  const cover =
    images.cover && p.credit
      ? [
          img(images.cover, { width: POSTER.width, height: coverHeight(p.title), objectFit: 'cover' }),
          div({ padding: '10px 56px 0', fontSize: 24, color: '#555555' }, creditLine(p)),
        ]
      : [];
  return div(
    {
      width: POSTER.width,
      height: POSTER.height,
      flexDirection: 'column',
      background: '#fffdf8',
      fontFamily: 'Noto Sans SC',
    },
    [
      div(
        {
          alignItems: 'center',
          height: 120,
          padding: '0 56px',
          background: '#b3261e',
          color: '#ffffff',
          fontSize: 44,
          fontWeight: 700,
        },
        p.site,
      ),
      ...cover,
      div({ flexDirection: 'column', flexGrow: 1, padding: cover.length ? '28px 56px 0' : '96px 56px 0' }, [
        div(
          {
            fontSize: cover.length ? TITLE.withCover : TITLE.alone,
            fontWeight: 700,
            lineHeight: TITLE.lineHeight,
            color: '#1f1f1f',
          },
          p.title,
        ),
        div({ marginTop: 24, fontSize: 30, color: '#444444' }, p.byline),
      ]),
      div({ alignItems: 'center', padding: '0 56px 48px' }, [
        img(images.qr, { width: images.qrSize ?? 240, height: images.qrSize ?? 240 }),
        div({ marginLeft: 32, fontSize: 36, fontWeight: 700, color: '#1f1f1f' }, POSTER_HINT),
      ]),
    ],
  );
}

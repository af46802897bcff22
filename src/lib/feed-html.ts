/**
 * Turns the HTML a page shows into HTML a feed reader can show anywhere: every link and image URL
 * absolute, no scripts, styles or Astro's internal attributes, nothing XML forbids.
 */
import sanitizeHtml from 'sanitize-html';
import { xmlSafe } from './xml-text.ts';

const absolute = (url: string, site: string) => {
  try {
    return new URL(url, site).href;
  } catch {
    return url;
  }
};

const absoluteSrcset = (srcset: string, site: string) =>
  srcset
    .split(',')
    .map((candidate) => {
      const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
      return [absolute(url, site), ...descriptor].join(' ');
    })
    .join(', ');

export function feedHtml(html: string, site: string): string {
  return xmlSafe(
    sanitizeHtml(html, {
      allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'picture', 'source', 'figure', 'figcaption', 'time'],
      allowedAttributes: {
        a: ['href', 'title'],
        img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height'],
        source: ['srcset', 'sizes', 'type'],
        time: ['datetime'],
        '*': ['id'],
      },
      allowedSchemes: ['http', 'https', 'mailto', 'tel'],
      transformTags: {
        a: (tagName, attribs) => ({
          tagName,
          attribs: attribs.href ? { ...attribs, href: absolute(attribs.href, site) } : attribs,
        }),
        img: (tagName, attribs) => ({
          tagName,
          attribs: {
            ...attribs,
            ...(attribs.src ? { src: absolute(attribs.src, site) } : {}),
            ...(attribs.srcset ? { srcset: absoluteSrcset(attribs.srcset, site) } : {}),
          },
        }),
        source: (tagName, attribs) => ({
          tagName,
          attribs: attribs.srcset ? { ...attribs, srcset: absoluteSrcset(attribs.srcset, site) } : attribs,
        }),
      },
    }),
  );
}

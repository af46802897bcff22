/**
 * Turns the HTML a page shows into HTML a feed reader can show anywhere: exactly what the allow-list
 * lets a page render (src/lib/allow-list.ts, the same list the check and the page use), with every
 * link and image URL absolute and nothing XML forbids. The build's own presentation attributes
 * (lazy loading, Astro's image markers) stay on the page.
 */
import { escapeAttribute, escapeText } from 'entities';
import sanitizeHtml from 'sanitize-html';
import {
  ALLOWED_ELEMENTS,
  allowedAttributes,
  attributeAllowed,
  DANGEROUS_ELEMENTS,
  URL_ATTRIBUTES,
} from './allow-list.ts';
import { SAFE_SCHEMES } from './safe-url.ts';
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

const TAGS = Object.keys(ALLOWED_ELEMENTS);

/** sanitize-html reads allowedEmptyAttributes (since 2.8); its type definitions have not caught up. */
type Options = sanitizeHtml.IOptions & { allowedEmptyAttributes: string[] };

/** A photo file standing in for an image of the page, in the order the page shows them. */
export interface FeedPhoto {
  /** absolute */
  url: string;
  width: number;
  height: number;
}

/**
 * `photos`, when given, replace the page's images one by one (their WebP sizes) with single JPEG files,
 * which every newsroom system takes.
 */
export function feedHtml(html: string, site: string, photos?: readonly FeedPhoto[]): string {
  const next = photos ? [...photos] : undefined;
  const options: Options = {
    allowedTags: TAGS,
    allowedAttributes: Object.fromEntries(TAGS.map((tag) => [tag, allowedAttributes(tag)])),
    allowedSchemes: [...SAFE_SCHEMES],
    allowedSchemesAppliedToAttributes: [...URL_ATTRIBUTES],
    nonTextTags: [...DANGEROUS_ELEMENTS],
    // download="" and the like mean something with no value.
    allowedEmptyAttributes: [...new Set(TAGS.flatMap(allowedAttributes))],
    // The list's own word for each value (a class, a type, an address) has the last say.
    transformTags: {
      '*': (tagName, attribs) => {
        const photo = tagName === 'img' ? next?.shift() : undefined;
        if (photo) {
          const { alt = '' } = attribs;
          const size = { width: String(photo.width), height: String(photo.height) };
          return { tagName, attribs: { src: photo.url, alt, ...size } };
        }
        const kept = Object.entries(attribs).filter(([name, value]) => attributeAllowed(tagName, name, value));
        const made = kept.map(([name, value]): [string, string] => [
          name,
          name === 'srcset'
            ? absoluteSrcset(value, site)
            : URL_ATTRIBUTES.includes(name)
              ? absolute(value, site)
              : value,
        ]);
        return { tagName, attribs: Object.fromEntries(made) };
      },
    },
  };
  return xmlSafe(sanitizeHtml(html, options));
}

/** A story's cover at the top of its feed item, with what it shows and who took it. */
export function coverFigure(photo: FeedPhoto, alt: string, credit: string): string {
  const size = `width="${photo.width}" height="${photo.height}"`;
  const image = `<img src="${escapeAttribute(photo.url)}" alt="${escapeAttribute(alt)}" ${size}>`;
  return `<figure>${image}<figcaption>${escapeText(`${alt}（${credit}）`)}</figcaption></figure>`;
}

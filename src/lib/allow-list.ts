/**
 * What the body of an entry may contain, once: `npm run check` refuses anything else (naming it), the
 * page's Markdown pipeline drops anything else (src/markdown/allow-list-plugin.ts), and feeds carry
 * exactly this (src/lib/feed-html.ts). It covers what staff write (Markdown and a little HTML), what
 * Markdown and the site's directives produce (galleries, quotes, footnotes, task lists), and what the
 * site's own body template adds (an event's details, attachments). No element here can run code or
 * load anything from another site; no attribute here can hold a script or a style.
 */
import { isSafeUrl } from './safe-url.ts';

interface ElementRule {
  /** attributes beyond the global ones (title, lang, dir) */
  attributes?: readonly string[];
  /** for attributes whose value is one of a few words (class, type): the words allowed */
  values?: Readonly<Record<string, readonly string[]>>;
}

const GLOBAL_ATTRIBUTES = ['title', 'lang', 'dir'];
const HEADING: ElementRule = { attributes: ['id'] };
const CELL: ElementRule = { attributes: ['colspan', 'rowspan'] };

export const ALLOWED_ELEMENTS: Readonly<Record<string, ElementRule>> = {
  p: { attributes: ['class'], values: { class: ['who'] } },
  br: {},
  hr: {},
  h1: HEADING,
  h2: { attributes: ['id', 'class'], values: { class: ['sr-only'] } },
  h3: HEADING,
  h4: HEADING,
  h5: HEADING,
  h6: HEADING,
  strong: {},
  b: {},
  em: {},
  i: {},
  u: {},
  s: {},
  del: {},
  ins: {},
  sub: {},
  sup: {},
  mark: {},
  small: {},
  span: {},
  abbr: {},
  cite: {},
  code: {},
  pre: {},
  kbd: {},
  q: { attributes: ['cite'] },
  blockquote: { attributes: ['cite', 'class'], values: { class: ['quote'] } },
  ul: {},
  ol: { attributes: ['start', 'reversed'] },
  li: { attributes: ['id'] },
  dl: { attributes: ['class'], values: { class: ['facts'] } },
  dt: {},
  dd: {},
  a: {
    attributes: ['href', 'download', 'id', 'class', 'aria-label', 'aria-describedby'],
    values: { class: ['button', 'quiet', 'data-footnote-backref'] },
  },
  img: { attributes: ['src', 'srcset', 'sizes', 'alt', 'width', 'height'] },
  figure: { attributes: ['class'], values: { class: ['gallery'] } },
  figcaption: {},
  table: {},
  caption: {},
  thead: {},
  tbody: {},
  tfoot: {},
  tr: {},
  th: { attributes: ['colspan', 'rowspan', 'scope'] },
  td: CELL,
  details: { attributes: ['open'] },
  summary: {},
  div: {},
  section: {
    attributes: ['class', 'aria-labelledby', 'data-footnotes'],
    values: { class: ['footnotes'] },
  },
  time: { attributes: ['datetime'] },
};

/** Attributes that hold an address: it must be one isSafeUrl accepts. */
export const URL_ATTRIBUTES: readonly string[] = ['href', 'src', 'cite'];

/**
 * Elements that run code, load other sites, submit or take over the page. Refused, their content goes
 * with them (it is code, a style or a form's workings, never something a reader should see); any other
 * refused element gives way to its content.
 */
export const DANGEROUS_ELEMENTS: readonly string[] = [
  'script',
  'style',
  'link',
  'meta',
  'base',
  'template',
  'noscript',
  'form',
  'button',
  'textarea',
  'select',
  'option',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'title',
];

export function elementAllowed(tag: string): boolean {
  return Object.hasOwn(ALLOWED_ELEMENTS, tag.toLowerCase());
}

/** The attribute names an element may carry, global ones included. */
export function allowedAttributes(tag: string): string[] {
  return [...GLOBAL_ATTRIBUTES, ...(ALLOWED_ELEMENTS[tag.toLowerCase()]?.attributes ?? [])];
}

/** Whether this attribute, with this value, may stay on this element. */
export function attributeAllowed(tag: string, name: string, value: string): boolean {
  const element = tag.toLowerCase();
  const attribute = name.toLowerCase();
  if (!elementAllowed(element) || !allowedAttributes(element).includes(attribute)) return false;
  if (URL_ATTRIBUTES.includes(attribute)) return isSafeUrl(value);
  if (attribute === 'srcset')
    return value.split(',').every((candidate) => isSafeUrl(candidate.trim().split(/\s+/)[0] ?? ''));
  const words = ALLOWED_ELEMENTS[element]?.values?.[attribute];
  return (
    !words ||
    value
      .split(/\s+/)
      .filter(Boolean)
      .every((word) => words.includes(word))
  );
}

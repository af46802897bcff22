/**
 * The page's side of the allow-list (src/lib/allow-list.ts): as an entry's Markdown becomes HTML, any
 * element or attribute the list does not allow is left out, with raw HTML parsed into elements first
 * so that it is held to the same list. `npm run check` and the build's loader refuse such content
 * before it gets here; this makes sure the page can only ever render what the list allows.
 */
import { find, html } from 'property-information';
import type { HastPluginDefinition } from 'satteri';
import { attributeAllowed, DANGEROUS_ELEMENTS, elementAllowed } from '../lib/allow-list.ts';

type Visit = Extract<NonNullable<HastPluginDefinition['element']>, { visit: unknown }>['visit'];
type Element = Parameters<Visit>[0];
type Node = Element['children'][number];

/** A hast property's value as the attribute's text: lists joined, true as an empty value. */
function attributeText(value: unknown): string | undefined {
  if (value === null || value === undefined || value === false) return undefined;
  if (Array.isArray(value)) return value.join(' ');
  return value === true ? '' : String(value);
}

/** The properties of an allowed element that the list refuses, as hast names them. */
function refusedProperties(element: Element): string[] {
  return Object.entries(element.properties ?? {}).flatMap(([property, value]) => {
    const text = attributeText(value);
    return text !== undefined && !attributeAllowed(element.tagName, find(html, property).attribute, text)
      ? [property]
      : [];
  });
}

/** What a refused element leaves in its place: its content, itself held to the list, or nothing. */
function whatRemains(node: Node): Node[] {
  if (node.type === 'comment') return [];
  if (node.type !== 'element') return [node];
  const children = node.children.flatMap(whatRemains);
  if (!elementAllowed(node.tagName)) return DANGEROUS_ELEMENTS.includes(node.tagName) ? [] : children;
  const refused = new Set(refusedProperties(node));
  const properties = Object.fromEntries(Object.entries(node.properties ?? {}).filter(([p]) => !refused.has(p)));
  return [{ ...node, properties, children }];
}

export const keepAllowed: HastPluginDefinition = {
  name: 'xinfeng-allow-list',
  element: {
    filter: [],
    visit(node, ctx) {
      if (!elementAllowed(node.tagName)) {
        ctx.replaceNode(node, whatRemains(node));
        return;
      }
      for (const property of refusedProperties(node)) ctx.setProperty(node, property, null);
    },
  },
  comment(node, ctx) {
    ctx.removeNode(node);
  },
};

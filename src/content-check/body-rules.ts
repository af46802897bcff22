/**
 * The body of an entry checked as the site parses it (src/markdown/pipeline.ts), by the rules in
 * body-inspection.ts; and the links in it to the site's own pages, for the rules across entries.
 */
import { find, html } from 'property-information';
import { htmlToHast, markdownToHtml, type MdastPluginDefinition } from 'satteri';
import { MARKDOWN_FEATURES } from '../markdown/pipeline.ts';
import { bodyInspector, type BodyFinding, type HtmlElement } from './body-inspection.ts';

export type { BodyFinding } from './body-inspection.ts';

interface HastElement {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastElement[];
}

/** Every element of a piece of raw HTML, outermost first, with its attributes as written. */
function elementsOf(rawHtml: string): HtmlElement[] {
  const found: HtmlElement[] = [];
  const walk = (node: HastElement) => {
    if (node.type === 'element' && node.tagName) {
      const attributes = Object.entries(node.properties ?? {})
        .filter(([, v]) => v !== null && v !== undefined && v !== false)
        .map(([property, v]): [string, string] => [
          find(html, property).attribute,
          Array.isArray(v) ? v.join(' ') : v === true ? '' : String(v),
        ]);
      found.push({ tag: node.tagName, attributes });
    }
    node.children?.forEach(walk);
  };
  walk(htmlToHast(rawHtml, { fragment: true }) as HastElement);
  return found;
}

export async function bodyFindings(body: string): Promise<BodyFinding[]> {
  const inspect = bodyInspector(body, elementsOf);
  const walker: MdastPluginDefinition = {
    name: 'xinfeng-body-rules',
    options: { position: true },
    link: (node) => inspect.link(node.url, node.position?.start.line),
    definition: (node) => inspect.link(node.url, node.position?.start.line),
    image: (node) => inspect.image(node.url, node.alt ?? '', node.position?.start.line),
    html: (node) => inspect.html(node.value, node.position?.start.line),
    containerDirective: (node) => inspect.directive(node.name, node.attributes ?? {}, node.position?.start.line),
  };
  await markdownToHtml(body, { mdastPlugins: [walker], features: { ...MARKDOWN_FEATURES, rawHtml: false } });
  return inspect.findings();
}

/** Links in the body to pages of this site (/stories/…, /teams/…), with their lines. */
export function internalLinks(body: string): { url: string; line: number }[] {
  const links: { url: string; line: number }[] = [];
  for (const m of body.matchAll(/\]\((\/[^)\s#?]*)[^)]*\)|href=["'](\/[^"'#?]*)/g)) {
    links.push({ url: (m[1] ?? m[2])!, line: body.slice(0, m.index).split('\n').length });
  }
  return links;
}

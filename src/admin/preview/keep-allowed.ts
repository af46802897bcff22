/**
 * The allow-list (src/lib/allow-list.ts) applied to HTML in the browser, as the build's
 * src/markdown/allow-list-plugin.ts applies it to the page: an element the list does not allow
 * gives way to its content, a dangerous one goes with its content, comments go, and every attribute
 * the list refuses is removed. The browser's parser builds an inert document, which runs nothing.
 */
import { attributeAllowed, DANGEROUS_ELEMENTS, elementAllowed } from '../../lib/allow-list.ts';

function clean(node: Node): Node[] {
  if (node.nodeType === Node.TEXT_NODE) return [node];
  if (node.nodeType !== Node.ELEMENT_NODE) return [];
  const element = node as Element;
  const tag = element.localName;
  const children = [...element.childNodes].flatMap(clean);
  if (!elementAllowed(tag)) return DANGEROUS_ELEMENTS.includes(tag) ? [] : children;
  for (const attribute of [...element.attributes]) {
    if (!attributeAllowed(tag, attribute.name, attribute.value)) element.removeAttribute(attribute.name);
  }
  element.replaceChildren(...children);
  return [element];
}

/** The HTML with only what the allow-list lets a page show, in a detached body to read or change. */
export function keepAllowed(html: string): HTMLElement {
  const document = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const body = document.body;
  body.replaceChildren(...[...body.childNodes].flatMap(clean));
  return body;
}

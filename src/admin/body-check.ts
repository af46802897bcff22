/**
 * The body rules (src/content-check/body-inspection.ts) in the web editor's browser. The site's own
 * Markdown processor is native code that a browser cannot run, so here the body is read by
 * mdast-util-from-markdown with the same directive syntax, and raw HTML by the browser's own parser
 * (DOMParser builds a document that runs nothing). The build's check stays the gate: this only lets
 * the editor refuse, before anything is saved, what the build would refuse.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { directive } from 'micromark-extension-directive';
import { visit } from 'unist-util-visit';
import { bodyInspector, type BodyFinding, type HtmlElement } from '../content-check/body-inspection.ts';

function elementsOf(raw: string): HtmlElement[] {
  const document = new DOMParser().parseFromString(`<body>${raw}</body>`, 'text/html');
  return [...document.body.querySelectorAll('*')].map((element) => ({
    tag: element.localName,
    attributes: [...element.attributes].map((attribute): [string, string] => [attribute.name, attribute.value]),
  }));
}

export function browserBodyFindings(body: string): BodyFinding[] {
  const inspect = bodyInspector(body, elementsOf);
  const tree = fromMarkdown(body, { extensions: [directive()], mdastExtensions: [directiveFromMarkdown()] });
  visit(tree, (node) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'link':
      case 'definition':
        inspect.link(node.url, line);
        break;
      case 'image':
        inspect.image(node.url, node.alt ?? '', line);
        break;
      case 'html':
        inspect.html(node.value, line);
        break;
      case 'containerDirective':
        inspect.directive(node.name, node.attributes ?? {}, line);
        break;
    }
  });
  return inspect.findings();
}

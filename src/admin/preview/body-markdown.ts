/**
 * An entry's body as HTML for the editor's preview pane, by the site's rules, in the browser: the
 * site's Markdown processor is native code, so the body is parsed here by mdast-util-from-markdown
 * with the same features (GFM, footnotes in Chinese, the site's :::gallery and :::quote blocks,
 * raw HTML) and then held to the same allow-list (keep-allowed.ts) before anything is shown.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { directive } from 'micromark-extension-directive';
import { gfm } from 'micromark-extension-gfm';
import { visit, SKIP } from 'unist-util-visit';
import { directiveProblems } from '../../markdown/directive-rules.ts';

type Parent = { children: unknown[] };

const line = (tag: string, text: string, className?: string) => ({
  type: 'paragraph',
  data: { hName: tag, ...(className ? { hProperties: { className: [className] } } : {}) },
  children: [{ type: 'text', value: text }],
});

/** The body's HTML before the allow-list: raw HTML is still in it, as the build's is at this point. */
export function bodyHtmlUnchecked(markdown: string): string {
  const tree = fromMarkdown(markdown, {
    extensions: [directive(), gfm()],
    mdastExtensions: [directiveFromMarkdown(), gfmFromMarkdown()],
  });
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    const source = (n: typeof node) =>
      n.position?.start.offset !== undefined && n.position.end.offset !== undefined
        ? markdown.slice(n.position.start.offset, n.position.end.offset)
        : '';
    if (node.type === 'containerDirective') {
      const attributes = node.attributes ?? {};
      // The build stops on a block it does not know; the preview shows nothing of it.
      if (directiveProblems(node.name, attributes).length > 0) {
        (parent as Parent).children.splice(index, 1);
        return [SKIP, index];
      }
      if (node.name === 'gallery') {
        node.data = { hName: 'figure', hProperties: { className: ['gallery'] } };
        if (attributes.caption) node.children.push(line('figcaption', attributes.caption) as never);
      } else {
        node.data = { hName: 'blockquote', hProperties: { className: ['quote'] } };
        node.children.push(line('p', `—— ${attributes.who}`, 'who') as never);
      }
    } else if (node.type === 'textDirective') {
      (parent as Parent).children.splice(index, 1, { type: 'text', value: source(node) });
    } else if (node.type === 'leafDirective') {
      (parent as Parent).children.splice(index, 1, line('p', source(node)));
    }
    return undefined;
  });
  const hast = toHast(tree, {
    allowDangerousHtml: true,
    footnoteLabel: '注释',
    footnoteBackLabel: (referenceIndex) => `返回正文第 ${referenceIndex + 1} 处`,
  });
  return toHtml(hast, { allowDangerousHtml: true });
}

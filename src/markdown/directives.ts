/**
 * The site's own blocks inside an entry's Markdown, written as directives:
 *
 *   :::gallery{caption="重阳节敬老志愿服务"}        a row of photos (ordinary Markdown images)
 *   :::quote{who="“金晖”助老志愿服务队队员"}        what someone in the story said
 *
 * They replace MDX components: a directive is Markdown, so an entry can describe a gallery but never
 * run code while the site is built or read. Only `:::` blocks are directives here; a colon inside
 * prose (下午3:30, 网址:abc) stays the text it was.
 */
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import { directiveProblems } from './directive-rules.ts';

type DirectiveNode = Parameters<NonNullable<MdastPluginDefinition['containerDirective']>>[0];

/** A paragraph that renders as `tag`, holding one line of text. */
const line = (tag: string, text: string, className?: string) => ({
  type: 'paragraph' as const,
  data: { hName: tag, ...(className ? { hProperties: { className: [className] } } : {}) },
  children: [{ type: 'text' as const, value: text }],
});

/**
 * Turns the site's directives into HTML as the page shows them, and gives every other directive back
 * as the text it was. A directive the site does not know stops the build; `npm run check` has already
 * said the same (directiveProblems) with the file and line.
 */
export const siteDirectives: MdastPluginDefinition = {
  name: 'xinfeng-directives',
  options: { position: true },
  containerDirective(node: DirectiveNode, ctx) {
    const attributes = node.attributes ?? {};
    const [first] = directiveProblems(node.name, attributes);
    if (first) {
      const where = ctx.fileURL ? `${fileURLToPath(ctx.fileURL)} 第 ${node.position?.start.line} 行：` : '';
      throw new Error(`${where}${first.problem}${first.fix}`);
    }
    if (node.name === 'gallery') {
      ctx.setProperty(node, 'data', { hName: 'figure', hProperties: { className: ['gallery'] } });
      if (attributes.caption) ctx.appendChild(node, line('figcaption', attributes.caption));
    } else {
      ctx.setProperty(node, 'data', { hName: 'blockquote', hProperties: { className: ['quote'] } });
      ctx.appendChild(node, line('p', `—— ${attributes.who}`, 'who'));
    }
  },
  textDirective(node, ctx) {
    const { start, end } = node.position ?? {};
    if (start?.offset !== undefined && end?.offset !== undefined) {
      ctx.replaceNode(node, { type: 'text', value: ctx.source.slice(start.offset, end.offset) });
    }
  },
  leafDirective(node, ctx) {
    const { start, end } = node.position ?? {};
    if (start?.offset !== undefined && end?.offset !== undefined) {
      ctx.replaceNode(node, line('p', ctx.source.slice(start.offset, end.offset)));
    }
  },
};

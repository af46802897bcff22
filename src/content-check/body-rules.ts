/**
 * What the body of an entry may not do, found by parsing it as the site does (src/markdown/pipeline.ts):
 * raw HTML or addresses outside the allow-list (anything that could run code, load another site or
 * restyle the page), directives the site does not know, pictures without a description or from
 * elsewhere, and block tags left open that would break the layout.
 */
import { find, html } from 'property-information';
import { htmlToHast, markdownToHtml, type MdastPluginDefinition } from 'satteri';
import { attributeAllowed, DANGEROUS_ELEMENTS, elementAllowed, URL_ATTRIBUTES } from '../lib/allow-list.ts';
import { isSafeUrl, leavesFolder } from '../lib/safe-url.ts';
import { directiveProblems } from '../markdown/directives.ts';
import { MARKDOWN_FEATURES } from '../markdown/pipeline.ts';

export interface BodyFinding {
  /** 1-based line within the body */
  line: number;
  problem: string;
  fix: string;
}

const BALANCED_TAGS = ['div', 'section', 'table', 'details', 'figure', 'blockquote'];

const shown = (url: string) => JSON.stringify(url.length > 60 ? `${url.slice(0, 60)}…` : url);

const UNSAFE_URL = (url: string) => ({
  problem: `正文里的地址 ${shown(url)} 不安全：javascript:、data: 这类地址会在读者的浏览器里运行代码或打开别的内容。`,
  fix: '链接只能以 https://、http://、mailto:（邮箱）或 tel:（电话）开头，或是本站以 / 开头的地址。',
});

type Finding = Omit<BodyFinding, 'line'>;

const isRemote = (url: string) => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url.trim());
const REMOTE_MEDIA: Finding = {
  problem: '正文从其他网站加载图片或媒体：国内网络下可能打不开，也会泄露读者的访问。',
  fix: '把图片下载后放在这篇文章的文件夹里，用 ![图片说明](./文件名.jpg) 引用。',
};

/** What is wrong with one element of raw HTML, by the allow-list. */
function elementFindings(tag: string, attributes: [string, string][]): Finding[] {
  if (!elementAllowed(tag)) {
    return [
      DANGEROUS_ELEMENTS.includes(tag)
        ? {
            problem: `正文里有 <${tag}> 标签：它会在读者的浏览器里运行代码、加载外部网站或破坏页面。`,
            fix: `删掉这个 <${tag}> 标签。需要视频或地图时，请截图放图片，并附上文字说明。`,
          }
        : {
            problem: `正文里的 <${tag}> 标签网站不支持。`,
            fix: '删掉这个标签，用 Markdown 书写：**加粗**、## 小标题、- 列表、> 引用。',
          },
    ];
  }
  if (tag === 'img') {
    const src = attributes.find(([name]) => name === 'src')?.[1] ?? '';
    return [
      isRemote(src)
        ? REMOTE_MEDIA
        : {
            problem: '正文用 HTML 的 <img> 插图，这张照片不会随网站发布。',
            fix: '改用 Markdown 插图：![图片说明](./文件名.jpg)，照片放在这篇文章的文件夹里。',
          },
    ];
  }
  return attributes.flatMap(([name, value]): Finding[] => {
    if (attributeAllowed(tag, name, value)) return [];
    if (/^on/i.test(name)) {
      return [
        {
          problem: '正文里的 HTML 标签带有 on… 事件属性，会在读者的浏览器里运行代码。',
          fix: '删掉这个属性，正文请用 Markdown 书写。',
        },
      ];
    }
    if (name === 'style') {
      return [
        {
          problem: '正文里的 style 属性会改变页面的样式，还能藏进外部地址，网站不允许。',
          fix: '删掉 style="…"，版式由网站统一设置。',
        },
      ];
    }
    if (URL_ATTRIBUTES.includes(name) || name === 'srcset') return [UNSAFE_URL(value)];
    return [{ problem: `正文里 <${tag}> 标签的 ${name} 属性网站不允许。`, fix: `删掉 ${name}="…"。` }];
  });
}

interface HastElement {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastElement[];
}

/** Every element of a piece of raw HTML, outermost first, with its attributes as written. */
function elementsOf(rawHtml: string): { tag: string; attributes: [string, string][] }[] {
  const found: { tag: string; attributes: [string, string][] }[] = [];
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

function imageFindings(url: string, alt: string): Finding[] {
  if (!isSafeUrl(url)) return [UNSAFE_URL(url)];
  const findings: Finding[] = [];
  if (isRemote(url)) {
    findings.push(REMOTE_MEDIA);
  } else if (leavesFolder(url)) {
    findings.push({
      problem: `图片 ${shown(url)} 不在这篇文章的文件夹里。`,
      fix: '把照片放进这篇文章的文件夹，写成 ![图片说明](./文件名.jpg)。',
    });
  }
  if (!alt.trim()) {
    findings.push({
      problem: `图片 ${url} 没有图片说明，视障读者听不到它的内容。`,
      fix: '在方括号里用一句话描述图片，例如 ![志愿者为老人测量血压](./photo.jpg)。',
    });
  }
  return findings;
}

export async function bodyFindings(body: string): Promise<BodyFinding[]> {
  const findings: BodyFinding[] = [];
  const at = (line: number | undefined, list: Finding[]) => {
    for (const finding of list) findings.push({ line: line ?? 1, ...finding });
  };
  const inspector: MdastPluginDefinition = {
    name: 'xinfeng-body-rules',
    options: { position: true },
    link: (node) => at(node.position?.start.line, isSafeUrl(node.url) ? [] : [UNSAFE_URL(node.url)]),
    definition: (node) => at(node.position?.start.line, isSafeUrl(node.url) ? [] : [UNSAFE_URL(node.url)]),
    image: (node) => at(node.position?.start.line, imageFindings(node.url, node.alt ?? '')),
    html: (node) => {
      let from = 0;
      for (const { tag, attributes } of elementsOf(node.value)) {
        // The line within a multi-line block of HTML where this element opens.
        const index = node.value.toLowerCase().indexOf(`<${tag}`, from);
        if (index >= 0) from = index + 1;
        const line = (node.position?.start.line ?? 1) + node.value.slice(0, Math.max(0, index)).split('\n').length - 1;
        at(line, elementFindings(tag, attributes));
      }
    },
    containerDirective: (node) => at(node.position?.start.line, directiveProblems(node.name, node.attributes ?? {})),
  };
  await markdownToHtml(body, { mdastPlugins: [inspector], features: { ...MARKDOWN_FEATURES, rawHtml: false } });

  const lineOf = (index: number) => body.slice(0, index).split('\n').length;
  for (const tag of BALANCED_TAGS) {
    const opened = [...body.matchAll(new RegExp(`<${tag}\\b`, 'gi'))].length;
    const closed = [...body.matchAll(new RegExp(`</${tag}\\s*>`, 'gi'))].length;
    if (opened !== closed) {
      findings.push({
        line: lineOf(Math.max(0, body.search(new RegExp(`</?${tag}\\b`, 'i')))),
        problem: `正文里的 <${tag}> 标签有 ${opened} 个开始、${closed} 个结束，没有配对，会打乱整个页面的排版。`,
        fix: `给每个 <${tag}> 补上对应的 </${tag}>，或者删掉这些标签，只用 Markdown。`,
      });
    }
  }
  return findings.sort((a, b) => a.line - b.line);
}

/** Links in the body to pages of this site (/stories/…, /teams/…), with their lines. */
export function internalLinks(body: string): { url: string; line: number }[] {
  const links: { url: string; line: number }[] = [];
  for (const m of body.matchAll(/\]\((\/[^)\s#?]*)[^)]*\)|href=["'](\/[^"'#?]*)/g)) {
    links.push({ url: (m[1] ?? m[2])!, line: body.slice(0, m.index).split('\n').length });
  }
  return links;
}

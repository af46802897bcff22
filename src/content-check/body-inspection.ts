/**
 * What the body of an entry may not do, whichever parser read it: raw HTML or addresses outside the
 * allow-list (anything that could run code, load another site or restyle the page), directives the
 * site does not know, pictures without a description or from elsewhere, and block tags left open that
 * would break the layout. `npm run check` feeds it what Sätteri, the site's own Markdown processor,
 * finds (body-rules.ts); the web editor feeds it what its parser finds in the browser, so both refuse
 * the same things in the same words.
 */
import { attributeAllowed, DANGEROUS_ELEMENTS, elementAllowed, URL_ATTRIBUTES } from '../lib/allow-list.ts';
import { isSafeUrl, leavesFolder } from '../lib/safe-url.ts';
import { directiveProblems } from '../markdown/directive-rules.ts';

export interface BodyFinding {
  /** 1-based line within the body */
  line: number;
  problem: string;
  fix: string;
}

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

/** An element of raw HTML with its attributes as written. */
export interface HtmlElement {
  tag: string;
  attributes: [string, string][];
}

/** What a parser reports while it walks a body; each call adds what is wrong with that node. */
export interface BodyInspector {
  link(url: string, line: number | undefined): void;
  image(url: string, alt: string, line: number | undefined): void;
  html(raw: string, line: number | undefined): void;
  directive(name: string, attributes: Record<string, unknown>, line: number | undefined): void;
  /** everything found, by line, once the walk is over */
  findings(): BodyFinding[];
}

/** An inspector for one body; `elementsOf` reads a piece of raw HTML the way the caller's parser does. */
export function bodyInspector(body: string, elementsOf: (raw: string) => HtmlElement[]): BodyInspector {
  const found: BodyFinding[] = [];
  const at = (line: number | undefined, list: Finding[]) => {
    for (const finding of list) found.push({ line: line ?? 1, ...finding });
  };
  return {
    link: (url, line) => at(line, isSafeUrl(url) ? [] : [UNSAFE_URL(url)]),
    image: (url, alt, line) => at(line, imageFindings(url, alt)),
    html(raw, line) {
      let from = 0;
      for (const { tag, attributes } of elementsOf(raw)) {
        // The line within a multi-line block of HTML where this element opens.
        const index = raw.toLowerCase().indexOf(`<${tag}`, from);
        if (index >= 0) from = index + 1;
        at((line ?? 1) + raw.slice(0, Math.max(0, index)).split('\n').length - 1, elementFindings(tag, attributes));
      }
    },
    directive: (name, attributes, line) => at(line, directiveProblems(name, attributes)),
    findings: () => [...found, ...unbalancedTags(body)].sort((a, b) => a.line - b.line),
  };
}

const BALANCED_TAGS = ['div', 'section', 'table', 'details', 'figure', 'blockquote'];

function unbalancedTags(body: string): BodyFinding[] {
  const lineOf = (index: number) => body.slice(0, index).split('\n').length;
  const findings: BodyFinding[] = [];
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
  return findings;
}

/**
 * What the body of an entry may not do: raw HTML that runs code, loads another site or breaks the
 * page's layout, and pictures without a description.
 */
export interface BodyFinding {
  /** 1-based line within the body */
  line: number;
  problem: string;
  fix: string;
}

const FORBIDDEN_TAGS = ['script', 'iframe', 'style', 'object', 'embed', 'form', 'link', 'meta', 'base', 'frame'];
const BALANCED_TAGS = ['div', 'section', 'table', 'details', 'figure', 'blockquote'];

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

export function bodyFindings(body: string): BodyFinding[] {
  const findings: BodyFinding[] = [];
  for (const tag of FORBIDDEN_TAGS) {
    for (const m of body.matchAll(new RegExp(`<${tag}\\b`, 'gi'))) {
      findings.push({
        line: lineOf(body, m.index),
        problem: `正文里有 <${tag}> 标签：它会在读者的浏览器里运行代码、加载外部网站或破坏页面。`,
        fix: `删掉这个 <${tag}> 标签。需要视频或地图时，请截图放图片，并附上文字说明。`,
      });
    }
  }
  for (const m of body.matchAll(/<[a-z][^>]*\son[a-z]+\s*=/gi)) {
    findings.push({
      line: lineOf(body, m.index),
      problem: '正文里的 HTML 标签带有 on… 事件属性，会在读者的浏览器里运行代码。',
      fix: '删掉这个属性，正文请用 Markdown 书写。',
    });
  }
  for (const m of body.matchAll(/<(?:img|source|video|audio)\b[^>]*\ssrc\s*=\s*["']?(?:https?:)?\/\//gi)) {
    findings.push({
      line: lineOf(body, m.index),
      problem: '正文从其他网站加载图片或媒体：国内网络下可能打不开，也会泄露读者的访问。',
      fix: '把图片下载后放在这篇文章的文件夹里，用 ![图片说明](./文件名.jpg) 引用。',
    });
  }
  for (const tag of BALANCED_TAGS) {
    const opened = [...body.matchAll(new RegExp(`<${tag}\\b`, 'gi'))].length;
    const closed = [...body.matchAll(new RegExp(`</${tag}\\s*>`, 'gi'))].length;
    if (opened !== closed) {
      const first = body.search(new RegExp(`</?${tag}\\b`, 'i'));
      findings.push({
        line: lineOf(body, Math.max(0, first)),
        problem: `正文里的 <${tag}> 标签有 ${opened} 个开始、${closed} 个结束，没有配对，会打乱整个页面的排版。`,
        fix: `给每个 <${tag}> 补上对应的 </${tag}>，或者删掉这些标签，只用 Markdown。`,
      });
    }
  }
  for (const m of body.matchAll(/!\[\s*\]\(([^)]+)\)/g)) {
    findings.push({
      line: lineOf(body, m.index),
      problem: `图片 ${m[1]} 没有图片说明，视障读者听不到它的内容。`,
      fix: '在方括号里用一句话描述图片，例如 ![志愿者为老人测量血压](./photo.jpg)。',
    });
  }
  return findings;
}

/** Links in the body to pages of this site (/stories/…, /teams/…), with their lines. */
export function internalLinks(body: string): { url: string; line: number }[] {
  const links: { url: string; line: number }[] = [];
  for (const m of body.matchAll(/\]\((\/[^)\s#?]*)[^)]*\)|href=["'](\/[^"'#?]*)/g)) {
    links.push({ url: (m[1] ?? m[2])!, line: lineOf(body, m.index) });
  }
  return links;
}

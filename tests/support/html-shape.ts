/** What a reader gets from a piece of HTML: each element, its attributes, its own text, addresses made absolute. */
import { load } from 'cheerio';

export function htmlShape(html: string, site: string, ignored: readonly string[] = []): string[] {
  const $ = load(html, null, false);
  return $('*')
    .map((_, el) => {
      const attributes = Object.entries($(el).attr() ?? {})
        .filter(([name]) => !ignored.some((prefix) => name.startsWith(prefix)))
        .map(([name, value]) => {
          if (['href', 'src'].includes(name)) return `${name}=${new URL(value, site).href}`;
          if (name === 'srcset') {
            const urls = value.split(',').map((c) => c.trim().split(/\s+/));
            return `srcset=${urls.map(([u, ...d]) => [new URL(u!, site).href, ...d].join(' ')).join(', ')}`;
          }
          return `${name}=${value}`;
        })
        .sort();
      const text = $(el)
        .contents()
        .filter((__, n) => n.type === 'text')
        .text()
        .replace(/\s+/g, ' ')
        .trim();
      return `${(el as { tagName: string }).tagName}[${attributes.join(' ')}]${text}`;
    })
    .get();
}

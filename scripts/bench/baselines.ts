/**
 * The floor we are measured against: Debian's Hugo, a plain Node script and a bare Astro project
 * (Astro's defaults, nothing of ours), each building the same story Markdown into a story page per
 * story, paginated lists and an RSS feed, with no images.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { STORIES_PER_PAGE } from '../../src/lib/page-sizes.ts';

/** Where every baseline says it is published (no baseline is ever served). */
export const BASELINE_SITE = 'https://xinfeng.example.org/';

/** Lays out a minimal Hugo site over the corpus' stories (front matter rewritten to Hugo's names). */
export function writeHugoSite(contentDir: string, siteDir: string): void {
  rmSync(siteDir, { recursive: true, force: true });
  const stories = path.join(siteDir, 'content/stories');
  mkdirSync(stories, { recursive: true });
  mkdirSync(path.join(siteDir, 'layouts/_default'), { recursive: true });
  writeFileSync(
    path.join(siteDir, 'config.toml'),
    `baseURL = "${BASELINE_SITE}"\nlanguageCode = "zh-cn"\ntitle = "新风"\npaginate = ${STORIES_PER_PAGE}\ndisableKinds = ["taxonomy", "term"]\n[outputs]\nsection = ["HTML", "RSS"]\n`,
  );
  const layout = (body: string) =>
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>${body}</body></html>`;
  writeFileSync(
    path.join(siteDir, 'layouts/_default/single.html'),
    layout('<article><h1>{{ .Title }}</h1><time>{{ .Date }}</time>{{ .Content }}</article>'),
  );
  writeFileSync(
    path.join(siteDir, 'layouts/_default/list.html'),
    layout(
      '<h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Summary }}</li>{{ end }}</ul>{{ with .Paginator.Next }}<a href="{{ .URL }}">下一页</a>{{ end }}',
    ),
  );
  for (const [slug, text] of storyFiles(contentDir)) {
    const hugo = text.replace(/^published: (.+)$/m, (_, d: string) => `date: ${d.replace(' ', 'T')}:00+08:00`);
    writeFileSync(path.join(stories, `${slug}.md`), hugo);
  }
}

export function storyFiles(contentDir: string): [string, string][] {
  const dir = path.join(contentDir, 'stories');
  return readdirSync(dir, { recursive: true, encoding: 'utf-8' })
    .filter((f) => f.endsWith('index.md'))
    .map((f) => [path.basename(path.dirname(f)), readFileSync(path.join(dir, f), 'utf-8')]);
}

/**
 * Lays out a bare Astro project over the corpus' stories: one glob collection read where the corpus
 * lies, a page per story, paginated lists and an RSS feed of the newest 50, Astro's defaults
 * throughout. What Astro itself costs, beside what our pages add to it.
 */
export function writeBareAstroSite(projectDir: string, contentDir: string, siteDir: string): void {
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(path.join(siteDir, 'src/pages/stories'), { recursive: true });
  symlinkSync(path.join(projectDir, 'node_modules'), path.join(siteDir, 'node_modules'), 'dir');
  writeFileSync(
    path.join(siteDir, 'astro.config.mjs'),
    `export default { site: '${BASELINE_SITE}', cacheDir: './.astro-cache' };\n`,
  );
  writeFileSync(
    path.join(siteDir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
  stories: defineCollection({
    loader: glob({ pattern: '**/index.md', base: ${JSON.stringify(path.join(contentDir, 'stories'))}, generateId: ({ entry }) => entry.split('/').at(-2)! }),
    schema: z.object({ title: z.string(), summary: z.string(), published: z.string() }),
  }),
};
`,
  );
  const layout = (title: string, body: string) =>
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{${title}}</title></head><body>${body}</body></html>`;
  const newest = `(await getCollection('stories')).sort((a, b) => b.data.published.localeCompare(a.data.published))`;
  writeFileSync(
    path.join(siteDir, 'src/pages/stories/[slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('stories')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
${layout('entry.data.title', '<article><h1>{entry.data.title}</h1><time>{entry.data.published}</time><Content /></article>')}
`,
  );
  writeFileSync(
    path.join(siteDir, 'src/pages/stories/[...page].astro'),
    `---
import { getCollection } from 'astro:content';
export async function getStaticPaths({ paginate }) {
  return paginate(${newest}, { pageSize: ${STORIES_PER_PAGE} });
}
const { page } = Astro.props;
---
${layout("'志愿故事'", '<h1>志愿故事</h1><ul>{page.data.map((s) => <li><a href={`/stories/${s.id}/`}>{s.data.title}</a> {s.data.summary}</li>)}</ul>{page.url.next && <a href={page.url.next}>下一页</a>}')}
`,
  );
  writeFileSync(
    path.join(siteDir, 'src/pages/rss.xml.ts'),
    `import { getCollection } from 'astro:content';
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => \`&#\${c.charCodeAt(0)};\`);
export async function GET() {
  const items = ${newest}.slice(0, 50).map((s) => \`<item><title>\${escape(s.data.title)}</title><link>${BASELINE_SITE}stories/\${s.id}/</link><description>\${escape(s.data.summary)}</description></item>\`);
  return new Response(\`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>新风</title><link>${BASELINE_SITE}</link><description>志愿故事</description>\${items.join('')}</channel></rss>\`);
}
`,
  );
}

/**
 * The plain Node baseline: the same stories, Markdown rendered by marked, written as a page each,
 * paginated lists and an RSS feed of the newest 50. No framework, no images.
 *   node scripts/bench/plain-build.ts <content-dir> <out-dir>
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { marked } from 'marked';
import { BASELINE_SITE, storyFiles } from './baselines.ts';
import { STORIES_PER_PAGE } from '../../src/lib/page-sizes.ts';

const [contentDir, outDir] = process.argv.slice(2) as [string, string];
rmSync(outDir, { recursive: true, force: true });
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const stories = storyFiles(contentDir).map(([slug, text]) => {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  const data = yaml.load(match[1]!, { schema: yaml.CORE_SCHEMA }) as {
    title: string;
    summary: string;
    published: string;
  };
  return { slug, ...data, html: marked.parse(match[2]!) as string };
});
stories.sort((a, b) => b.published.localeCompare(a.published));
const page = (title: string, body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body>${body}</body></html>`;
for (const s of stories) {
  mkdirSync(path.join(outDir, 'stories', s.slug), { recursive: true });
  writeFileSync(
    path.join(outDir, 'stories', s.slug, 'index.html'),
    page(s.title, `<article><h1>${escape(s.title)}</h1><time>${s.published}</time>${s.html}</article>`),
  );
}
for (let i = 0; i * STORIES_PER_PAGE < stories.length; i++) {
  const dir = i === 0 ? path.join(outDir, 'stories') : path.join(outDir, 'stories/page', String(i + 1));
  mkdirSync(dir, { recursive: true });
  const items = stories
    .slice(i * STORIES_PER_PAGE, (i + 1) * STORIES_PER_PAGE)
    .map((s) => `<li><a href="/stories/${s.slug}/">${escape(s.title)}</a> ${escape(s.summary)}</li>`);
  writeFileSync(path.join(dir, 'index.html'), page('志愿故事', `<ul>${items.join('')}</ul>`));
}
const rss = stories
  .slice(0, 50)
  .map(
    (s) =>
      `<item><title>${escape(s.title)}</title><link>${BASELINE_SITE}stories/${s.slug}/</link><description>${escape(s.html)}</description></item>`,
  );
writeFileSync(
  path.join(outDir, 'rss.xml'),
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>新风</title>${rss.join('')}</channel></rss>`,
);

/**
 * The floor we are measured against: Debian's Hugo and a plain Node script, each building the same
 * story Markdown into a story page per story, paginated lists and an RSS feed, with no images.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { STORIES_PER_PAGE } from '../../src/lib/page-sizes.ts';


/** Lays out a minimal Hugo site over the corpus' stories (front matter rewritten to Hugo's names). */
export function writeHugoSite(contentDir: string, siteDir: string): void {
  rmSync(siteDir, { recursive: true, force: true });
  const stories = path.join(siteDir, 'content/stories');
  mkdirSync(stories, { recursive: true });
  mkdirSync(path.join(siteDir, 'layouts/_default'), { recursive: true });
  writeFileSync(path.join(siteDir, 'config.toml'), `baseURL = "https://xinfeng.example.org/"\nlanguageCode = "zh-cn"\ntitle = "新风"\npaginate = ${STORIES_PER_PAGE}\ndisableKinds = ["taxonomy", "term"]\n[outputs]\nsection = ["HTML", "RSS"]\n`);
  const layout = (body: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>${body}</body></html>`;
  writeFileSync(path.join(siteDir, 'layouts/_default/single.html'), layout('<article><h1>{{ .Title }}</h1><time>{{ .Date }}</time>{{ .Content }}</article>'));
  writeFileSync(path.join(siteDir, 'layouts/_default/list.html'), layout('<h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Summary }}</li>{{ end }}</ul>{{ with .Paginator.Next }}<a href="{{ .URL }}">下一页</a>{{ end }}'));
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

/**
 * The web editor's page as the sample build writes it: for staff only (noindex, kept out of the
 * sitemap, robots.txt and search), everything served from the site itself, its own written-down
 * Content-Security-Policy, and a configuration generated from the content model and the content.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { adminPolicy } from '../../src/lib/csp';
import { allHtmlPaths, page } from '../support/built-pages';
import { ROOT, SAMPLE_SITE } from '../support/site-build';

const built = (file: string) => readFileSync(path.join(SAMPLE_SITE, file), 'utf-8');
const settings = () =>
  JSON.parse(built('admin/editor.json')) as {
    decap: {
      backend: Record<string, string>;
      publish_mode?: string;
      collections: { name: string; fields: { name: string; options?: unknown[] }[] }[];
    };
    known: Record<string, [string, string][]>;
  };

describe('/admin/', () => {
  it('is a Chinese page for staff that search engines are asked to leave alone', () => {
    const $ = page('/admin/');
    expect($('html').attr('lang')).toBe('zh-CN');
    expect($('meta[name="robots"]').attr('content')).toBe('noindex, nofollow');
    expect($('title').text()).toMatch(/^网页编辑器/);
    expect(built('robots.txt')).toContain('Disallow: /admin/');
    const sitemap = readdirSync(SAMPLE_SITE).filter((f) => /^sitemap.*\.xml$/.test(f));
    for (const file of sitemap) expect(built(file), file).not.toContain('/admin');
  });

  it('loads its scripts and styles from the site itself: Decap CMS from the pinned package, beside it', () => {
    const $ = page('/admin/');
    const sources = $('script[src], link[href]')
      .map((_, el) => $(el).attr('src') ?? $(el).attr('href'))
      .get();
    expect(sources.every((src) => src.startsWith('/'))).toBe(true);
    expect(sources).toContain('/admin/decap-cms.js');
    expect($('script:not([src])').length).toBe(0);
    const decap = readdirSync(path.join(SAMPLE_SITE, 'admin')).filter((f) => f.endsWith('decap-cms.js'));
    expect(decap.length).toBeGreaterThan(50);
  });

  it('carries the editor’s own policy, which the server sends for /admin/ and never for readers’ pages', () => {
    const $ = page('/admin/');
    const policy = $('meta[http-equiv="content-security-policy"]').attr('content');
    expect(policy).toBe(adminPolicy(['https://git.example.org']));
    expect(built('.server/csp-admin.txt').trim()).toBe(`${policy}; frame-ancestors 'none'`);
    expect(built('.server/csp.txt')).not.toMatch(/'unsafe-eval'|'unsafe-inline'|git\.example\.org/);
  });

  it('is configured from deploy/editor.yaml and the content: the Forgejo login with its review board (先审后发), the teams to choose from', () => {
    const { decap, known } = settings();
    // The repository's own settings (a county's own in its repository), as written.
    const written = yaml.load(readFileSync(path.join(ROOT, 'deploy/editor.yaml'), 'utf-8')) as Record<string, string>;
    expect(decap.backend).toMatchObject({ name: written.server, repo: written.repo, base_url: written.gitServer });
    expect(decap.backend.name).toBe('forgejo');
    expect(decap.publish_mode).toBe('editorial_workflow');
    expect(decap.collections.map((c) => c.name)).toEqual([
      'stories',
      'announcements',
      'teams',
      'campaigns',
      'records',
      'honours',
    ]);
    const teams = decap.collections[0]!.fields.find((f) => f.name === 'teams')!;
    expect(teams.options).toContainEqual({ label: '巨野县“金晖”助老志愿服务队', value: 'jinhui-zhulao' });
    expect(known.teams).toContainEqual(['jinhui-zhulao', '巨野县“金晖”助老志愿服务队']);
  });

  it('is not in the search index, which holds exactly the readers’ pages marked for it', () => {
    const entry = JSON.parse(built('pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    const marked = allHtmlPaths().filter((p) => page(p)('[data-pagefind-body]').length > 0);
    expect(Object.values(entry.languages)[0]!.page_count).toBe(marked.length);
    expect(page('/admin/')('[data-pagefind-body]').length).toBe(0);
  });
});

/** Reads the built sample site the way a browser would see it: HTML files parsed into documents. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { ADMIN_PATH } from '../../src/lib/csp';
import { SAMPLE_SITE } from './site-build';

export function page(urlPath: string) {
  const file = fileFor(urlPath);
  if (!file) throw new Error(`no built page for ${urlPath}`);
  return cheerio.load(readFileSync(file, 'utf-8'));
}

/** The file a static server answers a site path with, or undefined when it would answer 404. */
export function fileFor(urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/')
    ? [path.join(SAMPLE_SITE, clean, 'index.html')]
    : [path.join(SAMPLE_SITE, clean), path.join(SAMPLE_SITE, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && !c.endsWith('/'));
}

/**
 * Every page readers may open. The web editor's page (/admin/) is for staff, carries its own policy
 * and none of the site's layout; tests/site/editor-page.test.ts holds it to its own rules.
 */
export function allHtmlPaths(dir = SAMPLE_SITE): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf-8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => '/' + f.replace(/index\.html$/, '').replace(/\\/g, '/'))
    .filter((p) => !p.startsWith(ADMIN_PATH));
}

/** Visible text with whitespace folded, as a reader would read it. */
export function text($: cheerio.CheerioAPI, selector = 'main'): string {
  return $(selector).text().replace(/\s+/g, ' ').trim();
}

/** Reads the built feeds with a real XML parser, as a feed reader does. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SAMPLE_SITE } from './site-build';

export const SITE_URL = 'https://xinfeng.example.org';

const parser = new XMLParser({
  ignoreAttributes: false,
  // Keep every value a string: a title like "2026" must not turn into a number.
  parseTagValue: false,
  isArray: (name) => ['item', 'category', 'outline'].includes(name),
});

export function parseXml(xml: string) {
  return parser.parse(xml);
}

/** Site paths of every file with this name in the build, e.g. all rss.xml. */
export function builtFiles(name: string, dir = SAMPLE_SITE): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf-8' })
    .filter((f) => path.basename(f) === name && !f.startsWith('.'))
    .map((f) => '/' + f.replace(/\\/g, '/'));
}

export function readBuilt(sitePath: string, dir = SAMPLE_SITE): string {
  return readFileSync(path.join(dir, sitePath), 'utf-8');
}

/** The built file behind an absolute URL of the site, or undefined when the URL is elsewhere. */
export function localPath(url: string): string | undefined {
  return url.startsWith(SITE_URL + '/') ? decodeURIComponent(url.slice(SITE_URL.length).split(/[?#]/)[0]!) : undefined;
}

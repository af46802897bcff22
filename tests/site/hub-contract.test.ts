/**
 * The contract a county site publishes for a province hub (src/lib/hub-contract.ts), read as a hub
 * reads it: the manifest's checksums match the archives' bytes, the archives chain by next_url from the
 * newest year, every published story, announcement and campaign is in them exactly once with its full
 * text (inside the feeds' allow-list), its kind, teams, fields, campaign and calendar UIDs, and the
 * monthly records add up to the manifest's figures.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { attributeAllowed, elementAllowed } from '../../src/lib/allow-list.ts';
import { SITE_URL } from '../support/built-feeds';
import { allHtmlPaths } from '../support/built-pages';
import { SAMPLE_SITE } from '../support/site-build';

const served = (sitePath: string) => readFileSync(path.join(SAMPLE_SITE, sitePath));
const manifest = JSON.parse(served('/hub/manifest.json').toString('utf-8'));
const archives: any[] = manifest.files.map((f: { path: string }) => JSON.parse(served(f.path).toString('utf-8')));
const items: any[] = archives.flatMap((a) => a.items);

describe('the hub contract', () => {
  it('names the site and gives each archive’s size and sha256 as served', () => {
    expect(manifest).toMatchObject({
      format: 1,
      site: { id: 'juyexian', name: '新风·巨野志愿', county: '巨野县', url: `${SITE_URL}/` },
    });
    expect(manifest.files.length).toBeGreaterThan(1);
    for (const file of manifest.files) {
      const bytes = served(file.path);
      expect(file.bytes, file.path).toBe(bytes.length);
      expect(file.sha256, file.path).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(file.url, file.path).toBe(`${SITE_URL}${file.path}`);
    }
  });

  it('chains the archives by next_url, newest year first, as JSON Feed 1.1', () => {
    let url: string | undefined = manifest.files[0].url;
    const chain: string[] = [];
    while (url) {
      chain.push(url);
      const archive = archives.find((a) => a.feed_url === url);
      expect(archive?.version, url).toBe('https://jsonfeed.org/version/1.1');
      url = archive.next_url;
    }
    expect(chain).toEqual(manifest.files.map((f: { url: string }) => f.url));
    const years = archives.map((a) => a._xinfeng.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('holds every published story, announcement and campaign exactly once, in the year it was published', () => {
    const pages = allHtmlPaths().filter((p) => /^\/(stories|announcements|campaigns)\/[^/]+\/$/.test(p));
    const ids = items.map((i) => i.id);
    expect([...ids].sort()).toEqual(pages.map((p) => `${SITE_URL}${p}`).sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const archive of archives) {
      for (const item of archive.items)
        expect(item.date_published.slice(0, 4), item.id).toBe(String(archive._xinfeng.year));
    }
    expect(manifest.counts).toMatchObject({
      stories: items.filter((i) => i._xinfeng.kind === 'story').length,
      announcements: items.filter((i) => i._xinfeng.kind === 'announcement').length,
      campaigns: items.filter((i) => i._xinfeng.kind === 'campaign').length,
    });
  });

  it('gives each item its full text within the allow-list, its teams, fields, campaign and calendar UIDs', () => {
    const calendar = served('/calendar.ics').toString('utf-8');
    for (const item of items) {
      expect(item.content_html.length, item.id).toBeGreaterThan(item.summary.length);
      const $ = cheerio.load(item.content_html, null, false);
      $('*').each((_, el) => {
        const tag = (el as { tagName: string }).tagName;
        expect(elementAllowed(tag), `${item.id}: <${tag}>`).toBe(true);
        for (const [name, value] of Object.entries((el as { attribs: Record<string, string> }).attribs)) {
          expect(attributeAllowed(tag, name, value), `${item.id}: <${tag} ${name}="${value}">`).toBe(true);
        }
      });
      for (const team of item._xinfeng.teams) expect(allHtmlPaths()).toContain(`/teams/${team.id}/`);
      for (const event of item._xinfeng.events) expect(calendar, item.id).toContain(`UID:${event.uid}`);
      expect(item.date_published).toMatch(/\+08:00$/);
    }
    const story = items.find((i) => i.id === `${SITE_URL}/stories/lunyi-weixiu/`);
    expect(story._xinfeng).toMatchObject({ kind: 'story', teams: [{ id: 'yangguang-zhucan' }] });
    const withEvents = items.filter((i) => i._xinfeng.events.length > 0);
    expect(withEvents.map((i) => i._xinfeng.kind)).toEqual(expect.arrayContaining(['announcement', 'campaign']));
  });

  it('carries the monthly service records, once each, adding up to the manifest’s figures', () => {
    const months = archives.flatMap((a) => a._xinfeng.records);
    expect(new Set(months.map((m) => m.month)).size).toBe(months.length);
    expect(
      months
        .map((m) => m.month)
        .sort()
        .at(-1),
    ).toBe(manifest.records.asOf);
    const hours = months.reduce((sum, m) => sum + m.hours, 0);
    expect(hours).toBeCloseTo(manifest.records.hours, 1);
  });
});

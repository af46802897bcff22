/** The press centre: everything a reporter needs, one click from every page. */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ROOT, SAMPLE_SITE } from '../support/site-build';
import { builtFiles, SITE_URL } from '../support/built-feeds';
import { allHtmlPaths, page, text } from '../support/built-pages';
import * as sample from '../support/sample-content';

const $ = page('/media/');
const site = yaml.load(readFileSync(path.join(ROOT, 'sample/site.yaml'), 'utf-8')) as any;

describe('press centre', () => {
  it('is linked from the header of every page', () => {
    for (const p of allHtmlPaths()) expect(page(p)('.site-nav a[href="/media/"]').length, p).toBe(1);
  });
  it('offers every feed and the campaign calendars as URLs to copy', () => {
    const offered = $('copy-field input')
      .map((_, input) => $(input).attr('value'))
      .get();
    for (const feed of builtFiles('rss.xml')) expect(offered).toContain(SITE_URL + feed);
    expect(offered).toContain(`${SITE_URL}/calendar.ics`);
    for (const c of sample.campaigns()) expect(offered).toContain(`${SITE_URL}/campaigns/${c.id}/calendar.ics`);
    expect($('a[href="/feeds.opml"]').length).toBe(1);
  });
  it('names the press contact from site.yaml, with the hours to call', () => {
    const contact = text($, '#contact + dl');
    expect(contact).toContain(site.pressContact.name);
    expect(contact).toContain(site.pressContact.phone);
    expect(contact).toContain(site.pressContact.email);
    expect(contact).toContain(site.pressContact.hours);
  });
  it('says on what terms its stories and photos may be reused', () => {
    expect(text($, '#reuse + p')).toBe(site.reuse);
  });
  it('has a fact sheet computed from the content, the county’s own count set apart', () => {
    const facts = text($, '#facts ~ .totals');
    const teams = sample.teams();
    expect(facts).toContain(`全县志愿服务队伍${site.countyFigures.teams} 支`);
    expect(facts).toContain(`本站收录队伍${teams.length} 支`);
    expect(facts).toContain(`${teams.reduce((n, t) => n + Number(t.members), 0).toLocaleString('en-US')} 人`);
    expect(text($, '#facts ~ dl')).toContain(`${sample.stories().length} 篇`);
  });
  it('lists the latest press releases, and keeps them all in an archive with a feed of its own', () => {
    const releases = sample
      .announcements()
      .filter((a) => a.kind === '新闻稿')
      .map((a) => `/announcements/${a.id}/`)
      .sort();
    const section = $('#press-releases').closest('section');
    const listed = section
      .find('h3 a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(listed.sort()).toEqual(releases);
    expect(section.find('a[href="/media/releases/"]').text()).toBe('全部新闻稿');
    const archive = page('/media/releases/');
    expect(
      archive('.list h3 a')
        .map((_, a) => archive(a).attr('href'))
        .get()
        .sort(),
    ).toEqual(releases);
    expect(archive('link[rel="alternate"][href$="/media/releases/rss.xml"]').length).toBe(1);
  });
  it('offers full-size photos of recent stories with their credits, each a real file named after its story', () => {
    const links = $('#photos').closest('section').find('a[download]');
    expect(links.length).toBe(8);
    links.each((_, a) => {
      const href = $(a).attr('href')!;
      const file = path.join(SAMPLE_SITE, href);
      expect(existsSync(file)).toBe(true);
      expect(statSync(file).size).toBeGreaterThan(10_000);
      expect($(a).closest('li').text()).toContain('1600×1000');
      expect(href).toMatch(/^\/media\/photos\/\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.jpg$/);
      expect($(a).attr('download')).toBe(path.basename(href));
    });
  });
});

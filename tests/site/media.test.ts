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
const site = yaml.load(readFileSync(path.join(ROOT, 'content/site.yaml'), 'utf-8')) as any;

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
  it('names the press contact from site.yaml', () => {
    const contact = text($, '#contact + dl');
    expect(contact).toContain(site.pressContact.name);
    expect(contact).toContain(site.pressContact.phone);
    expect(contact).toContain(site.pressContact.email);
  });
  it('has a fact sheet computed from the content', () => {
    const facts = text($, '#facts + dl');
    const teams = sample.teams();
    expect(facts).toContain(`${teams.length} 支`);
    expect(facts).toContain(`${teams.reduce((n, t) => n + Number(t.members), 0).toLocaleString('en-US')} 人`);
    expect(facts).toContain(`${sample.stories().length} 篇`);
  });
  it('lists the latest press releases', () => {
    const releases = sample.announcements().filter((a) => a.kind === '新闻稿');
    const listed = $('#press-releases')
      .closest('section')
      .find('h3 a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(listed.sort()).toEqual(releases.map((a) => `/announcements/${a.id}/`).sort());
  });
  it('offers full-size photos of recent stories with their credits, each a real file', () => {
    const links = $('#photos').closest('section').find('a[download]');
    expect(links.length).toBe(8);
    links.each((_, a) => {
      const file = path.join(SAMPLE_SITE, $(a).attr('href')!);
      expect(existsSync(file)).toBe(true);
      expect(statSync(file).size).toBeGreaterThan(10_000);
      expect($(a).closest('li').text()).toContain('1600×1000');
    });
  });
});

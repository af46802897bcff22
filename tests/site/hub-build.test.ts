/**
 * npm run hub:build from stored county copies (issue 29): four counties, one current, one three days
 * out of date, one ten days, one never fetched. The front page labels each county and leaves out the
 * long-stale one; the county table counts entries, this month's and recorded hours; the status page
 * says what went wrong; each entry has a page with its full text and no image from a county's server;
 * the merged feed keeps the counties' own ids; and the same copies build the same bytes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeStatus } from '../../scripts/hub/copies.ts';
import { clearHubOutput, hubBuild, writeRegistry } from '../support/hub-commands';
import { contractAt, storeCopy } from '../support/hub-contracts';
import { openSite } from '../support/browser';
import { allResults } from '../support/search-results';
import { BUILD_TEST_TIMEOUT, ROOT } from '../support/site-build';

const NOW = Date.parse('2026-12-07T10:00:00+08:00');
const DAY = 24 * 3600 * 1000;
const COUNTIES = [
  { id: 'juye', name: '巨野县', url: 'https://juye.example.cn/', lastSuccess: NOW },
  { id: 'yuncheng', name: '郓城县', url: 'https://yuncheng.example.cn/', lastSuccess: NOW - 3 * DAY },
  { id: 'shanxian', name: '单县', url: 'https://shanxian.example.cn/', lastSuccess: NOW - 10 * DAY },
  { id: 'dongming', name: '东明县', url: 'https://dongming.example.cn/' },
];
const out = (n: number) => path.join(ROOT, '.test-dist', `hub-${n}`);
let hubDir = '';

/** Every built file but the search index (Pagefind's own bytes), as one digest. */
const digest = (dir: string) =>
  createHash('sha256')
    .update(
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((f) => f.isFile() && !f.parentPath.includes('pagefind'))
        .map((f) => path.relative(dir, path.join(f.parentPath, f.name)))
        .sort()
        .map((f) => f + readFileSync(path.join(dir, f), 'utf-8'))
        .join('\n'),
    )
    .digest('hex');

const page = (p: string) => cheerio.load(readFileSync(path.join(out(1), p, 'index.html'), 'utf-8'));

beforeAll(() => {
  hubDir = mkdtempSync(path.join(tmpdir(), 'xinfeng-hub-build-'));
  writeRegistry(hubDir, COUNTIES, 'https://hub.example.cn/');
  for (const c of COUNTIES) {
    if (c.lastSuccess) storeCopy(hubDir, c.id, contractAt(c.url));
    writeStatus(hubDir, {
      id: c.id,
      lastAttempt: new Date(NOW).toISOString(),
      ...(c.lastSuccess
        ? { lastSuccess: new Date(c.lastSuccess).toISOString(), result: c.lastSuccess === NOW ? 'unchanged' : 'failed' }
        : { result: 'failed' }),
      ...(c.lastSuccess === NOW ? {} : { refusal: 'timeout', reason: '0.7 秒内没有答复' }),
    });
  }
  // The second as a province's IT person builds in the hub's own folder: npm run build.
  for (const n of [1, 2]) {
    clearHubOutput(out(n));
    const built = hubBuild(hubDir, out(n), { asBuild: n === 2 });
    expect(built.status, built.stdout + built.stderr).toBe(0);
  }
}, BUILD_TEST_TIMEOUT);

describe('npm run hub:build', () => {
  it('labels each county on the front page and leaves the long-stale one out', () => {
    const $ = page('/');
    const sections = $('main section h2')
      .map((_, h) => $(h).text())
      .get();
    expect(sections).toEqual(['巨野县', '郓城县', '东明县']);
    expect($('#county-yuncheng').parent().text()).toContain('数据截至2026年12月4日');
    expect($('section:has(#county-dongming)').text()).toContain('暂无数据');
    expect($('main').text()).toContain('长期未更新，不在最新列表里：单县');
    expect($('section:has(#county-juye) li a').first().attr('href')).toMatch(/^\/juye\//);
  });

  it('tabulates every county: entries, this month, hours recorded, how current', () => {
    const $ = page('/counties/');
    const row = (id: string) =>
      $(`tr[data-county="${id}"] td`)
        .map((_, td) => $(td).text().trim())
        .get();
    const juye = row('juye');
    expect(Number(juye[0])).toBeGreaterThan(20);
    expect(juye[2]).toMatch(/^[\d,.]+$/);
    expect(juye[3]).toBe('正常');
    expect(row('shanxian')[3]).toBe('长期未更新（数据截至2026年11月27日）');
    expect(row('dongming')).toEqual(['—', '—', '—', '暂无数据']);
  });

  it('says on the status page what went wrong with each county', () => {
    const $ = page('/status/');
    expect($('li[data-county="dongming"]').text()).toContain('0.7 秒内没有答复');
    expect($('li[data-county="juye"]').attr('data-state')).toBe('current');
  });

  it('gives every entry a page of its full text, with nothing loaded from a county’s server', () => {
    const $ = page('/juye/stories/lunyi-weixiu/');
    expect($('h1').text()).toBe('一把扳手修好 30 辆轮椅：助残志愿者的“流动维修站”');
    expect($('article a.button').attr('href')).toBe('https://juye.example.cn/stories/lunyi-weixiu/');
    expect($('.entry-text').text().length).toBeGreaterThan(200);
    expect($('img, video, source, script[src^="http"], link[href^="http"]').length).toBe(0);
    expect($('[data-pagefind-filter="县"]').text()).toBe('巨野县');
  });

  it('merges the feeds keeping each county’s own ids, and builds the same bytes from the same copies', () => {
    const feed = JSON.parse(readFileSync(path.join(out(1), 'feed.json'), 'utf-8'));
    const counties = new Set(feed.items.map((i: { _xinfeng: { county: string } }) => i._xinfeng.county));
    expect([...counties].sort()).toEqual(['dongming', 'juye', 'yuncheng'].filter((c) => c !== 'dongming'));
    expect(feed.items[0].id).toMatch(/^https:\/\/(juye|yuncheng)\.example\.cn\//);
    expect(digest(out(2))).toBe(digest(out(1)));
  });

  it('stops when most counties have no copy at all, leaving the last hub as it was', () => {
    const before = digest(out(2));
    const empty = mkdtempSync(path.join(tmpdir(), 'xinfeng-hub-empty-'));
    writeRegistry(empty, COUNTIES);
    const built = hubBuild(empty, out(2), { asBuild: true });
    expect(built.status).toBe(1);
    expect(built.stdout + built.stderr).toContain('4 个县里有 4 个还没有任何数据');
    expect(built.stderr).toContain('原来的 .test-dist/hub-2/ 没有改动。');
    expect(digest(out(2))).toBe(before);
    expect(existsSync(path.join(ROOT, '.test-dist', '.hub-2-next'))).toBe(false);
  });

  it('links the merged feeds to the hub’s own address from the registry', () => {
    const rss = cheerio.load(readFileSync(path.join(out(1), 'rss.xml'), 'utf-8'), { xml: true });
    expect(rss('channel > link').first().text()).toBe('https://hub.example.cn/');
  });

  it('merges RSS, OPML and the calendar, keeping the counties’ guids and UIDs', () => {
    const built = (name: string) => readFileSync(path.join(out(1), name), 'utf-8');
    const rss = cheerio.load(built('rss.xml'), { xml: true });
    const guids = rss('item guid')
      .map((_, g) => rss(g).text())
      .get();
    expect(guids.length).toBeGreaterThan(20);
    expect(guids.every((g) => /^https:\/\/(juye|yuncheng|dongming)\.example\.cn\//.test(g))).toBe(true);
    const calendar = built('calendar.ics');
    expect(calendar).toContain('UID:announcement-dongji-songnuan-yugao@juye.example.cn');
    expect(calendar).toContain('UID:announcement-dongji-songnuan-yugao@yuncheng.example.cn');
    expect(calendar).not.toContain('@shanxian.example.cn');
    const opml = cheerio.load(built('feeds.opml'), { xml: true });
    expect(
      opml('outline')
        .map((_, o) => opml(o).attr('xmlUrl'))
        .get(),
    ).toEqual(expect.arrayContaining(['https://juye.example.cn/rss.xml', 'https://dongming.example.cn/rss.xml']));
  });

  it('after one county changes, indexes only its changed page and never shows the old title', async () => {
    const county = COUNTIES[1]!;
    let edited = { url: '', old: '' };
    const files = contractAt(county.url, (a) => {
      if (a._xinfeng.year !== 2026) return;
      edited = { url: a.items[0].url, old: a.items[0].title };
      a.items[0].title = '郓城县冬日暖阳行动纪实';
    });
    storeCopy(hubDir, county.id, files);
    const built = hubBuild(hubDir, out(1));
    expect(built.status, built.stdout + built.stderr).toBe(0);
    const indexed = /Indexed (\d+) changed page\(s\) in \/pagefind-changes\//.exec(built.stdout);
    expect(indexed, built.stdout).not.toBeNull();
    expect(Number(indexed![1])).toBe(1);

    const page = `/${county.id}${new URL(edited.url).pathname}`;
    const site = await openSite(out(1));
    try {
      const tab = await site.browser.newPage({ viewport: { width: 375, height: 800 } });
      const shown = async (query: string) => {
        await allResults(tab, `${site.base}/search/?q=${encodeURIComponent(query)}`);
        return tab.$$eval('.search-result h2 a', (a) => a.map((x) => [x.getAttribute('href'), x.textContent!.trim()]));
      };
      expect(await shown('冬日暖阳行动纪实')).toContainEqual([page, '郓城县冬日暖阳行动纪实']);
      const old = await shown(edited.old);
      expect(old.length).toBeGreaterThan(0);
      expect(old).not.toContainEqual([page, edited.old]);
    } finally {
      await site.close();
    }
  });
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { judgeCopy } from '../../src/lib/hub/judge-copy.ts';
import { parseRegistry } from '../../src/lib/hub/registry.ts';

const county = { id: 'juye', name: '巨野县', url: 'https://zhiyuan.juye.example.cn/', colour: '#b3261e' };
const item = (url: string, published = '2026-11-05T18:00:00+08:00') => ({
  id: url,
  url,
  title: '一把扳手修好 30 辆轮椅',
  summary: '流动维修站',
  content_html: '<p>正文</p>',
  date_published: published,
  tags: [],
  _xinfeng: { kind: 'story', teams: [], fields: [], events: [], sample: false },
});
function served(items: object[], tamper = false) {
  const archive = `${JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: '2026',
    home_page_url: county.url,
    feed_url: `${county.url}hub/archive-2026.json`,
    _xinfeng: { format: 1, site: 'juye', year: 2026, records: [] },
    items,
  })}\n`;
  const manifest = JSON.stringify({
    format: 1,
    site: { id: 'juye', name: '新风·巨野志愿', county: '巨野县', url: county.url },
    updated: '2026-11-05T18:00:00+08:00',
    counts: { stories: items.length, announcements: 0, campaigns: 0, teams: 0, events: 0 },
    records: { asOf: null, hours: 0, activities: 0 },
    files: [
      {
        path: '/hub/archive-2026.json',
        url: `${county.url}hub/archive-2026.json`,
        year: 2026,
        items: items.length,
        bytes: archive.length,
        sha256: createHash('sha256').update(archive).digest('hex'),
      },
    ],
  });
  return { county, manifest, archives: new Map([['/hub/archive-2026.json', tamper ? `${archive} ` : archive]]) };
}
const now = new Date('2026-12-07T10:00:00+08:00');

describe('a county’s copy, judged by the hub', () => {
  it('is kept when whole and its own', () => {
    expect(judgeCopy({ ...served([item(`${county.url}stories/a/`)]), now })).toMatchObject({ ok: true, items: 1 });
  });

  it('is refused when an archive is not the one the manifest vouches for', () => {
    expect(judgeCopy({ ...served([item(`${county.url}stories/a/`)], true), now })).toMatchObject({
      ok: false,
      refusal: 'checksum',
    });
  });

  it('is refused when an item claims another site’s address, or comes twice', () => {
    expect(judgeCopy({ ...served([item('https://other.example.cn/stories/a/')]), now })).toMatchObject({
      ok: false,
      refusal: 'schema',
    });
    const twice = item(`${county.url}stories/a/`);
    expect(judgeCopy({ ...served([twice, twice]), now })).toMatchObject({ ok: false, refusal: 'schema' });
  });

  it('allows a day of clock difference, not more', () => {
    const soon = item(`${county.url}stories/a/`, '2026-12-08T09:00:00+08:00');
    expect(judgeCopy({ ...served([soon]), now }).ok).toBe(true);
    const later = item(`${county.url}stories/a/`, '2026-12-09T09:00:00+08:00');
    expect(judgeCopy({ ...served([later]), now })).toMatchObject({ ok: false, refusal: 'future' });
  });
});

describe('the registry of counties', () => {
  it('refuses a county named twice, and a colour that is not one, naming the county and field', () => {
    const two = `name: 测试省\ncounties:\n  - {id: juye, name: 巨野县, url: 'https://a.example.cn/', colour: '#b3261e'}\n  - {id: juye, name: 郓城县, url: 'https://b.example.cn/', colour: '#b3261e'}\n`;
    expect(() => parseRegistry(two, 'hub/registry.yaml')).toThrow(
      'hub/registry.yaml：第 2 个县（counties[1]）的 id “juye”和前面的县重复了',
    );
    const red = `name: 测试省\ncounties:\n  - {id: juye, name: 巨野县, url: 'https://a.example.cn/', colour: red}\n`;
    expect(() => parseRegistry(red, 'hub/registry.yaml')).toThrow('的 colour 写得不对（"red"）');
  });

  it('takes the hub’s own address when given, and refuses one that is not an address', () => {
    const one = `  - {id: juye, name: 巨野县, url: 'https://a.example.cn/', colour: '#b3261e'}\n`;
    expect(parseRegistry(`name: 测试省\nurl: https://hub.example.cn/\ncounties:\n${one}`, 'r.yaml').url).toBe(
      'https://hub.example.cn/',
    );
    expect(parseRegistry(`name: 测试省\ncounties:\n${one}`, 'r.yaml').url).toBeUndefined();
    expect(() => parseRegistry(`name: 测试省\nurl: hub.example.cn\ncounties:\n${one}`, 'r.yaml')).toThrow(
      'r.yaml：url（汇聚平台自己的地址）写得不对（"hub.example.cn"）',
    );
  });
});

/**
 * The service records on the built sample site: /impact/'s figures and charts against the CSV files
 * staff wrote, the open data, the honour roll's stars and masking, a team's own figures, and the
 * people the honour roll protects, searched for in every file of dist/ (compressed copies and the
 * search index decompressed).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { OPEN_DATA_COLUMNS } from '../../src/lib/open-data-csv';
import { page } from '../support/built-pages';
import * as sample from '../support/sample-content';
import { SAMPLE_SITE } from '../support/site-build';

const rows = sample.records();
const teams = sample.teams();
const honours = sample.honours();
const teamName = new Map(teams.map((t) => [t.id, String(t.name)]));
const round = (n: number) => Math.round(n * 10) / 10;
const shown = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });
const monthName = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5))}月`;
const sum = (list: typeof rows, pick: 'hours' | 'activities' | 'participants' | 'served') =>
  round(list.reduce((s, r) => s + r[pick], 0));
/** A chart's data table as [label, value] pairs. */
function chartTable(urlPath: string, id: string): [string, string][] {
  const $ = page(urlPath);
  return $(`#${id} tbody tr`)
    .map((_, tr) => [[$(tr).find('th').text().trim(), $(tr).find('td').text().trim()]])
    .get() as [string, string][];
}

describe('/impact/ (服务数据)', () => {
  const months = [...new Set(rows.map((r) => r.month))].sort();
  it('gives the county’s figures added up from every row, up to the last recorded month', () => {
    const $ = page('/impact/');
    const figures = $('.totals li')
      .map((_, li) => $(li).text().replace(/\s+/g, ''))
      .get();
    expect(figures).toEqual([
      `服务时长${shown(Math.round(sum(rows, 'hours')))}小时`,
      `活动${shown(sum(rows, 'activities'))}场`,
      `志愿者参与${shown(sum(rows, 'participants'))}人次`,
      `服务群众${shown(sum(rows, 'served'))}人次`,
    ]);
    expect($('.lead').text()).toContain(`截至${monthName(months.at(-1)!)}`);
    expect($('h1 .badge-sample').length).toBe(1);
  });

  it('draws each chart from the records, its data table matching the CSV files', () => {
    const byMonth = (pick: 'hours' | 'activities') =>
      months.map((m) => [
        monthName(m),
        shown(
          sum(
            rows.filter((r) => r.month === m),
            pick,
          ),
        ),
      ]);
    expect(chartTable('/impact/', 'hours-by-month')).toEqual(byMonth('hours'));
    expect(chartTable('/impact/', 'activities-by-month')).toEqual(byMonth('activities'));
    const byTeam = [...teamName.keys()]
      .map(
        (id) =>
          [
            teamName.get(id)!,
            sum(
              rows.filter((r) => r.team === id),
              'hours',
            ),
          ] as const,
      )
      .sort((a, b) => b[1] - a[1]);
    expect(chartTable('/impact/', 'hours-by-team')).toEqual(byTeam.map(([name, h]) => [name, shown(h)]));
    const towns = new Map<string, number>();
    for (const r of rows) {
      const town = String(teams.find((t) => t.id === r.team)!.town);
      towns.set(town, round((towns.get(town) ?? 0) + r.hours));
    }
    expect(Object.fromEntries(chartTable('/impact/', 'hours-by-town'))).toEqual(
      Object.fromEntries([...towns].map(([t, h]) => [t, shown(h)])),
    );
  });

  it('gives every chart a caption, a one-sentence summary and an SVG named by both, with no script', () => {
    const $ = page('/impact/');
    const charts = $('figure.chart');
    expect(charts.length).toBe(5);
    charts.each((_, figure) => {
      const id = $(figure).attr('id')!;
      const svg = $(figure).find('svg');
      expect(svg.attr('role'), id).toBe('img');
      expect(svg.attr('aria-labelledby'), id).toBe(`${id}-title ${id}-summary`);
      expect($(figure).find('figcaption').text().trim(), id).not.toBe('');
      expect($(figure).find('.chart-summary').text(), id).toMatch(/^最多的是.+最少的是.+。$/);
      expect(svg.find('rect.chart-bar').length, id).toBeGreaterThan(0);
    });
    expect($('main script').length).toBe(0);
  });
});

describe('open data', () => {
  it('publishes every row as CSV (with a BOM for Excel) and as JSON with its licence and 截至', () => {
    const csv = readFileSync(path.join(SAMPLE_SITE, 'data/service-records.csv'), 'utf-8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trim().split('\n');
    expect(lines[0]).toBe(OPEN_DATA_COLUMNS.join(','));
    expect(lines.length - 1).toBe(rows.length);
    const json = JSON.parse(readFileSync(path.join(SAMPLE_SITE, 'data/service-records.json'), 'utf-8'));
    expect(json.asOf).toBe('2026-10');
    expect(json.licence).toContain('CC BY 4.0');
    expect(json.sample).toBe(true);
    expect(json.rows).toHaveLength(rows.length);
    expect(round(json.rows.reduce((s: number, r: { hours: number }) => s + r.hours, 0))).toBe(sum(rows, 'hours'));
    for (const r of rows.slice(0, 20)) {
      expect(json.rows).toContainEqual(expect.objectContaining({ month: r.month, teamId: r.team, hours: r.hours }));
    }
  });
  it('is linked from /impact/ and the media centre', () => {
    for (const p of ['/impact/', '/media/']) {
      const $ = page(p);
      expect($('a[href="/data/service-records.csv"]').length, p).toBe(1);
      expect($('a[href="/data/service-records.json"]').length, p).toBe(1);
    }
  });
});

describe('/honours/ (光荣榜)', () => {
  const $ = page('/honours/');
  const text = $('main').text().replace(/\s+/g, '');
  it('names those who agreed with the stars their hours earn, and masks those who did not', () => {
    const wang = $('.honour-list li').filter(
      (_, li) => $(li).text().includes('王秀兰') && $(li).text().includes('1,560'),
    );
    expect(wang.text()).toContain('五星志愿者');
    const chen = $('.honour-list li').filter((_, li) => $(li).text().includes('陈建国'));
    expect(chen.text()).toContain('四星志愿者');
    expect(text).toContain('李**（未公开全名）');
    expect(text).toContain('欧阳**（未公开全名）');
    // 赵德胜, 310 hours, no consent: masked, and 二星 from his hours.
    const zhao = $('.honour-list li').filter((_, li) => $(li).text().includes('赵**'));
    expect(zhao.text()).toContain('二星志愿者');
  });
  it('counts minors without naming them, and explains the star rule', () => {
    expect(text).toContain('另有2名未成年志愿者受到表扬（不公布姓名）');
    expect(text).toContain('一星100小时、二星300小时、三星600小时、四星1,000小时、五星1,500小时');
    expect($('#rule').nextAll('p').first().text()).toContain('2012');
  });
  it('lists star teams by year from their hours before records and those recorded', () => {
    const section = $('#teams-2026').parent();
    const qingnian = section.find('li').filter((_, li) => $(li).text().includes('巨野县青年志愿服务队'));
    const before = Number(teams.find((t) => t.id === 'qingnian')!.serviceHours.hours);
    const total = round(
      before +
        sum(
          rows.filter((r) => r.team === 'qingnian'),
          'hours',
        ),
    );
    expect(qingnian.text().replace(/\s+/g, '')).toContain(`累计${shown(total)}小时`);
  });
});

describe('a team’s page', () => {
  it('shows its own records-based figures and its month chart', () => {
    const mine = rows.filter((r) => r.team === 'jinhui-zhulao');
    const $ = page('/teams/jinhui-zhulao/');
    expect($('#records').parent().text().replace(/\s+/g, '')).toContain(`服务${shown(sum(mine, 'hours'))}小时`);
    expect(chartTable('/teams/jinhui-zhulao/', 'team-hours-by-month')).toEqual(
      mine.map((r) => [monthName(r.month), shown(r.hours)]),
    );
  });
});

/** Every file of the built site as text: compressed copies and the search index decompressed. */
function everyFileText(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf-8' }).flatMap((file) => {
    const full = path.join(dir, file);
    let bytes: Buffer;
    try {
      bytes = readFileSync(full);
    } catch {
      return []; // a folder
    }
    if (file.endsWith('.br')) bytes = brotliDecompressSync(bytes);
    else if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes); // .gz and Pagefind's files
    return [{ file, text: bytes.toString('utf-8') }];
  });
}

describe('people the honour roll protects', () => {
  const files = everyFileText(SAMPLE_SITE);
  const search = (name: string) => files.filter((f) => f.text.includes(name)).map((f) => f.file);
  it('never appear by full name anywhere in dist/: pages, feeds, JSON, the search index, the sitemap', () => {
    const protectedPeople = honours.filter((p) => !p.consent || p.minor);
    expect(protectedPeople.length).toBeGreaterThanOrEqual(4);
    for (const person of protectedPeople) expect(search(String(person.name)), person.name).toEqual([]);
  });
  it('while the same search finds those who agreed in the page and its compressed copies, and story text in the index', () => {
    expect(search('王秀兰')).toEqual(
      expect.arrayContaining(['honours/index.html', 'honours/index.html.br', 'honours/index.html.gz']),
    );
    const title = String(sample.stories()[0]!.title);
    expect(search(title).some((f) => f.startsWith('pagefind/fragment/'))).toBe(true);
  });
});

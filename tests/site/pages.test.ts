/** What a reader sees on each page type of the built sample site. */
import { describe, expect, it } from 'vitest';
import { allHtmlPaths, page, text } from '../support/built-pages';
import * as sample from '../support/sample-content';

const stories = sample.stories();
const teams = sample.teams();
const announcements = sample.announcements();
const campaigns = sample.campaigns();
const fields = sample.fields();

describe('every page', () => {
  const pages = allHtmlPaths();
  it('is Chinese, titled, with the header, a main landmark and the footer', () => {
    expect(pages.length).toBeGreaterThan(40);
    for (const p of pages) {
      const $ = page(p);
      expect($('html').attr('lang'), p).toBe('zh-CN');
      expect($('title').text(), p).toMatch(/新风·巨野志愿/);
      expect($('main#main').length, p).toBe(1);
      expect($('h1').length, p).toBe(1);
      expect($('.site-nav a[href="/stories/"]').length, p).toBe(1);
      expect(text($, 'footer'), p).toContain('鲁ICP备00000000号-1');
    }
  });
  it('loads nothing from another origin', () => {
    for (const p of pages) {
      const $ = page(p);
      $('script[src], link[rel="stylesheet"], img, source').each((_, el) => {
        for (const attr of ['src', 'href', 'srcset']) {
          const value = $(el).attr(attr);
          if (value) expect(value, `${p} ${attr}`).not.toMatch(/^(https?:)?\/\//);
        }
      });
    }
  });
  it('gives every picture alt text and a size, so nothing jumps while it loads', () => {
    for (const p of pages) {
      const $ = page(p);
      $('img').each((_, el) => {
        expect($(el).attr('alt'), p).toBeTruthy();
        expect(Number($(el).attr('width')), p).toBeGreaterThan(0);
        expect(Number($(el).attr('height')), p).toBeGreaterThan(0);
      });
    }
  });
});

describe('stories', () => {
  it('has a page for every story, with its summary, author, teams and the 示例 badge', () => {
    for (const story of stories) {
      const $ = page(`/stories/${story.id}/`);
      expect($('h1').text()).toContain(story.title);
      expect($('h1 .badge-sample').text()).toBe('示例');
      expect(text($)).toContain(story.summary);
      expect(text($)).toContain(story.author);
      const teamLinks = $('dt:contains("志愿队伍") + dd a')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(teamLinks).toEqual(story.teams.map((t: string) => `/teams/${t}/`));
    }
  });
  it('is listed on the page of each of its teams, which links back', () => {
    for (const story of stories) {
      for (const team of story.teams as string[]) {
        const $ = page(`/teams/${team}/`);
        expect(
          $(`#team-stories ~ ul a[href="/stories/${story.id}/"], section a[href="/stories/${story.id}/"]`).length,
          `${team} → ${story.id}`,
        ).toBeGreaterThan(0);
      }
    }
  });
  it('renders galleries, quotes and inline photos in the story body', () => {
    const gallery = page('/stories/xueleifeng-qidong/');
    expect(gallery('figure.gallery img').length).toBe(3);
    expect(gallery('figure.gallery figcaption').text()).toContain('启动仪式现场');
    const quote = page('/stories/mudan-huake/');
    expect(quote('blockquote.quote .who').text()).toContain('农民绘画志愿服务队');
    const inline = page('/stories/lunyi-weixiu/');
    expect(inline('.story-body img[srcset]').length).toBe(2);
  });
  it('links the previous and next story in date order', () => {
    const newestFirst = [...stories].sort((a, b) => String(b.published).localeCompare(String(a.published)));
    const $ = page(`/stories/${newestFirst[1]!.id}/`);
    expect($('.prev-next a.newer').attr('href')).toBe(`/stories/${newestFirst[0]!.id}/`);
    expect($('.prev-next a.older').attr('href')).toBe(`/stories/${newestFirst[2]!.id}/`);
  });
  it('paginates the list newest first, nine to a page', () => {
    const first = page('/stories/');
    const second = page('/stories/page/2/');
    const listed = [
      ...first('.cards h2 a')
        .map((_, a) => first(a).attr('href'))
        .get(),
      ...second('.cards h2 a')
        .map((_, a) => second(a).attr('href'))
        .get(),
    ];
    const newestFirst = [...stories].sort((a, b) => String(b.published).localeCompare(String(a.published)));
    expect(listed).toEqual(newestFirst.map((s) => `/stories/${s.id}/`));
    expect(first('.cards > li').length).toBe(9);
    expect(first('a[rel="next"]').attr('href')).toBe('/stories/page/2/');
    expect(second('a[rel="prev"]').attr('href')).toBe('/stories/');
  });
});

describe('home', () => {
  const $ = page('/');
  it('gives the county’s own team count with its source, and what the site holds, added up from the records', () => {
    const county = sample.site().countyFigures;
    const members = teams.reduce((sum, t) => sum + Number(t.members), 0);
    const recorded = sample.records().reduce((sum, r) => sum + r.hours, 0);
    const before = teams.reduce((sum, t) => sum + Number(t.serviceHours?.hours ?? 0), 0);
    const hours = Math.round((before + recorded) * 10) / 10;
    const shown = $('.totals li')
      .map((_, el) => $(el).text().replace(/\s+/g, ''))
      .get();
    expect(shown).toEqual([
      `全县志愿服务队伍${county.teams}支`,
      `本站收录队伍${teams.length}支`,
      `收录队伍的志愿者${members.toLocaleString('en-US')}人`,
      `收录队伍的服务时长${hours.toLocaleString('en-US')}小时`,
    ]);
    const note = $('.totals + .note').text();
    expect(note).toContain(`全县数字来自${county.source}，截至2026年3月3日`);
    expect(note).toContain('由各队伍的每月服务记录自动合计，截至2026年10月');
  });
  it('leads with the campaign running on the build date, with its dates and state', () => {
    // 2026-11-29: 阳光助残行动 ends on 30 November, the soonest of the running ones.
    expect($('.hero .slogan').text()).toBe('助残扶弱，阳光同行');
    expect($('.hero').text()).toContain('正在进行');
    expect($('.hero').text()).toContain('2026年5月1日至11月30日');
  });
  it('shows the latest stories and announcements', () => {
    expect($('.cards h3 a').first().attr('href')).toBe('/stories/lunyi-weixiu/');
    expect($('.list h3 a').first().attr('href')).toBe('/announcements/dongji-songnuan-yugao/');
  });
});

describe('teams', () => {
  it('groups the directory by service field and lists every team', () => {
    const $ = page('/teams/');
    for (const [id, field] of Object.entries(fields)) {
      const inField = teams.filter((t) => t.fields.includes(id));
      if (inField.length === 0) continue;
      expect($(`#field-${id}`).text()).toBe(field.name);
      const listed = $(`#field-${id}`)
        .closest('section')
        .find('h3 a')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(listed.sort()).toEqual(inField.map((t) => `/teams/${t.id}/`).sort());
    }
  });
  it('shows a team’s numbers, what it recruits and how to join', () => {
    for (const team of teams) {
      const $ = page(`/teams/${team.id}/`);
      expect($('h1').text()).toContain(team.name);
      expect(text($)).toContain(`${Number(team.members).toLocaleString('en-US')} 人`);
      expect(text($)).toContain(team.join);
      for (const r of team.recruiting ?? []) expect($('.recruit').text()).toContain(r.role);
      const signup = $('a').filter((_, a) => $(a).text() === '在线报名');
      expect(signup.attr('href'), team.id).toBe(team.signup);
    }
    expect(teams.some((t) => t.signup)).toBe(true);
  });
});

describe('announcements and campaigns', () => {
  it('gives every announcement its page with kind and event details', () => {
    for (const a of announcements) {
      const $ = page(`/announcements/${a.id}/`);
      expect($('h1').text()).toContain(a.title);
      expect($('.kind').first().text()).toBe(a.kind);
      if (a.event) expect($('#event-title').next('dl').text()).toContain(a.event.place);
    }
  });
  it('keeps the launch speech word for word', () => {
    expect(text(page('/announcements/xueleifeng-qidong-jianghua/'))).toContain('赠人玫瑰,手留余香。');
  });
  it('shows a campaign’s programme split into upcoming and past, with its stories and announcements', () => {
    const $ = page('/campaigns/jinhui-zhulao/');
    const upcoming = $('h3:contains("即将举行") + ul').text();
    expect(upcoming).toContain('冬季送温暖入户走访');
    expect(upcoming).toContain('老年人智能手机课堂');
    expect($('h3:contains("已经举行") + ul').text()).toContain('招募：重阳节敬老志愿服务志愿者 30 名');
    expect($('#campaign-stories').closest('section').find('a[href="/stories/chongyang-jinghao/"]').length).toBe(1);
    for (const c of campaigns) expect(page(`/campaigns/${c.id}/`)('h1').text()).toContain(c.title);
  });
  it('gives every service field a page with its stories', () => {
    for (const [id, field] of Object.entries(fields)) {
      const $ = page(`/fields/${id}/`);
      expect($('h1').text()).toBe(field.name);
      const expected = stories
        .filter((s) => s.fields.includes(id))
        .map((s) => `/stories/${s.id}/`)
        .sort();
      expect(
        $('#field-stories')
          .closest('section')
          .find('h3 a')
          .map((_, a) => $(a).attr('href'))
          .get()
          .sort(),
      ).toEqual(expected);
    }
  });
  it('has join, about and a Chinese 404 page', () => {
    expect(page('/join/')('h1').text()).toContain('加入我们');
    expect(page('/about/')('h1').text()).toBe('关于本站');
    expect(page('/404.html')('h1').text()).toBe('找不到这个页面');
  });

  it('sends a reader looking for a team near them from /join/ straight to the list by town', () => {
    const $ = page('/join/');
    const link = $('a[href="/teams/#by-town"]');
    expect(link.text()).toContain('乡镇');
    expect(page('/teams/')('#by-town').text()).toContain('按乡镇');
  });
});

describe('a government site’s footer and site map', () => {
  const site = sample.site();
  it('carries each filing mark of site.yaml on every page, linked to where it is verified, with images from the site', () => {
    for (const p of allHtmlPaths()) {
      const $ = page(p);
      const marks = $('footer .gov-marks');
      expect(marks.text(), p).toContain(`网站标识码：${site.siteCode}`);
      expect(marks.find(`a[href="https://beian.miit.gov.cn/"]`).text(), p).toBe(site.icp);
      const police = marks.find('a[href^="https://beian.mps.gov.cn/"]');
      expect(police.text(), p).toBe(site.police.number);
      expect(police.attr('href'), p).toMatch(/code=37172402000000$/);
      expect(police.find('img').attr('src'), p).toBe(site.police.badge);
      const conac = marks.find(`a[href="${site.conac.link}"] img`);
      expect(conac.attr('src'), p).toBe(site.conac.image);
      expect(conac.attr('alt'), p).toBe('党政机关网站标识');
      expect(marks.find(`a[href="${site.errorReport}"]`).text(), p).toBe('我为政府网站找错');
      expect($('footer a[href="/sitemap/"]').text(), p).toBe('网站地图');
    }
  });

  it('has a site map linking every section, every service field, campaign and team', () => {
    const $ = page('/sitemap/');
    expect($('h1').text()).toBe('网站地图');
    const links = new Set(
      $('main a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    );
    const expected = [
      ...['/', '/stories/', '/teams/', '/announcements/', '/campaigns/', '/join/', '/media/', '/about/'],
      ...['/fields/', '/search/', '/media/releases/', '/rss.xml', '/feeds.opml', '/calendar.ics'],
      ...Object.keys(fields).map((id) => `/fields/${id}/`),
      ...campaigns.map((c) => `/campaigns/${c.id}/`),
      ...teams.map((t) => `/teams/${t.id}/`),
    ];
    for (const href of expected) expect(links, href).toContain(href);
  });
});

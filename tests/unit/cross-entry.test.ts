import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { crossEntryProblems, type EntryFacts } from '../../src/content-check/cross-entry';

const contentDir = mkdtempSync(path.join(tmpdir(), 'xinfeng-content-'));
mkdirSync(path.join(contentDir, 'files/2026'), { recursive: true });
writeFileSync(path.join(contentDir, 'files/2026/biao.pdf'), '%PDF');
afterAll(() => rmSync(contentDir, { recursive: true, force: true }));

const LINES: Record<string, number> = { teams: 5, fields: 6, campaign: 7, attachments: 9 };
const entry = (collection: EntryFacts['collection'], id: string, data: Record<string, unknown>, body?: string) => ({
  collection,
  id,
  file: `content/${collection}/${id}.md`,
  data,
  lineOf: (field: string) => LINES[field],
  body: body === undefined ? undefined : { text: body, line: 12 },
});

const world = [
  entry('fields', 'zhulao-zhucan', { name: '助老助残' }),
  entry('teams', 'jinhui-zhulao', { name: '巨野县“金晖”助老志愿服务队', fields: ['zhulao-zhucan'] }),
  entry('teams', 'weifabu', { name: '还没发布的队伍', fields: ['zhulao-zhucan'], draft: true }),
  entry('campaigns', 'jinhui-zhulao', { title: '金晖助老行动', fields: ['zhulao-zhucan'] }),
];
const problemsOf = (...entries: EntryFacts[]) => crossEntryProblems([...world, ...entries], { contentDir });

describe('rules across entries', () => {
  it('finds nothing wrong in entries that agree', () => {
    const story = entry(
      'stories',
      'hao-gushi',
      { teams: ['jinhui-zhulao'], fields: ['zhulao-zhucan'] },
      '见 [队伍](/teams/jinhui-zhulao/)',
    );
    expect(problemsOf(story)).toEqual([]);
  });

  it('names the field, its line and the closest team for a reference that does not exist', () => {
    const story = entry('stories', 'gushi', { teams: ['jinhui-zhulo'], fields: ['zhulao-zhucan'] });
    expect(problemsOf(story)).toEqual([
      {
        file: 'content/stories/gushi.md',
        line: 5,
        field: 'teams[0]',
        level: 'error',
        problem: '引用的“jinhui-zhulo”在志愿服务队（content/teams/）中不存在。',
        fix: '是不是要写“jinhui-zhulao”（巨野县“金晖”助老志愿服务队）？',
      },
    ]);
  });

  it('refuses a published entry that refers to a draft, unless drafts are shown (astro dev) or it is a draft too', () => {
    const story = entry('stories', 'gushi', { teams: ['weifabu'], fields: ['zhulao-zhucan'] });
    expect(problemsOf(story).map((p) => p.problem)).toEqual([
      '引用的“weifabu”还是草稿，发布后读者会点到一个不存在的页面。',
    ]);
    expect(crossEntryProblems([...world, story], { contentDir, draftsShown: true })).toEqual([]);
    expect(problemsOf({ ...story, data: { ...story.data, draft: true } })).toEqual([]);
  });

  it('refuses an address that is not pinyin, and two entries at one address', () => {
    const chinese = entry('teams', '金晖', { name: '金晖', fields: ['zhulao-zhucan'] });
    const again = {
      ...entry('teams', 'jinhui-zhulao', { name: '另一支', fields: ['zhulao-zhucan'] }),
      file: 'content/teams/b.md',
    };
    expect(problemsOf(chinese, again).map((p) => `${p.file}: ${p.problem}`)).toEqual([
      'content/teams/金晖.md: 编号“金晖”会成为网页地址，只能用小写字母、数字和 -。',
      'content/teams/b.md: 编号“jinhui-zhulao”已经被 content/teams/jinhui-zhulao.md 使用，两篇会争同一个网址。',
    ]);
  });

  it('names a missing attachment and a link to a page that does not exist, each at its line', () => {
    const notice = entry(
      'announcements',
      'tongzhi',
      { attachments: [{ url: '/files/2026/biao.pdf' }, { url: '/files/2026/meiyou.pdf' }] },
      '正文\n\n请看 [这里](/stories/meiyou/)。',
    );
    expect(problemsOf(notice).map((p) => [p.line, p.field, p.problem])).toEqual([
      [9, 'attachments[1].url', '附件 /files/2026/meiyou.pdf 不存在。'],
      [14, '正文', '正文里的链接 /stories/meiyou/ 指向一个不存在的页面。'],
    ]);
  });

  it('names a footer badge of site.yaml whose image is not in public/', () => {
    const site = entry('site', 'site', {
      police: { number: '鲁公网安备 37172402000123号', badge: '/files/badges/gongan.png' },
      conac: { image: '/files/2026/biao.pdf', link: 'https://bszs.conac.cn/' },
    });
    expect(problemsOf(site).map((p) => [p.field, p.problem, p.fix])).toEqual([
      [
        'police.badge',
        '备案图标 /files/badges/gongan.png 不存在。',
        '把文件放到 content/files/badges/gongan.png，或改正地址。',
      ],
    ]);
  });
});

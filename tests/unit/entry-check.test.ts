import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemsBeforeSaving, problemsMessage } from '../../src/admin/entry-check';
import { readEntryFile } from '../../src/admin/entry-format';

const CONTENT = path.resolve(import.meta.dirname, '../../sample');
const file = 'content/stories/2026/lunyi-weixiu/index.md';
const known = {
  teams: new Map([
    ['yangguang-zhucan', '巨野县阳光助残志愿服务队'],
    ['jinhui-zhulao', '巨野县“金晖”助老志愿服务队'],
  ]),
  fields: new Map([['zhulao-zhucan', '助老助残']]),
  campaigns: new Map([['yangguang-zhucan', '阳光助残行动']]),
};
const form = () =>
  readEntryFile('stories', readFileSync(path.join(CONTENT, 'stories/2026/lunyi-weixiu/index.md'), 'utf-8'));
const check = (changes: Record<string, unknown>) =>
  problemsBeforeSaving({ collection: 'stories', form: { ...form(), ...changes }, file, known });

describe('problemsBeforeSaving', () => {
  it('lets a sample story be saved as it is', async () => {
    expect(await check({})).toEqual([]);
  });

  it('refuses a cover without alt text, naming the field as the form does', async () => {
    const problems = await check({ cover: { image: 'cover.jpg', alt: '', credit: '示例' } });
    expect(problems.map((p) => p.where)).toEqual(['封面照片 › 照片说明']);
  });

  it('refuses a team that does not exist and suggests the one meant', async () => {
    const [problem] = await check({ teams: ['jinhui'] });
    expect(problem).toMatchObject({ where: '队伍（第 1 项）' });
    expect(problem!.problem).toContain('“jinhui”');
    expect(problem!.fix).toContain('jinhui-zhulao');
  });

  it('refuses a javascript: link in the body, in the words of npm run check', async () => {
    const [problem] = await check({ body: '报名请点[这里](javascript:alert(1))。' });
    expect(problem).toMatchObject({ where: '正文' });
    expect(problem!.problem).toContain('不安全');
  });

  it('refuses a photo the body shows that was never uploaded', async () => {
    const problems = await check({ body: '![修轮椅](./meiyou.jpg)' });
    expect(problems.map((p) => p.problem)).toEqual(['正文插入了照片 meiyou.jpg，但这张照片还没有上传。']);
  });

  it('refuses a file it cannot save without spoiling it', async () => {
    const broken = readEntryFile('stories', '---\ntitle: [没有闭合\n---\n正文\n');
    const problems = await problemsBeforeSaving({ collection: 'stories', form: broken, file, known });
    expect(problems[0]!.problem).toContain('无法在网页编辑器里安全修改');
  });

  it('refuses a file the site would not read where it lies', async () => {
    const problems = await problemsBeforeSaving({
      collection: 'stories',
      form: form(),
      file: 'content/stories/2026/lunyi-weixiu.md',
      known,
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.problem).toContain('不在网站读取志愿故事的位置');
    expect(problems[0]!.fix).toContain('content/stories/<年份>/<编号>/index.md');
  });

  it('puts the problems in one numbered message', async () => {
    const message = problemsMessage(await check({ teams: ['jinhui'], body: '[x](javascript:void(0))' }));
    expect(message).toMatch(/^没有保存，请先改正下面 2 处：\n1\. 【队伍（第 1 项）】.+\n2\. 【正文】/);
  });
});

describe('problemsBeforeSaving, 先审后发', () => {
  const review = { since: new Date('2026-01-01T00:00:00Z'), reviewers: ['陈静', '赵磊'] };
  const now = new Date('2026-12-06T02:00:00Z');
  const attempt = (changes: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    problemsBeforeSaving({
      collection: 'stories',
      form: { ...form(), ...changes },
      file,
      known,
      review,
      now,
      ...extra,
    });

  it('lets an author save for review before anyone has approved it, but never with a reviewer who edited it', async () => {
    expect(await attempt({ reviewer: undefined })).toEqual([]);
    const problems = await attempt({ reviewer: '刘洋' });
    expect(problems.map((p) => p.where)).toEqual(['审核', '审核']);
    expect(problems.map((p) => p.problem).join()).toContain('不能审核自己写的或编辑的稿件');
  });

  it('asks for a 更正说明 when a story read from the site has its body changed, and accepts one', async () => {
    const changed = { body: `${form().body}\n又走访了 5 户。\n` };
    const [problem] = await attempt(changed, { readFromSite: true });
    expect(problem).toMatchObject({ where: '更正说明' });
    const corrected = { ...changed, corrections: [{ date: '2026-12-06 10:00', note: '补充了走访户数。' }] };
    expect(await attempt(corrected, { readFromSite: true })).toEqual([]);
    // In review, the copy read is the review branch's, not what readers have: it is not the measure.
    expect(await attempt(changed, { readFromSite: false })).toEqual([]);
  });
});

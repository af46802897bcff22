import { describe, expect, it } from 'vitest';
import { parseYamlAsWritten } from '../../src/lib/front-matter';
import { countyDefaults, countyShortName, siteYaml, teamDraft, type CountyAnswers } from '../../src/lib/new-county';
import { siteSchema } from '../../src/schema/collections/site';

const answers: CountyAnswers = {
  county: '测试县',
  ...countyDefaults('测试县'),
  address: '测试县人民路 1 号',
  phone: '0000-1234567',
  email: 'wmsj@ceshi.example.cn',
  pressName: '王明（宣传组）',
  pressPhone: '0000-1234568',
  pressEmail: 'media@ceshi.example.cn',
  domain: 'wmsj.ceshi.example.cn',
  reviewers: ['周文'],
  teams: [],
};
const site = (a: CountyAnswers) => siteSchema.parse(parseYamlAsWritten(siteYaml(a, '2026-12-07'), 'site.yaml'));

describe("a new county's site.yaml", () => {
  it('is what the content model accepts, with the answers and nothing of another county', () => {
    const written = site(answers);
    expect(written).toMatchObject({
      name: '新风·测试志愿',
      county: '测试县',
      sponsor: '测试县新时代文明实践中心',
      baseUrl: 'https://wmsj.ceshi.example.cn/',
      pressContact: { name: '王明（宣传组）', phone: '0000-1234568' },
      review: { reviewers: ['周文'] },
    });
    expect(written.sample).toBeFalsy();
    expect(siteYaml(answers, '2026-12-07')).not.toMatch(/巨野|xinfeng\.example/);
  });

  it('writes the filing numbers it was given, and leaves the others as comments to fill in', () => {
    expect(site(answers)).not.toHaveProperty('icp');
    const filed = site({ ...answers, icp: '鲁ICP备12345678号-1', police: '鲁公网安备 37172402000123号' });
    expect(filed.icp).toBe('鲁ICP备12345678号-1');
    expect(filed.police).toEqual({ number: '鲁公网安备 37172402000123号', badge: '/files/badges/gongan.png' });
  });

  it('names a site after its county without the 县, 市 or 区', () => {
    expect(countyShortName('测试县')).toBe('测试');
    expect(countyShortName('牡丹区')).toBe('牡丹');
    expect(countyShortName('峨边彝族自治县')).toBe('峨边彝族');
    expect(countyShortName('沛县')).toBe('沛县');
  });
});

describe("a new county's team", () => {
  it('is a draft under its pinyin name, its unknowns the placeholders the check refuses once published', () => {
    const { slug, text } = teamDraft('红马甲志愿服务队', 'shequ-fuwu', '2026-12-07');
    expect(slug).toBe('hong-majia-zhiyuan-fuwu');
    expect(text).toContain('name: "红马甲志愿服务队"');
    expect(text).toContain('draft: true');
    expect(text).toContain('一句话介绍这支队伍做什么');
  });
});

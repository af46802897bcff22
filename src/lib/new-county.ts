/**
 * What `npm run init` writes for a new county from its answers: content/site.yaml, a draft for each of
 * its teams (the skeleton `npm run new` writes, every unknown a placeholder the check refuses once the
 * draft is published) and the editor's login settings. Nothing of the sample site, nothing invented.
 */
import { entryTemplate } from './entry-templates.ts';
import { pinyinSlug } from './pinyin-slug.ts';

export interface CountyAnswers {
  /** 县（市、区）名称, e.g. 测试县 */
  county: string;
  /** the site's name */
  name: string;
  /** 主办单位: usually the county's 新时代文明实践中心 */
  sponsor: string;
  /** 承办单位, if any */
  organiser?: string;
  address: string;
  phone: string;
  email: string;
  /** the press contact's name and title */
  pressName: string;
  pressPhone: string;
  pressEmail: string;
  /** the site's domain, e.g. wmsj.ceshi.gov.cn */
  domain: string;
  siteCode?: string;
  icp?: string;
  /** 公安机关备案号 */
  police?: string;
  /** who may approve for publishing (先审后发) */
  reviewers: string[];
  /** the county's volunteer teams by name, if it has any yet */
  teams: string[];
}

/** 测试县 → 测试: the name without its 县/市/区/旗, for the site's default name. */
export function countyShortName(county: string): string {
  return county.length > 2 ? county.replace(/(自治县|自治旗|县|市|区|旗)$/u, '') : county;
}

/** Defaults offered for the questions that have one. */
export function countyDefaults(county: string) {
  return {
    name: `新风·${countyShortName(county)}志愿`,
    sponsor: `${county}新时代文明实践中心`,
  };
}

const q = (text: string) => JSON.stringify(text);

/** content/site.yaml for the answers, with the same comments the sample's carries. */
export function siteYaml(a: CountyAnswers, today: string): string {
  const optional = (line: string, value: string | undefined, example: string) =>
    value ? `${line}: ${q(value)}\n` : `# ${line}: ${q(example)}\n`;
  const reviewers = a.reviewers.length
    ? `review:\n  since: ${today}\n  reviewers: [${a.reviewers.map(q).join(', ')}]\n`
    : `# review:\n#   since: ${today}\n#   reviewers: ["审核人姓名"]\n`;
  const police = a.police
    ? `police:\n  number: ${q(a.police)}\n  badge: /files/badges/gongan.png   # 把备案图标放在 content/files/badges/gongan.png\n`
    : `# police:\n#   number: "某公网安备 00000000000000号"\n#   badge: /files/badges/gongan.png\n`;
  return `# yaml-language-server: $schema=./.schema/site.schema.json
# 网站的基本信息：页脚、媒体中心和分享都从这里读取。修改后重新生成网站即可。由 npm run init 生成于 ${today}。
name: ${q(a.name)}
tagline: ${q(`践行雷锋精神、弘扬时代新风——${a.county}新时代文明实践志愿服务`)}
county: ${q(a.county)}
sponsor: ${q(a.sponsor)}
${optional('organiser', a.organiser, '承办单位')}address: ${q(a.address)}
phone: ${q(a.phone)}
email: ${q(a.email)}
pressContact:
  name: ${q(a.pressName)}
  phone: ${q(a.pressPhone)}
  email: ${q(a.pressEmail)}
  hours: 工作日 8:30—12:00、14:30—18:00
reuse: ${q(`欢迎转载本站的故事和图片。转载时请注明来源“${a.name}”、原作者和原标题，图片保留署名，不得改变原意。`)}
baseUrl: https://${a.domain}/
# 每月服务记录（content/records/）的来源和开放数据的使用许可。
serviceRecords:
  source: 全国志愿服务信息系统
  licence: ${q(`知识共享署名 4.0（CC BY 4.0）：注明来源“${a.name}”即可使用`)}
# 先审后发：从 since 这天起发布的故事、公告和主题活动，页面底部必须写责任编辑和审核；审核人只能从名单里选，
# 不能是作者或责任编辑。要终审时加 finalReviewers（终审人）和 finalFor（important 或 all）。
${reviewers}# 以下是政府网站页脚的标识，都可以不写；写了就显示在每页页脚。图标文件放在 content/files/badges/。
${optional('siteCode', a.siteCode, '网站标识码')}${optional('icp', a.icp, '某ICP备00000000号-1')}${police}`;
}

/** A team's file: the new-entry skeleton as a draft, under its pinyin name. */
export function teamDraft(name: string, firstField: string, today: string): { slug: string; text: string } {
  const slug = pinyinSlug(name);
  return {
    slug,
    text: entryTemplate({ kind: 'team', title: name, slug, today, now: `${today} 00:00`, field: firstField }),
  };
}

/** deploy/editor.yaml for a new county: example values, said to be examples, for the IT person to set. */
export function editorYaml(): string {
  return `# 网页编辑器（/admin/）登录和保存用的代码托管网站，由县里的信息中心设置一次，步骤见 docs/operations.md“网页编辑器的设置”。
# 下面是示例值：server 写 forgejo（推荐，网页编辑器里先审后发）或 gitea；换成县里自建的 Forgejo 或 Gitea 的地址、网站仓库和 OAuth2 应用的客户端 ID。
# 这个文件不在 content/ 里：只有管理员能改它，能改内容的账号改不了网页编辑器的登录地址。
server: forgejo
gitServer: https://git.example.org
repo: wmsj/wangzhan
branch: main
appId: 00000000-0000-0000-0000-000000000000
`;
}

/**
 * npm run init: starts a new county's site in a folder of its own: this engine's files at this version,
 * and a content/ folder written from the county's answers (site.yaml, its teams as drafts, the fields of
 * service), with no sample content. Asks in Chinese for what it needs, or takes it all as options:
 *   npm run init -- <folder> [--county 某某县 --domain wmsj.example.cn …]
 * Then, in that folder, the README's two commands: npm install && npm start.
 */
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildNow } from '../../src/lib/build-now.ts';
import { beijingParts } from '../../src/lib/beijing-time.ts';
import { SAMPLE_FOLDER } from '../../src/lib/content-root.ts';
import { fail, firstCommit, folderAndOptions, writeEngine } from './new-folder.ts';
import { terminalQuestions } from '../staff/terminal-questions.ts';
import { countyDefaults, editorYaml, siteYaml, teamDraft, type CountyAnswers } from '../../src/lib/new-county.ts';
import { siteSchema } from '../../src/schema/collections/site.ts';
import { parseYamlAsWritten } from '../../src/lib/front-matter.ts';

const USAGE = `用法：
  npm run init -- <新网站的文件夹>          一步步回答几个问题
  npm run init -- <文件夹> --county 某某县 --domain wmsj.example.cn --address … --phone … --email …

  --county        县（市、区）名称，例如 某某县
  --name          网站名称（不写就用“新风·某某志愿”）
  --sponsor       主办单位（不写就用“某某县新时代文明实践中心”）
  --organiser     承办单位（可选）
  --address       中心地址
  --phone         对外联系电话
  --email         对外联系邮箱
  --press-name    新闻联系人的姓名和职务
  --press-phone   新闻联系人的电话（不写就用对外联系电话）
  --press-email   新闻联系人的邮箱（不写就用对外联系邮箱）
  --domain        网站域名，例如 wmsj.example.cn
  --site-code     网站标识码（可选，政府网站才有）
  --icp           ICP 备案号（可选）
  --police        公安机关备案号（可选）
  --reviewer      审核人姓名（先审后发；可写多次）
  --team          志愿服务队全称（可写多次；不写就是还没有队伍）
  -h, --help      显示这段说明`;

const { values, target } = folderAndOptions(
  {
    county: { type: 'string' },
    name: { type: 'string' },
    sponsor: { type: 'string' },
    organiser: { type: 'string' },
    address: { type: 'string' },
    phone: { type: 'string' },
    email: { type: 'string' },
    'press-name': { type: 'string' },
    'press-phone': { type: 'string' },
    'press-email': { type: 'string' },
    domain: { type: 'string' },
    'site-code': { type: 'string' },
    icp: { type: 'string' },
    police: { type: 'string' },
    reviewer: { type: 'string', multiple: true },
    team: { type: 'string', multiple: true },
  },
  USAGE,
  '请写新网站放在哪个文件夹，例如 npm run init -- ../mouxian-wangzhan',
);

const engineDir = path.resolve(import.meta.dirname, '../..');
const prompt = terminalQuestions(() => fail('\n已取消，没有写任何文件。'));
const ask = (question: string) => prompt!.ask(question);

/** The option's value, or the answer to its question; `fallback` when left empty, else asked again. */
async function answer(option: keyof typeof values, question: string, fallback?: string): Promise<string> {
  const given = values[option];
  if (typeof given === 'string' && given.trim()) return given.trim();
  if (!prompt) {
    if (fallback !== undefined) return fallback;
    fail(`缺少 --${option}（${question}）。\n\n${USAGE}`);
  }
  for (;;) {
    const said = await ask(fallback ? `${question}［直接回车就用：${fallback || '不填'}］：` : `${question}：`);
    if (said || fallback !== undefined) return said || fallback!;
    console.log('这一项不能空着，请再写一次。');
  }
}

/** Several names: the options given, or one per line until an empty line. */
async function names(option: 'reviewer' | 'team', question: string): Promise<string[]> {
  if (values[option]?.length || !prompt) return (values[option] ?? []).map((n) => n.trim()).filter(Boolean);
  console.log(`${question}（每行写一个，写完直接回车；一个都没有就直接回车）：`);
  const list: string[] = [];
  for (let said = await ask('> '); said; said = await ask('> ')) list.push(said);
  return list;
}

if (prompt) console.log('新建一个县的志愿服务网站。下面几个问题的答案都写进 content/site.yaml，以后随时可以改。\n');
const county = await answer('county', '县（市、区）的名称，例如 某某县');
const defaults = countyDefaults(county);
const name = await answer('name', '网站名称', defaults.name);
const sponsor = await answer('sponsor', '主办单位（一般是县新时代文明实践中心）', defaults.sponsor);
const organiser = await answer('organiser', '承办单位（可以不填）', '');
const address = await answer('address', '中心地址');
const phone = await answer('phone', '对外联系电话');
const email = await answer('email', '对外联系邮箱');
const pressName = await answer('press-name', '新闻联系人的姓名和职务，例如 张明（宣传组）');
const pressPhone = await answer('press-phone', '新闻联系人的电话', phone);
const pressEmail = await answer('press-email', '新闻联系人的邮箱', email);
const domain = (await answer('domain', '网站域名，例如 wmsj.example.cn'))
  .replace(/^https?:\/\//, '')
  .replace(/\/+$/, '');
const siteCode = await answer('site-code', '网站标识码（政府网站才有，可以不填）', '');
const icp = await answer('icp', 'ICP 备案号（可以不填）', '');
const police = await answer('police', '公安机关备案号（可以不填）', '');
const reviewers = await names('reviewer', '先审后发的审核人姓名');
const teams = await names('team', '已有的志愿服务队全称');
prompt?.close();

const answers: CountyAnswers = {
  county,
  name,
  sponsor,
  organiser: organiser || undefined,
  address,
  phone,
  email,
  pressName,
  pressPhone,
  pressEmail,
  domain,
  siteCode: siteCode || undefined,
  icp: icp || undefined,
  police: police || undefined,
  reviewers,
  teams,
};
const now = beijingParts(buildNow());
const pad = (n: number) => String(n).padStart(2, '0');
const today = `${now.year}-${pad(now.month)}-${pad(now.day)}`;

// The answers are held to the content model before anything is written.
const site = siteYaml(answers, today);
const checked = siteSchema.safeParse(parseYamlAsWritten(site, 'site.yaml'));
if (!checked.success) {
  fail(
    `有几项写得不对，没有写任何文件：\n${checked.error.issues.map((i) => `  ${i.path.join('.')}：${i.message}`).join('\n')}`,
  );
}

// The engine's files at this version: what git knows of this folder, less the county's own and the ignored.
const version = writeEngine(target, 'npm run init');

// The county's content: its facts, the national fields of service, its teams as drafts.
const content = path.join(target, 'content');
const sample = path.join(engineDir, SAMPLE_FOLDER);
mkdirSync(path.join(content, 'teams'), { recursive: true });
writeFileSync(path.join(content, 'site.yaml'), site);
copyFileSync(path.join(sample, 'fields.yaml'), path.join(content, 'fields.yaml'));
cpSync(path.join(sample, '.schema'), path.join(content, '.schema'), { recursive: true });
const fields = parseYamlAsWritten(readFileSync(path.join(sample, 'fields.yaml'), 'utf-8'), 'fields.yaml') as object;
const firstField = Object.keys(fields)[0]!;
for (const team of teams) {
  const draft = teamDraft(team, firstField, today);
  writeFileSync(path.join(content, 'teams', `${draft.slug}.md`), draft.text);
}
mkdirSync(path.join(content, 'files'), { recursive: true });
writeFileSync(path.join(content, 'files', '.gitkeep'), '');
writeFileSync(path.join(target, 'deploy', 'editor.yaml'), editorYaml());

// One repository, its first commit the site as made, when git knows who is committing.
const committed = firstCommit(target, `新建网站：${name}（xinfeng ${version}）`);

const relative = path.relative(process.cwd(), target) || '.';
console.log(`
已在 ${relative}/ 建好“${name}”的网站（xinfeng ${version}）${committed ? '，并做了第一次提交' : ''}。
  content/site.yaml      网站信息：页脚、媒体中心和分享都从这里读取
  content/teams/         ${teams.length ? `${teams.length} 支队伍的草稿：把占位文字换成真实内容，删去 draft: true 才会发布` : '还没有队伍：用 npm run new 新建'}
  content/files/         附件和备案图标
  deploy/editor.yaml     网页编辑器的登录设置（信息中心设置一次）
${police ? '  还要把公安机关备案图标放到 content/files/badges/gongan.png。\n' : ''}${committed ? '' : '  git 还不知道提交人是谁，没有做第一次提交：设置 git config user.name 和 user.email 后提交。\n'}
接下来：
  cd ${relative}
  npm install && npm start
以后升级程序的办法见 docs/operations.md“新建县网站和升级程序”。`);

/**
 * npm run new: writes a new entry with every field filled in as a skeleton, a pinyin address, today's
 * Beijing date and draft: true. Asks for what it needs, or takes it all as options:
 *   npm run new -- --kind story --title "重阳节敬老" --team jinhui-zhulao --field zhulao-zhucan [--campaign …] [--cover photo.jpg]
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { buildNow } from '../src/lib/build-now.ts';
import { beijingParts } from '../src/lib/beijing-time.ts';
import { contentRoot } from '../src/lib/content-root.ts';
import { entryTemplate, type EntryKind } from '../src/lib/entry-templates.ts';
import { pinyinSlug, uniqueSlug } from '../src/lib/pinyin-slug.ts';
import { isSlug } from '../src/lib/slug.ts';

const KINDS: Record<EntryKind, string> = {
  story: '志愿故事',
  announcement: '通知公告',
  team: '志愿服务队',
  campaign: '主题活动',
};
const { values } = parseArgs({
  options: {
    kind: { type: 'string' },
    title: { type: 'string' },
    team: { type: 'string' },
    field: { type: 'string' },
    campaign: { type: 'string' },
    slug: { type: 'string' },
    cover: { type: 'string' },
  },
});

const content = path.resolve(contentRoot());
const ids = (dir: string, pattern: RegExp) =>
  existsSync(path.join(content, dir))
    ? readdirSync(path.join(content, dir), { recursive: true, encoding: 'utf-8' }).flatMap((f) => {
        const m = pattern.exec(f.split(path.sep).join('/'));
        return m ? [m[1]!] : [];
      })
    : [];
const known = {
  team: ids('teams', /^([^/]+)\.md$/),
  field: Object.keys((yaml.load(readFileSync(path.join(content, 'fields.yaml'), 'utf-8')) as object) ?? {}),
  campaign: ids('campaigns', /^([^/]+)\.md$/),
};

const interactive = process.stdin.isTTY && process.stdout.isTTY;
const prompt = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
async function ask(name: string, question: string, choices?: string[]): Promise<string> {
  const given = values[name as keyof typeof values];
  if (given) return given;
  if (!prompt)
    fail(
      `缺少 --${name}。${choices ? `可选：${choices.join('、')}` : ''}\n用法：npm run new -- --kind story --title "标题" --team 队伍编号 --field 领域编号`,
    );
  const hint = choices ? `（可选：${choices.join('、')}）` : '';
  return (await prompt.question(`${question}${hint}：`)).trim();
}
function mustBeOneOf(name: string, value: string, choices: string[]) {
  if (!choices.includes(value)) fail(`--${name} 的“${value}”不存在。可选：${choices.join('、')}`);
}

const kind = (await ask('kind', '要新建什么', Object.keys(KINDS))) as EntryKind;
mustBeOneOf('kind', kind, Object.keys(KINDS));
const title = await ask('title', `${KINDS[kind]}的中文标题`);
if (!title) fail('标题不能为空。');
const team = kind === 'story' ? await ask('team', '哪支队伍（编号）', known.team) : undefined;
if (team) mustBeOneOf('team', team, known.team);
const field = kind === 'announcement' ? undefined : await ask('field', '服务领域（编号）', known.field);
if (field) mustBeOneOf('field', field, known.field);
if (values.campaign) mustBeOneOf('campaign', values.campaign, known.campaign);
prompt?.close();

const now = beijingParts(buildNow());
const pad = (n: number) => String(n).padStart(2, '0');
const today = `${now.year}-${pad(now.month)}-${pad(now.day)}`;
const taken = new Set([
  ...ids('stories', /^\d{4}\/([^/]+)\/index\.md$/),
  ...ids('announcements', /^\d{4}\/([^/]+)\.md$/),
  ...known.team,
  ...known.campaign,
]);
const base = values.slug ?? pinyinSlug(title);
if (!isSlug(base)) fail(`编号“${base}”只能用小写字母、数字和 -。请用 --slug 指定一个，例如 --slug chongyang-jinglao`);
const slug = uniqueSlug(base, taken);

const file = {
  story: path.join(content, 'stories', String(now.year), slug, 'index.md'),
  announcement: path.join(content, 'announcements', String(now.year), `${slug}.md`),
  team: path.join(content, 'teams', `${slug}.md`),
  campaign: path.join(content, 'campaigns', `${slug}.md`),
}[kind];
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(
  file,
  entryTemplate({
    kind,
    title,
    slug,
    today,
    now: `${today} ${pad(now.hour)}:${pad(now.minute)}`,
    team,
    field,
    campaign: values.campaign,
  }),
);

const coverTarget =
  kind === 'story'
    ? path.join(path.dirname(file), 'cover.jpg')
    : kind === 'campaign'
      ? path.join(content, 'campaigns', `${slug}.jpg`)
      : undefined;
if (values.cover && coverTarget) copyFileSync(values.cover, coverTarget);

const shown = path.relative(process.cwd(), file);
console.log(`已新建 ${shown}`);
console.log('下一步：');
console.log(`  1. 打开这个文件，按每行后面的说明填写，写好正文。`);
if (coverTarget && !values.cover) console.log(`  2. 把封面照片放到 ${path.relative(process.cwd(), coverTarget)}`);
console.log(
  `  ${coverTarget && !values.cover ? 3 : 2}. 运行 npm run check 检查；没有问题后删掉 draft: true 这一行，提交即可发布。`,
);

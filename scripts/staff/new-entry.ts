/**
 * npm run new: writes a new entry with every field filled in as a skeleton, a pinyin address, today's
 * Beijing date and draft: true. Asks for what it needs, or takes it all as options:
 *   npm run new -- --kind story --title "重阳节敬老" --team jinhui-zhulao --field zhulao-zhucan [--campaign …] [--cover photo.jpg]
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildNow } from '../../src/lib/build-now.ts';
import { beijingParts } from '../../src/lib/beijing-time.ts';
import { contentRoot } from '../../src/lib/content-root.ts';
import { choiceList, matchChoice, type Choice } from '../../src/lib/choice-match.ts';
import { entryTemplate, type EntryKind } from '../../src/lib/entry-templates.ts';
import { parseYamlAsWritten } from '../../src/lib/front-matter.ts';
import { pinyinSlug, uniqueSlug } from '../../src/lib/pinyin-slug.ts';
import { entriesIn } from './known-entries.ts';
import { terminalQuestions } from './terminal-questions.ts';
import { isSlug } from '../../src/lib/slug.ts';

const KINDS: Choice[] = [
  { id: 'story', name: '志愿故事' },
  { id: 'announcement', name: '通知公告' },
  { id: 'team', name: '志愿服务队' },
  { id: 'campaign', name: '主题活动' },
];
const USAGE = `用法：
  npm run new                          一步步回答几个问题
  npm run new -- --kind story --title "标题" --team 队伍 --field 服务领域

  --kind      要新建什么：story（志愿故事）、announcement（通知公告）、team（志愿服务队）、campaign（主题活动）
  --title     中文标题
  --team      哪支队伍（故事才要）：编号、全称或全称的一部分，例如 jinhui-zhulao 或 金晖
  --field     服务领域（公告不要）：编号或名称，例如 zhulao-zhucan 或 助老
  --campaign  所属主题活动（可选）：编号或名称
  --cover     封面照片的位置（可选），会复制到新文件旁边
  --slug      网址编号（可选），不写就用标题的拼音
  -h, --help  显示这段说明`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let values: Partial<Record<'kind' | 'title' | 'team' | 'field' | 'campaign' | 'slug' | 'cover', string>> & {
  help?: boolean;
};
try {
  ({ values } = parseArgs({
    options: {
      kind: { type: 'string' },
      title: { type: 'string' },
      team: { type: 'string' },
      field: { type: 'string' },
      campaign: { type: 'string' },
      slug: { type: 'string' },
      cover: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? '';
  fail(`不认识的写法“${option}”：选项是 --kind、--title 这样的，后面跟一个值。\n\n${USAGE}`);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const content = path.resolve(contentRoot());
/** Entries of one folder, with the name staff know each by (its name or title). */
const fieldsYaml = (parseYamlAsWritten(readFileSync(path.join(content, 'fields.yaml'), 'utf-8'), 'fields.yaml') ??
  {}) as Record<string, { name?: string }>;
const known = {
  team: entriesIn(content, 'teams', /^([^/]+)\.md$/),
  field: Object.entries(fieldsYaml).map(([id, f]) => ({ id, name: String(f?.name ?? id) })),
  campaign: entriesIn(content, 'campaigns', /^([^/]+)\.md$/),
};

const prompt = terminalQuestions(() => fail('\n已取消，没有新建任何文件。'));
const ask = (question: string) => prompt!.ask(question);

async function askText(option: 'title', question: string): Promise<string> {
  const given = values[option];
  if (given) return given;
  if (!prompt) fail(`缺少 --${option}。\n\n${USAGE}`);
  for (;;) {
    const answer = await ask(`${question}：`);
    if (answer) return answer;
    console.log('不能为空，请再写一次。');
  }
}

/** One of the choices, by option, or asked for again and again until one is clear. */
async function choose(option: 'kind' | 'team' | 'field' | 'campaign', question: string, choices: Choice[]) {
  const given = values[option];
  if (given) {
    const found = matchChoice(given, choices);
    if ('id' in found) return found.id;
    const hint = 'guess' in found && found.guess ? `是不是要写“${found.guess.id}”（${found.guess.name}）？` : '';
    fail(`--${option} 的“${given}”不存在。${hint}可选：\n${choiceList(choices)}`);
  }
  if (!prompt) fail(`缺少 --${option}。可选：\n${choiceList(choices)}\n\n${USAGE}`);
  console.log(`${question}（填序号、名称或编号都可以）：\n${choiceList(choices)}`);
  for (;;) {
    const answer = await ask('> ');
    const found = matchChoice(answer, choices);
    if ('id' in found) return found.id;
    if ('several' in found) {
      console.log(
        `“${answer}”对得上好几个：${found.several.map((c) => c.name).join('、')}。请说得再具体些，或填序号。`,
      );
    } else {
      const hint = found.guess ? `是不是“${found.guess.name}”？可以填 ${found.guess.id}。` : '';
      console.log(`没有找到“${answer}”。${hint}请从上面的列表里选，填序号最方便。`);
    }
  }
}

const kind = (await choose('kind', '要新建什么', KINDS)) as EntryKind;
const kindName = KINDS.find((k) => k.id === kind)!.name;
const title = await askText('title', `${kindName}的中文标题`);
const team = kind === 'story' ? await choose('team', '哪支队伍', known.team) : undefined;
const field = kind === 'announcement' ? undefined : await choose('field', '哪个服务领域', known.field);
const campaign = values.campaign ? await choose('campaign', '哪个主题活动', known.campaign) : undefined;
prompt?.close();

const now = beijingParts(buildNow());
const pad = (n: number) => String(n).padStart(2, '0');
const today = `${now.year}-${pad(now.month)}-${pad(now.day)}`;
const taken = new Set(
  [
    ...entriesIn(content, 'stories', /^\d{4}\/([^/]+)\/index\.md$/),
    ...entriesIn(content, 'announcements', /^\d{4}\/([^/]+)\.md$/),
    ...known.team,
    ...known.campaign,
  ].map((e) => e.id),
);
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
    campaign,
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

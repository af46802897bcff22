/**
 * npm run hub:init — starts a province hub in a folder of its own (issue 29): this engine's files at
 * this version and hub/registry.yaml naming the hub and its counties; no content/, so npm run build
 * there builds the hub. Asks in Chinese for what it needs, or takes it all as options:
 *   npm run hub:init -- <folder> --name 某某省新时代文明实践志愿服务 [--url https://…/] --county 某某县=https://…/ …
 * Then, in that folder: npm install, npm run hub:fetch, npm start.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { countyFromOption, parseRegistry, registryYaml, type County } from '../../src/lib/hub/registry.ts';
import { pinyinSlug } from '../../src/lib/pinyin-slug.ts';
import { fail, firstCommit, folderAndOptions, writeEngine } from '../county/new-folder.ts';
import { terminalQuestions } from '../staff/terminal-questions.ts';

const USAGE = `用法：
  npm run hub:init -- <汇聚平台的文件夹>      一步步回答几个问题
  npm run hub:init -- <文件夹> --name 某某省新时代文明实践志愿服务 --url https://zhiyuan.example.gov.cn/ \\
      --county 巨野县=https://zhiyuan.juye.gov.cn/ --county 郓城县=https://…/

  --name     汇聚平台的名称
  --url      汇聚平台自己的网址（可选，以 / 结尾）
  --county   一个县：县名=县网站的地址（可写多次，至少一个）`;

const { values, target } = folderAndOptions(
  { name: { type: 'string' }, url: { type: 'string' }, county: { type: 'string', multiple: true } },
  USAGE,
  '请写汇聚平台放在哪个文件夹，例如 npm run hub:init -- ../shengji-pingtai',
);

const prompt = terminalQuestions(() => fail('\n已取消，没有写任何文件。'));
if (prompt) console.log('新建一个省级汇聚平台。答案都写进 hub/registry.yaml，以后随时可以改。\n');
const name =
  values.name?.trim() || (prompt ? await prompt.ask('汇聚平台的名称，例如 山东省新时代文明实践志愿服务：') : '');
if (!name) fail(`缺少 --name（汇聚平台的名称）。\n\n${USAGE}`);
const url = values.url?.trim() || (prompt ? await prompt.ask('汇聚平台自己的网址（可以不填）：') : '');
let written = values.county ?? [];
if (written.length === 0 && prompt) {
  console.log('各县：每行写一个，“县名=县网站的地址”，例如 巨野县=https://zhiyuan.juye.gov.cn/；写完直接回车：');
  for (let said = await prompt.ask('> '); said; said = await prompt.ask('> ')) written.push(said);
}
prompt?.close();
if (written.length === 0) fail(`至少要登记一个县（--county 县名=县网站的地址）。\n\n${USAGE}`);
written = written.map((w) => w.trim());

// Held to the registry's own rules before anything is written.
const counties: County[] = written.map((w) => countyFromOption(w, pinyinSlug(w.split('=')[0]!).replaceAll('-', '')));
const yaml = registryYaml({ name, ...(url ? { url: url.endsWith('/') ? url : `${url}/` } : {}), counties });
try {
  parseRegistry(yaml, 'hub/registry.yaml');
} catch (error) {
  fail(`${(error as Error).message}\n没有写任何文件。`);
}

const version = writeEngine(target, 'npm run hub:init');
mkdirSync(path.join(target, 'hub'), { recursive: true });
writeFileSync(path.join(target, 'hub', 'registry.yaml'), yaml);

const committed = firstCommit(target, `新建汇聚平台：${name}（xinfeng ${version}）`);

const relative = path.relative(process.cwd(), target) || '.';
console.log(`
已在 ${relative}/ 建好“${name}”（xinfeng ${version}，登记了 ${counties.length} 个县）${committed ? '，并做了第一次提交' : ''}。
  hub/registry.yaml      平台的名称、地址和各县的网站：以后增减县就改这里
接下来：
  cd ${relative}
  npm install
  npm run hub:fetch      取各县公开的数据（每小时一次即可，见 docs/operations.md“省级汇聚平台”）
  npm start              生成汇聚平台并在本机预览`);

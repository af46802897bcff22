/**
 * npm run upgrade: moves a county's site (made by npm run init), or a province hub's folder (npm run
 * hub:init), to a newer engine. Given a checkout of the newer xinfeng, it replaces every engine file
 * with the new one, removes those the new engine no longer has, never touches the site's own files
 * (content/, deploy/editor.yaml, hub/), runs the content migrations the new version brings
 * (migrations/<version>.ts), each said in Chinese, and commits the whole upgrade as one commit for review.
 *   npm run upgrade -- <新版 xinfeng 的文件夹> [--force]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ENGINE_RECORD, type EngineRecord } from '../../src/lib/county-files.ts';
import { compareVersions, migrationsBetween } from '../../src/lib/engine-version.ts';
import { SAMPLE_FOLDER } from '../../src/lib/content-root.ts';
import { copyEngineFiles, fileDigests, listEngineFiles } from './engine-files.ts';

/** What a migration file (migrations/<version>.ts) exports. */
interface Migration {
  /** what it changes in the county's files, in Chinese, for the log */
  says: string;
  /** changes the content folder; returns the files it changed, relative to it */
  migrate: (contentDir: string) => string[] | Promise<string[]>;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { force: { type: 'boolean', default: false } },
});
if (positionals.length !== 1) fail('用法：npm run upgrade -- <新版 xinfeng 的文件夹> [--force]');
const site = process.cwd();
const engine = path.resolve(site, positionals[0]!);
const git = (cwd: string, ...args: string[]) => spawnSync('git', ['-C', cwd, ...args], { encoding: 'utf-8' });

const recordFile = path.join(site, ENGINE_RECORD);
if (!existsSync(recordFile)) fail(`这里没有 ${ENGINE_RECORD}：只有用 npm run init 建的县网站才能这样升级。`);
const record = JSON.parse(readFileSync(recordFile, 'utf-8')) as EngineRecord;
const version = (dir: string) =>
  (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf-8')) as { version: string }).version;
if (!existsSync(path.join(engine, 'package.json'))) fail(`${engine} 不是 xinfeng 程序的文件夹。`);
const to = version(engine);
const from = record.version;
if (compareVersions(to, from) <= 0 && !values.force)
  fail(`${engine} 是 xinfeng ${to}，不比现在的 ${from} 新：不用升级（确实要换成它，加 --force）。`);
const newFiles = listEngineFiles(engine);
if (!newFiles) fail(`${engine} 不是 git 仓库：请用 git clone 取得新版 xinfeng，再升级。`);

// One reviewable commit: refuse to mix the upgrade with changes not yet committed.
if (git(site, 'status', '--porcelain').stdout.trim())
  fail('这个文件夹里还有没有提交的改动：请先提交或撤销，再升级，升级会单独成为一次提交。');
// Engine files the county changed by hand are replaced too: say which, and go on only when asked.
const now = fileDigests(site, Object.keys(record.files));
const changedHere = Object.keys(record.files).filter((f) => now[f] !== '' && now[f] !== record.files[f]);
if (changedHere.length > 0 && !values.force) {
  fail(
    `这些程序文件在本县改过，升级会用新版覆盖它们：\n${changedHere.map((f) => `  ${f}`).join('\n')}\n` +
      '请把要保留的改动告诉程序的维护者；确认可以覆盖后，加 --force 再运行。',
  );
}

const dropped = Object.keys(record.files).filter((f) => !newFiles.includes(f));
for (const file of dropped) rmSync(path.join(site, file), { force: true });
copyEngineFiles(engine, site, newFiles);
// A province hub's folder has no content of its own (and must not get a content/: it would build as a
// county): no field help to refresh, no content to migrate.
const hasContent = existsSync(path.join(site, 'content'));
// The editors' field help follows the content model of the new version.
const schemas = path.join(engine, SAMPLE_FOLDER, '.schema');
if (hasContent && existsSync(schemas)) cpSync(schemas, path.join(site, 'content', '.schema'), { recursive: true });

console.log(`xinfeng ${from} → ${to}：换了 ${newFiles.length} 个程序文件，删去 ${dropped.length} 个新版不再有的。`);
const migrationsDir = path.join(site, 'migrations');
const available = existsSync(migrationsDir)
  ? readdirSync(migrationsDir)
      .filter((f) => /^\d+\.\d+\.\d+\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
  : [];
for (const v of hasContent ? migrationsBetween(from, to, available) : []) {
  const migration = (await import(pathToFileURL(path.join(migrationsDir, `${v}.ts`)).href)) as Migration;
  const changed = await migration.migrate(path.join(site, 'content'));
  console.log(
    `内容迁移（${v}）：${migration.says}${changed.length ? `\n  改了：${changed.join('、')}` : '（本县没有要改的文件）'}`,
  );
}

writeFileSync(recordFile, `${JSON.stringify({ version: to, files: fileDigests(site, newFiles) }, null, 2)}\n`);
git(site, 'add', '-A');
const unchanged = !git(site, 'status', '--porcelain').stdout.trim();
const committed = !unchanged && git(site, 'commit', '-q', '-m', `升级 xinfeng ${from} → ${to}`).status === 0;
const outcome = unchanged
  ? '程序文件和新版完全一样，没有要提交的改动'
  : committed
    ? '已提交为一次提交'
    : '改动已放进暂存区（git 还不知道提交人，没有提交）';
console.log(
  `${outcome}。接下来：npm install && npm run check && npm run build，通过后推送，流水线会先运行全部测试再上线。`,
);

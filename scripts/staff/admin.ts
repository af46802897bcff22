/**
 * npm run admin: the web editor on a staff member's own computer, without a git server. Starts
 * decap-server in git mode on this checkout (each save is a commit here) and the editing preview
 * (astro dev) whose /admin/ talks to it. Both listen on this computer only (127.0.0.1): decap-server
 * has no login, so it must never be reachable from the network, and a guard in front of it
 * (editor-guard.ts) refuses every request but the editor page's own, which carries this run's token.
 *   npm run admin [-- --repo <folder>] [--port 4321] [--proxy-port 8081]
 * --repo edits another checkout's content/ (tests use a scratch copy); the preview shows it too.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LOCAL_BRANCH_ENV, LOCAL_PROXY_ENV } from '../../src/admin/local-proxy.ts';
import { freePorts } from '../server/free-ports.ts';
import { startEditorGuard } from './editor-guard.ts';

const HOST = '127.0.0.1';
const { values } = parseArgs({
  options: {
    repo: { type: 'string', default: '.' },
    port: { type: 'string', default: '4321' },
    'proxy-port': { type: 'string', default: '8081' },
  },
});
const projectDir = process.cwd();
const repo = path.resolve(projectDir, values.repo!);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const git = (...args: string[]) => spawnSync('git', ['-C', repo, ...args], { encoding: 'utf-8' });

if (!existsSync(path.join(repo, 'content')))
  fail(`${repo} 里没有 content/ 文件夹：请在县网站的文件夹里运行 npm run admin（新建县网站用 npm run init）。`);
if (git('rev-parse', '--is-inside-work-tree').stdout.trim() !== 'true') {
  fail(`${repo} 不是 git 仓库：网页编辑器每保存一次就提交一次，需要在用 git 管理的网站文件夹里运行。`);
}
for (const key of ['user.name', 'user.email']) {
  if (!git('config', key).stdout.trim()) {
    fail(
      `git 还不知道提交人是谁（没有设置 ${key}）。请先运行一次：\n  git config --global user.name "您的姓名"\n  git config --global user.email "您的邮箱"`,
    );
  }
}
// decap-server commits everything that changed in the folder, not only what the editor wrote.
const pending = git('status', '--porcelain').stdout.trim();
if (pending) {
  console.warn(
    `注意：这个文件夹里还有没有提交的改动，网页编辑器第一次保存时会把它们一起提交：\n${pending
      .split('\n')
      .slice(0, 8)
      .join('\n')}\n`,
  );
}

const children: ChildProcess[] = [];
function stopAll(code: number): never {
  for (const child of children) child.kill();
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => stopAll(0));

const branch = git('branch', '--show-current').stdout.trim();
if (!branch)
  fail(`${repo} 现在不在任何分支上（git checkout 了某个提交）：请先切换到网站的分支，例如 git checkout main。`);
const [proxyPort, sitePort, serverPort] = await freePorts([Number(values['proxy-port']), Number(values.port), 0], HOST);
const token = randomBytes(18).toString('base64url');
const proxyUrl = `http://${HOST}:${proxyPort}/${token}/api/v1`;
await startEditorGuard(
  { port: proxyPort, token, editorOrigins: [`http://${HOST}:${sitePort}`, `http://localhost:${sitePort}`] },
  { host: HOST, port: serverPort },
).catch((error: Error) => fail(`网页编辑器的保护程序没能在端口 ${proxyPort} 启动：${error.message}`));

const proxy = spawn(process.execPath, [path.join(projectDir, 'node_modules/decap-server/dist/index.js')], {
  env: {
    ...process.env,
    MODE: 'git',
    GIT_REPO_DIRECTORY: repo,
    PORT: String(serverPort),
    BIND_HOST: HOST,
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
children.push(proxy);
const dev = spawn(
  process.execPath,
  [path.join(projectDir, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', HOST, '--port', String(sitePort)],
  {
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      [LOCAL_PROXY_ENV]: proxyUrl,
      [LOCAL_BRANCH_ENV]: branch,
      ...(repo === projectDir ? {} : { XINFENG_CONTENT_DIR: path.join(repo, 'content') }),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
children.push(dev);
for (const child of children) {
  child.once('exit', (code) => {
    console.error(
      `\n${child === proxy ? 'decap-server' : '编辑预览（astro dev）'} 停止了（退出码 ${code}），网页编辑器随之关闭。`,
    );
    stopAll(code || 1);
  });
}
// The preview's own lines are for developers; staff need only the address below.
dev.stdout?.resume();

/** Until the address answers, or a message saying what did not start. */
async function answers(url: string, what: string, init?: RequestInit): Promise<void> {
  const giveUpAt = Date.now() + 180_000;
  for (;;) {
    if (
      await fetch(url, init).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    if (Date.now() > giveUpAt) {
      console.error(`${what}三分钟后还没有启动，网页编辑器没有打开。`);
      stopAll(1);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const editorUrl = `http://${HOST}:${sitePort}/admin/`;
await answers(`http://${HOST}:${serverPort}/api/v1`, 'decap-server', {
  method: 'POST',
  body: '{"action":"info"}',
  headers: { 'Content-Type': 'application/json' },
});
await answers(editorUrl, '编辑预览（astro dev）');
console.log(`网页编辑器已在 ${editorUrl} 打开（只有这台电脑能访问）。
点“登录”即可开始。先审后发：“保存”只存进这篇内容自己的分支（cms/…），网站不变；审核人在“审核”页把它改为“待发布”
并点“立即发布”后，才合并到 ${repo} 的 ${branch} 分支，再用 git push 推送到县里的代码托管网站。
网站预览：http://${HOST}:${sitePort}/   按 Ctrl+C 停止。`);

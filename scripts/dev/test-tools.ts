/**
 * What the test suite needs from the system beyond Node: Debian's Chromium for the browser tests,
 * Debian's feedparser and icalendar as the real feed and calendar clients, Java for the Nu HTML
 * Checker, and nginx with its Brotli module, openssl and rsync to serve and deploy the site as a
 * county's server does. `npm test` runs this file first: it installs whatever is missing with apt-get when it may
 * (as root, or with sudo that asks no password), and otherwise stops before any test runs, naming the
 * command to run. The built-site tests' global setup checks again, so running vitest by hand without
 * these fails at once too, instead of skipping tests.
 *   node scripts/dev/test-tools.ts [--check]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CHROMIUM_PATH } from '../../tests/support/chromium.ts';
import { BROTLI_MODULE, NGINX } from '../server/serve-nginx.ts';

/** Debian's own python3: the one on PATH may be another, without Debian's modules. */
export const DEBIAN_PYTHON = '/usr/bin/python3';

interface SystemTool {
  /** what it is, for people: Chinese, then English */
  name: string;
  /** the Debian package that provides it */
  debianPackage: string;
  present(): boolean;
}

const runs = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const pythonModule = (module: string) => () => runs(DEBIAN_PYTHON, ['-c', `import ${module}`]);

const TOOLS: SystemTool[] = [
  { name: 'Chromium 浏览器 / Chromium', debianPackage: 'chromium', present: () => existsSync(CHROMIUM_PATH) },
  {
    name: 'feedparser 订阅源阅读器 / feedparser',
    debianPackage: 'python3-feedparser',
    present: pythonModule('feedparser'),
  },
  { name: 'icalendar 日历库 / icalendar', debianPackage: 'python3-icalendar', present: pythonModule('icalendar') },
  {
    name: 'Java（HTML 校验器用）/ Java for the HTML checker',
    debianPackage: 'default-jre-headless',
    present: () => runs('java', ['-version']),
  },
  { name: 'nginx 网页服务器 / nginx', debianPackage: 'nginx', present: () => existsSync(NGINX) },
  {
    name: 'nginx 的 Brotli 模块 / nginx Brotli module',
    debianPackage: 'libnginx-mod-http-brotli-static',
    present: () => existsSync(BROTLI_MODULE),
  },
  { name: 'openssl（测试证书用）/ openssl', debianPackage: 'openssl', present: () => runs('openssl', ['version']) },
  { name: 'rsync（部署用）/ rsync', debianPackage: 'rsync', present: () => runs('rsync', ['--version']) },
  { name: 'ffmpeg（测试视频转换用）/ ffmpeg', debianPackage: 'ffmpeg', present: () => runs('ffmpeg', ['-version']) },
  {
    name: 'OpenSSH 服务器（测试部署到服务器用）/ OpenSSH server',
    debianPackage: 'openssh-server',
    present: () => existsSync('/usr/sbin/sshd'),
  },
];

export function missingTools(): SystemTool[] {
  return TOOLS.filter((tool) => !tool.present());
}

/** One message, in Chinese and English, naming what is missing and the exact command that installs it. */
export function missingToolsMessage(missing: readonly SystemTool[], why = ''): string {
  const command = `sudo apt-get install -y ${missing.map((t) => t.debianPackage).join(' ')}`;
  return [
    `测试需要的系统软件没有安装：${missing.map((t) => t.name.split(' / ')[0]).join('、')}。${why}`,
    `请先运行：${command}`,
    `The tests need system packages that are not installed: ${missing.map((t) => t.name.split(' / ')[1]).join(', ')}.`,
    `Run: ${command}`,
  ].join('\n');
}

/** How this process may run apt-get: directly as root, through sudo without a password, or not at all. */
function aptGetPrefix(): string[] | undefined {
  if (!existsSync('/usr/bin/apt-get')) return undefined;
  if (process.getuid?.() === 0) return [];
  return runs('sudo', ['-n', 'true']) ? ['sudo', '-n'] : undefined;
}

/** Installs the packages quietly; apt-get's own lines are shown only when it fails. */
function install(packages: string[], prefix: string[]): boolean {
  const apt = (...args: string[]) => {
    const [command, ...rest] = [...prefix, 'apt-get', ...args];
    const run = spawnSync(command!, rest, {
      encoding: 'utf-8',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (run.status !== 0) console.error(`${run.stdout ?? ''}${run.stderr ?? ''}`.split('\n').slice(-30).join('\n'));
    return run.status === 0;
  };
  console.log(`正在安装测试需要的系统软件 / Installing what the tests need: ${packages.join(' ')}`);
  return apt('update', '-qq') && apt('install', '-y', '-qq', ...packages);
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  let missing = missingTools();
  let why = '';
  const prefix = values.check ? undefined : aptGetPrefix();
  if (missing.length > 0 && prefix) {
    if (
      !install(
        missing.map((t) => t.debianPackage),
        prefix,
      )
    )
      why = 'apt-get 没能安装它们（见上面的输出）。';
    missing = missingTools();
  } else if (missing.length > 0 && !values.check) {
    why = '本命令没有权限自动安装（不是 root，sudo 需要密码）。';
  }
  if (missing.length > 0) {
    console.error(missingToolsMessage(missing, why));
    process.exit(1);
  }
}

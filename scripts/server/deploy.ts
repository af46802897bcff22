/**
 * npm run deploy: puts the built site online on the county's server, atomically. The site goes into
 * a new release folder (`releases/<time>-<commit>.partial` while it uploads), and only a complete upload
 * is switched to: the `current` symlink the web server serves is replaced in one rename, so readers
 * see the old site or the new one, never half of each. The last releases are kept for rollback.
 *   npm run deploy -- <target> [--force] [--keep 5] [--after "<command>"] [--bandwidth <KB/s>] [--dir dist]
 *   npm run deploy -- --rollback <target> [--after "<command>"]
 * To a server, `--identity <key file>` and `--known-hosts <file>` give ssh the deploy key and the server's
 * host key (the pipeline has them from the repository's secrets), `--port` the port where ssh is not on 22;
 * without them ssh uses its own setup (~/.ssh/config).
 * <target> is `user@host:/srv/xinfeng` (rsync and ssh, which a county's IT already has) or a local folder.
 * It refuses a site folder that is not a finished build (npm run build writes .server/build.json last),
 * one built from a checkout with changes nobody committed (unless --force), and one older than the site
 * being served (unless --force). `--after` runs on the server once the switch is made, e.g.
 * "sudo systemctl reload nginx", which nginx needs when the build's Content-Security-Policy changed.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readBuildStamp, siteInventory, type BuildStamp } from '../build/build-stamp.ts';
import { SERVER_FILES } from '../../src/lib/server-files.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rollback: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    keep: { type: 'string', default: '5' },
    after: { type: 'string' },
    bandwidth: { type: 'string' },
    dir: { type: 'string', default: 'dist' },
    identity: { type: 'string' },
    'known-hosts': { type: 'string' },
    port: { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const target =
  positionals[0] ?? fail('请写明部署到哪里：npm run deploy -- 用户名@服务器:/srv/xinfeng，或一个本机文件夹。');
const keep = Number(values.keep);
if (!Number.isInteger(keep) || keep < 2) fail('--keep 至少是 2：保留当前版本和可以回退的上一个版本。');

/** user@host:/path (or host:/path) is a server reached by ssh; anything else is a folder here. */
const remote = /^([^/:]+):(.+)$/.exec(target);
const host = remote?.[1];
const folder = remote ? remote[2]! : path.resolve(target);

const quote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

/** ssh without questions: a key it cannot use, or a host it does not know, is an error, not a prompt. */
const ssh = [
  'ssh',
  '-o',
  'BatchMode=yes',
  ...(values.port ? ['-p', values.port] : []),
  ...(values.identity ? ['-i', values.identity, '-o', 'IdentitiesOnly=yes'] : []),
  ...(values['known-hosts']
    ? ['-o', `UserKnownHostsFile=${values['known-hosts']}`, '-o', 'StrictHostKeyChecking=yes']
    : []),
];

/** Runs a shell script where the site lives: here, or on the server through ssh. */
function onServer(script: string): { status: number | null; output: string } {
  const [command, args] = host ? [ssh[0]!, [...ssh.slice(1), host, 'sh -s']] : ['sh', ['-s']];
  const result = spawnSync(command, args as string[], { input: script, encoding: 'utf-8' });
  if (result.error)
    fail(
      `无法运行 ${command}：${result.error.message}。请先安装：sudo apt-get install -y ${host ? 'openssh-client' : 'dash'}`,
    );
  const output = `${result.stdout}${result.stderr}`.trim();
  // 255 is ssh's own failure (no connection, key refused, host key unknown), before any script ran.
  if (host && result.status === 255) {
    fail(
      `无法通过 ssh 登录 ${host}（${output}）。请检查：服务器地址和端口（--port）；部署密钥（--identity）的公钥已加入服务器上部署用户的 ~/.ssh/authorized_keys；服务器指纹（--known-hosts）与服务器一致。`,
    );
  }
  return { status: result.status, output };
}

/** The switch of `current` to a release (a shell word: quoted, or a variable), in one rename. */
const switchTo = (release: string) => `ln -sfn releases/${release} current.new && mv -T current.new current`;

const after = values.after ? `echo "运行：${values.after.replaceAll('"', '\\"')}"; ${values.after}` : '';

if (values.rollback) {
  const result = onServer(`set -eu
cd ${quote(folder)}
now=$(readlink current 2>/dev/null | sed 's#^releases/##') || { echo "${folder} 还没有部署过任何版本。"; exit 3; }
previous=$(ls -1 releases | grep -v '\\.partial$' | sort | awk -v now="$now" '$0 < now' | tail -n 1)
[ -n "$previous" ] || { echo "没有比 $now 更早的版本可以回退。"; exit 3; }
${switchTo('"$previous"')}
echo "已回退：$now → $previous"
${after}
`);
  console.log(result.output);
  process.exit(result.status ?? 1);
}

// What is about to go online must be a finished build, as it was built.
const dir = path.resolve(values.dir!);
const stamp: BuildStamp =
  readBuildStamp(dir) ??
  fail(`${values.dir}/ 不是一次完整的生成（没有 .server/build.json）：请先运行 npm run build，成功后再部署。`);
const found = siteInventory(dir);
if (found.files !== stamp.files || found.bytes !== stamp.bytes) {
  fail(
    `${values.dir}/ 和生成时的记录不一致（记录 ${stamp.files} 个文件、${stamp.bytes} 字节，现在 ${found.files} 个、${found.bytes} 字节）：生成之后被改动过，或生成没有完成。请重新运行 npm run build。`,
  );
}
if (stamp.dirty.length > 0 && !values.force) {
  fail(
    `这个网站是从有未提交改动的代码生成的（${stamp.dirty.slice(0, 5).join('、')}${stamp.dirty.length > 5 ? ' 等' : ''}）：线上的网站应当能从某次提交重新生成。请先提交这些改动再生成；确实要部署时加 --force。`,
  );
}

function sameInventory(record: string, ours: BuildStamp): boolean {
  try {
    const theirs = JSON.parse(record) as BuildStamp;
    return theirs.files === ours.files && theirs.bytes === ours.bytes && theirs.commit === ours.commit;
  } catch {
    return false;
  }
}

const release = `${stamp.builtAt.replace(/[-:]|\.\d+/g, '')}-${stamp.commit?.slice(0, 7) ?? 'nogit'}`;
const partial = `${release}.partial`;

// Nothing to do when the server already serves this very build. A release is named by its build
// time and commit; two different builds with one name (a build clock held still, a checkout being
// worked on) must not pass for each other.
const [serving = '', ...servedRecord] = onServer(
  `cd ${quote(folder)} 2>/dev/null && readlink current 2>/dev/null && cat current/${SERVER_FILES.build} 2>/dev/null || true`,
).output.split('\n');
if (serving === `releases/${release}`) {
  if (sameInventory(servedRecord.join('\n'), stamp)) {
    console.log(`服务器上已经是这个版本（${release}），无需部署。`);
    process.exit(0);
  }
  fail(
    `服务器上已有同名的版本 ${release}（同一提交、同一生成时间），但文件不同：这次生成的不是线上的那一次。请重新运行 npm run build 再部署。`,
  );
}

const prepared = onServer(`set -eu
mkdir -p ${quote(`${folder}/releases`)}
cd ${quote(folder)}
# Left by a deploy that was stopped midway: never served, safe to remove.
for stale in releases/*.partial; do if [ -e "$stale" ]; then rm -rf "$stale"; fi; done
now=$(readlink current 2>/dev/null || true)
if [ -n "$now" ] && [ -f "$now/.server/build.json" ] && [ ${stamp.commitTime ?? 0} -gt 0 ] && [ ${values.force ? 1 : 0} -eq 0 ]; then
  serving=$(sed -n 's/.*"commitTime": *\\([0-9][0-9]*\\).*/\\1/p' "$now/.server/build.json")
  if [ -n "$serving" ] && [ ${stamp.commitTime ?? 0} -lt "$serving" ]; then
    echo "服务器上的网站（$now）来自更新的提交，不用旧的替换它。确实要这样做时加 --force，或用 --rollback 回退。"
    exit 3
  fi
fi
`);
if (prepared.status !== 0) fail(prepared.output);

console.log(`正在上传到 ${target}（版本 ${release}）……`);
const destination = `${host ? `${host}:` : ''}${folder}/releases/${partial}/`;
const rsyncArgs = [
  // Recursive, symlinks and permissions, but not times: every build writes every file anew, so a file
  // is compared by its content, and one that did not change becomes a hard link to the release being
  // served (no upload, no extra space, and its time and ETag stay those of when it last changed).
  '-rlp',
  '--checksum',
  '--delete',
  ...(serving ? [`--link-dest=${folder}/current/`] : []),
  ...(values.bandwidth ? [`--bwlimit=${values.bandwidth}`] : []),
  ...(host ? ['-e', ssh.map(quote).join(' ')] : []),
  `${dir}/`,
  destination,
];
const rsync = spawn('rsync', rsyncArgs, { stdio: ['ignore', 'inherit', 'inherit'] });
// Stopped midway (Ctrl+C, a CI job cancelled): rsync stops too, and nothing is switched.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    rsync.kill(signal);
    console.error(`部署被中断：线上的网站没有改变。下次部署会清理没有传完的 ${partial}。`);
    process.exit(1);
  });
}
const uploaded = await new Promise<number | null>((resolve) => {
  rsync.once('error', () => resolve(-1));
  rsync.once('close', resolve);
});
if (uploaded === -1) fail('没有找到 rsync。请先运行：sudo apt-get install -y rsync（服务器上也要安装）。');
if (uploaded !== 0) fail(`上传没有完成（rsync 退出码 ${uploaded}）：线上的网站没有改变。`);

const switched = onServer(`set -eu
cd ${quote(folder)}
if [ -e ${quote(`releases/${release}`)} ]; then rm -rf ${quote(`releases/${partial}`)}; else mv ${quote(`releases/${partial}`)} ${quote(`releases/${release}`)}; fi
${switchTo(quote(release))}
echo "已上线：${release}"
# Keep the newest releases; never the one being served.
serving=$(readlink current)
ls -1 releases | grep -v '\\.partial$' | sort | head -n -${keep} | while read -r old; do
  if [ "releases/$old" != "$serving" ]; then rm -rf "releases/$old"; echo "删除旧版本：$old"; fi
done
${after}
`);
console.log(switched.output);
process.exit(switched.status ?? 1);

/**
 * Build the site and put it online: the one command the pipeline (.github/workflows/publish.yml) and
 * the timed rebuild (rebuild-if-due.ts) both end with. Runs `npm run build` into --out, then, when it
 * passed, `npm run deploy` with the target and options given; a failed build deploys nothing.
 *   node scripts/server/build-and-deploy.ts <target> [--out dist] [--full] [deploy's options: --identity … --after …]
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const [target, ...rest] = process.argv.slice(2);
if (!target || target.startsWith('--')) {
  console.error('请先写明上线到哪里：npm run build-and-deploy -- /srv/xinfeng 或 用户@服务器:/srv/xinfeng');
  process.exit(1);
}
// --out and --full are the build's; every other option is deploy's, passed on as written.
const full = rest.includes('--full') ? ['--full'] : [];
const options = rest.filter((o) => o !== '--full');
const at = options.indexOf('--out');
const out = at >= 0 ? options[at + 1]! : 'dist';
const deployOptions = at >= 0 ? [...options.slice(0, at), ...options.slice(at + 2)] : options;

const here = import.meta.dirname;
const build = spawnSync(process.execPath, [path.join(here, '../build/build.ts'), '--out', out, ...full], {
  stdio: 'inherit',
});
if (build.status !== 0) {
  console.error('生成没有完成，这次不上线；线上网站保持原样。');
  process.exit(build.status ?? 1);
}
const deploy = spawnSync(process.execPath, [path.join(here, 'deploy.ts'), target, '--dir', out, ...deployOptions], {
  stdio: 'inherit',
});
process.exit(deploy.status ?? 1);

/**
 * The timed rebuild, run every half hour by deploy/cron/xinfeng-rebuild: a scheduled story or an
 * embargoed press release appears only once a build runs after its time, and campaigns and event lists
 * move with the date. Builds (npm run build, with all its checks) when something is due since the
 * last build: a new commit, content changed, an entry's time came, the Beijing date turned. Otherwise
 * says so. The first build of a day is a whole one (--full), which folds the day's incremental builds
 * and their small search bundle back into the full index. With --deploy-to, a finished build goes online with npm run deploy (and --after passed on).
 *   node scripts/server/rebuild-if-due.ts [--out dist] [--deploy-to /srv/xinfeng [--after "sudo systemctl reload nginx"]]
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildNow } from '../../src/lib/build-now.ts';
import { formatDateTime } from '../../src/lib/beijing-time.ts';
import { contentRoot } from '../../src/lib/content-root.ts';
import { isNewDay, rebuildReasons } from '../../src/lib/rebuild-reasons.ts';
import { checkoutCommit } from '../build/build-stamp.ts';
import { PUBLISHED_REF_ENV } from '../staff/check-content.ts';
import { contentDigest, entryTimes, readLastBuild } from '../build/content-state.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist' },
    'deploy-to': { type: 'string' },
    after: { type: 'string' },
  },
});
const contentDir = path.resolve(contentRoot());
const now = buildNow();
const last = readLastBuild();
const reasons = rebuildReasons(last, {
  now,
  content: contentDigest(contentDir),
  commit: checkoutCommit(process.cwd()),
  entryTimes: entryTimes(contentDir),
});
if (reasons.length === 0) {
  console.log(`${formatDateTime(now)}：没有到时间的内容，也没有改动，不需要重新生成。`);
} else {
  console.log(`${formatDateTime(now)}：重新生成网站，因为${reasons.join('；')}。`);
  // Building alone (no --deploy-to) or building and going online: the pipeline's own last command.
  const deployTo = values['deploy-to'];
  // Once a day, everything: the day's incremental builds are folded into a whole one.
  const full = isNewDay(last, now) ? ['--full'] : [];
  const command = deployTo
    ? [
        path.join(import.meta.dirname, 'build-and-deploy.ts'),
        deployTo,
        '--out',
        values.out!,
        ...full,
        ...(values.after ? ['--after', values.after] : []),
      ]
    : [path.join(import.meta.dirname, '../build/build.ts'), '--out', values.out!, ...full];
  const run = spawnSync(process.execPath, command, {
    stdio: 'inherit',
    env: {
      ...process.env,
      SOURCE_DATE_EPOCH: String(Math.floor(now.getTime() / 1000)),
      // Published entries changed since the live site was built need a 更正说明 (src/content-check/revisions.ts).
      ...(last?.commit && !process.env[PUBLISHED_REF_ENV] ? { [PUBLISHED_REF_ENV]: last.commit } : {}),
    },
  });
  process.exitCode = run.status ?? 1;
}

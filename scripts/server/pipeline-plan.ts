/**
 * The pipeline's first decision (src/lib/pipeline-plan.ts): which steps this push needs, from the
 * files it changed between the commit before the push and the one pushed. Prints the kind of run and
 * why, in Chinese, for the run's log, and hands the kind to the later steps (XINFENG_RUN in $GITHUB_ENV).
 *   node scripts/server/pipeline-plan.ts [--before <commit>] [--after HEAD]
 */
import { appendFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { planRun } from '../../src/lib/pipeline-plan.ts';

const { values } = parseArgs({ options: { before: { type: 'string' }, after: { type: 'string', default: 'HEAD' } } });

/** The files changed between the two commits, or undefined when the earlier one is unknown. */
function changedFiles(before: string | undefined, after: string): string[] | undefined {
  if (!before || /^0+$/.test(before)) return undefined;
  const diff = spawnSync('git', ['diff', '--name-only', '--no-renames', before, after], { encoding: 'utf-8' });
  if (diff.status !== 0) return undefined;
  return diff.stdout.split('\n').filter(Boolean);
}

const plan = planRun(changedFiles(values.before, values.after!));
const names = { install: '安装依赖', check: '检查内容', test: '运行全部测试', 'build-and-deploy': '生成并上线' };
console.log(`运行方式：${plan.kind === 'content' ? '只更新内容' : '程序更新'}。${plan.why}`);
console.log(`步骤：${plan.steps.map((step) => names[step]).join(' → ')}`);
if (process.env.GITHUB_ENV) appendFileSync(process.env.GITHUB_ENV, `XINFENG_RUN=${plan.kind}\n`);

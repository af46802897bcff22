/**
 * The pipeline's content path end to end, as .github/workflows/publish.yml runs it for a push that
 * changes only content/, here on this machine: a county's repository (the engine's last commit with
 * the benchmark's corpus as content/), a commit that edits one story, then the workflow's own steps in
 * order in a fresh checkout: fetch the commit, install from the lockfile-keyed cache, plan, check,
 * (the suite skipped), build-and-deploy to a local release folder, and nginx (the shipped
 * configuration) serving the edited page. The runner keeps what the workflow keeps between runs
 * (the dependency cache, the build cache and the last build); the checkout is new every time.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { startNginx } from '../server/serve-nginx.ts';
import { newestStory } from './corpus.ts';
import { isoBeijing } from '../../src/lib/beijing-time.ts';

export interface PipelineTimes {
  /** seconds per step, in the workflow's order */
  steps: [string, number][];
  /** what the plan decided */
  run: string;
  /** seconds from the commit to nginx serving the edit */
  total: number;
}

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf-8' }).trim();

/** The county's repository: the engine's committed files, the corpus as content/. Made once per corpus. */
function countyRepository(projectDir: string, corpus: string, origin: string): void {
  if (existsSync(path.join(origin, '.git'))) return;
  mkdirSync(origin, { recursive: true });
  const archive = spawnSync('git', ['-C', projectDir, 'archive', 'HEAD'], { maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', origin], { input: archive.stdout });
  rmSync(path.join(origin, 'content'), { recursive: true, force: true });
  cpSync(corpus, path.join(origin, 'content'), { recursive: true });
  git(origin, 'init', '-q');
  git(origin, 'add', '-A');
  git(origin, '-c', 'user.name=bench', '-c', 'user.email=bench@localhost', 'commit', '-qm', '县里的网站');
}

/** The dependency cache as install-deps.sh keys it, seeded from the project's own node_modules (same lockfile). */
function seedDependencies(projectDir: string, depsCache: string): void {
  const key = createHash('sha256')
    .update(readFileSync(path.join(projectDir, 'package-lock.json')))
    .digest('hex')
    .slice(0, 16);
  const cached = path.join(depsCache, `node_modules-${key}`);
  if (existsSync(cached)) return;
  mkdirSync(depsCache, { recursive: true });
  execFileSync('cp', ['-al', path.join(projectDir, 'node_modules'), cached]);
}

/**
 * Commits `runs` + 1 edits (the first warms the runner up and is not counted) and runs the content
 * path for each. `work` holds the repository and the runner's folders.
 */
export async function measurePipeline(options: {
  projectDir: string;
  corpus: string;
  work: string;
  runs: number;
  /** SOURCE_DATE_EPOCH of the i-th run: each release needs a later build time */
  epoch: (i: number) => number;
}): Promise<PipelineTimes[]> {
  const { projectDir, corpus, work, runs } = options;
  const origin = path.join(work, 'origin');
  const runner = path.join(work, 'runner');
  const checkout = path.join(runner, 'work');
  const target = path.join(runner, 'live');
  countyRepository(projectDir, corpus, origin);
  seedDependencies(projectDir, path.join(runner, 'deps'));
  const story = newestStory(path.join(origin, 'content'));
  const slug = path.basename(path.dirname(story));
  const times: PipelineTimes[] = [];
  let nginx: Awaited<ReturnType<typeof startNginx>> | undefined;
  try {
    for (let i = 0; i <= runs; i++) {
      const sentence = `流水线测量第 ${Date.now()} 次修改。`;
      const before = git(origin, 'rev-parse', 'HEAD');
      // As staff fix a slip in a published story: the new sentence, and 最后修改 set to now (先审后发).
      const file = path.join(origin, 'content', 'stories', story);
      const updated = isoBeijing(new Date(options.epoch(i) * 1000))
        .slice(0, 16)
        .replace('T', ' ');
      const text = readFileSync(file, 'utf-8').replace(/^updated: .*\n/m, '');
      writeFileSync(
        file,
        `${text.replace(/^published: .*$/m, (line) => `${line}\nupdated: ${updated}`)}\n${sentence}\n`,
      );
      git(origin, '-c', 'user.name=bench', '-c', 'user.email=bench@localhost', 'commit', '-qam', '改一篇故事');
      const started = performance.now();
      const steps: [string, number][] = [];
      const env: Record<string, string | undefined> = {
        ...process.env,
        XINFENG_DEPS_CACHE: path.join(runner, 'deps'),
        XINFENG_CACHE_DIR: path.join(runner, 'build-cache'),
        SOURCE_DATE_EPOCH: String(options.epoch(i)),
        GITHUB_ENV: path.join(runner, 'github-env'),
        XINFENG_PUBLISHED_REF: before,
        FORCE_COLOR: '0',
      };
      const step = (name: string, command: string, args: string[], cwd = checkout) => {
        const at = performance.now();
        const result = spawnSync(command, args, { cwd, env, encoding: 'utf-8' });
        if (result.status !== 0) throw new Error(`${name} failed:\n${result.stdout}${result.stderr}`);
        steps.push([name, (performance.now() - at) / 1000]);
        return result.stdout;
      };
      rmSync(checkout, { recursive: true, force: true });
      mkdirSync(checkout, { recursive: true });
      writeFileSync(env.GITHUB_ENV!, '');
      step('checkout', 'sh', [
        '-c',
        `git init -q . && git fetch -q --depth=1 "file://${origin}" HEAD && git checkout -q --force FETCH_HEAD && git fetch -q --depth=1 "file://${origin}" ${before}`,
      ]);
      step('install (cache)', 'sh', ['deploy/pipeline/install-deps.sh']);
      step('plan', process.execPath, ['scripts/server/pipeline-plan.ts', '--before', before]);
      const run = /XINFENG_RUN=(\w+)/.exec(readFileSync(env.GITHUB_ENV!, 'utf-8'))?.[1] ?? 'code';
      env.XINFENG_RUN = run;
      step('check', process.execPath, ['scripts/staff/check-content.ts']);
      if (run !== 'content') step('tests', 'npm', ['test']);
      step('build-and-deploy', process.execPath, [
        'scripts/server/build-and-deploy.ts',
        target,
        '--out',
        path.join(runner, 'dist-keep'),
      ]);
      nginx ??= await startNginx(path.join(target, 'current'));
      const switched = performance.now();
      while (!(await nginx.get(`/stories/${slug}/`)).body.toString('utf-8').includes(sentence)) {
        if (performance.now() - switched > 30_000) throw new Error('nginx did not serve the edit within 30 s');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      steps.push(['served', (performance.now() - switched) / 1000]);
      if (i > 0) times.push({ steps, run, total: (performance.now() - started) / 1000 });
    }
  } finally {
    await nginx?.close();
  }
  return times;
}

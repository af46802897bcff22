/**
 * "One story edited → served by nginx": what a staff member waits for between saving a correction and
 * readers seeing it, on the county's own server. The newest story gets a new sentence; then the build,
 * npm run deploy to a local release folder, and nginx (the shipped configuration, started on that
 * folder) answering the story's page with the sentence in it.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { startNginx } from '../server/serve-nginx.ts';
import type { Run } from './measure.ts';
import { newestStory } from './corpus.ts';

export interface PublishTimes {
  build: Run;
  /** seconds npm run deploy took, upload and switch */
  deploy: number;
  /** seconds from the switch until nginx served the edited page */
  served: number;
  /** seconds from the edit to the page served */
  total: number;
}

function deploy(projectDir: string, target: string, out: string): number {
  const started = performance.now();
  // --force: a benchmark's build may come from a checkout being worked on; it is never published.
  const result = spawnSync(
    process.execPath,
    [path.join(projectDir, 'scripts/server/deploy.ts'), target, '--dir', out, '--force'],
    { cwd: projectDir, encoding: 'utf-8' },
  );
  if (result.status !== 0) throw new Error(`npm run deploy failed: ${result.stdout}${result.stderr}`);
  return (performance.now() - started) / 1000;
}

/**
 * Measures one edit published, `runs` times, against `out` already built from `content`. `build`
 * runs npm run build's script as the benchmark does.
 */
export async function measurePublish(options: {
  projectDir: string;
  content: string;
  out: string;
  target: string;
  runs: number;
  /** the i-th rebuild */
  build: (i: number) => Promise<Run>;
}): Promise<PublishTimes[]> {
  const { projectDir, content, out, target } = options;
  rmSync(target, { recursive: true, force: true });
  deploy(projectDir, target, out);
  const nginx = await startNginx(path.join(target, 'current'));
  const newest = newestStory(content);
  const slug = path.basename(path.dirname(newest));
  const times: PublishTimes[] = [];
  try {
    for (let i = 0; i < options.runs; i++) {
      const sentence = `发布延迟测量第 ${Date.now()} 次修改。`;
      const started = performance.now();
      appendFileSync(path.join(content, 'stories', newest), `\n${sentence}\n`);
      const build = await options.build(i);
      if (build.status !== 0) throw new Error('the build after the edit failed');
      if (!readFileSync(path.join(out, 'stories', slug, 'index.html'), 'utf-8').includes(sentence)) {
        throw new Error(`the rebuilt page of ${slug} does not hold the edit`);
      }
      const deploySeconds = deploy(projectDir, target, out);
      const switched = performance.now();
      while (!(await nginx.get(`/stories/${slug}/`)).body.toString('utf-8').includes(sentence)) {
        if (performance.now() - switched > 30_000) throw new Error('nginx did not serve the edit within 30 s');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const done = performance.now();
      times.push({
        build,
        deploy: deploySeconds,
        served: (done - switched) / 1000,
        total: (done - started) / 1000,
      });
    }
  } finally {
    await nginx.close();
  }
  return times;
}

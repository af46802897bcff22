import { describe, expect, it } from 'vitest';
import { planRun } from '../../src/lib/pipeline-plan';

describe('planRun (which steps a push needs)', () => {
  it('checks, builds and deploys a push of content alone, without the test suite', () => {
    const plan = planRun([
      'content/stories/2026/xin-gushi/index.md',
      'content/stories/2026/xin-gushi/cover.jpg',
      'content/files/2026/baomingbiao.pdf',
    ]);
    expect(plan).toMatchObject({ kind: 'content', steps: ['install', 'check', 'build-and-deploy'] });
    expect(plan.why).toContain('只改了内容');
  });

  it('runs the whole suite first when code, configuration or the lockfile changed, naming them', () => {
    for (const file of [
      'src/pages/index.astro',
      'package-lock.json',
      'astro.config.mjs',
      'deploy/nginx/xinfeng.conf',
      'public/images/site-share.jpg',
      '.github/workflows/publish.yml',
      // The sample site is the engine's test fixture, not a county's content.
      'sample/stories/2026/chongyang-jinghao/index.md',
    ]) {
      const plan = planRun(['content/site.yaml', file]);
      expect(plan, file).toMatchObject({ kind: 'code', steps: ['install', 'check', 'test', 'build-and-deploy'] });
      expect(plan.why, file).toContain(file);
    }
  });

  it('runs the whole suite when it cannot know what changed, or nothing did, and says why', () => {
    expect(planRun(undefined)).toMatchObject({ kind: 'code', why: expect.stringContaining('不知道') });
    expect(planRun([])).toMatchObject({ kind: 'code', why: expect.stringContaining('手动运行') });
  });

  it('names a few files and counts the rest', () => {
    expect(planRun(['content/a.md', 'content/b.md', 'content/c.md', 'content/d.md']).why).toContain(
      'content/a.md、content/b.md、content/c.md 等 4 个文件',
    );
  });
});

/** CONTRIBUTING.md's worked example, followed word by word, passes the check: the guide cannot rot. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { copyOfContent, ROOT } from '../support/site-build';

it('the story in CONTRIBUTING.md passes npm run check, as a draft and once published', () => {
  const guide = readFileSync(path.join(ROOT, 'CONTRIBUTING.md'), 'utf-8');
  const example = / {3}```markdown\n([\s\S]*?) {3}```/.exec(guide)![1]!.replace(/^ {3}/gm, '');
  const content = copyOfContent('contributing');
  const dir = path.join(content, 'stories/2026/dongji-songnuan');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.md'), example);
  // The photos the guide tells staff to upload.
  copyFileSync(path.join(ROOT, 'content/stories/2026/lunyi-weixiu/cover.jpg'), path.join(dir, 'cover.jpg'));
  copyFileSync(path.join(ROOT, 'content/stories/2026/lunyi-weixiu/weixiu-1.jpg'), path.join(dir, 'mianyi.jpg'));
  const check = () =>
    spawnSync(process.execPath, [path.join(ROOT, 'scripts/staff/check-content.ts')], {
      cwd: ROOT,
      encoding: 'utf-8',
      env: { ...process.env, XINFENG_CONTENT_DIR: content },
    });
  expect(check().status, check().stdout).toBe(0);
  writeFileSync(path.join(dir, 'index.md'), example.replace(/^draft: true\n/m, ''));
  const published = check();
  expect(published.status, published.stdout).toBe(0);
});

it('the gallery and quote CONTRIBUTING.md shows staff pass npm run check in a published story', () => {
  const guide = readFileSync(path.join(ROOT, 'CONTRIBUTING.md'), 'utf-8');
  const blocks = /^```markdown\n(:::gallery[\s\S]*?)^```/m.exec(guide)![1]!;
  const content = copyOfContent('contributing-blocks');
  const story = path.join(content, 'stories/2026/chongyang-jinghao/index.md');
  writeFileSync(story, `${readFileSync(story, 'utf-8')}\n${blocks}`);
  const check = spawnSync(process.execPath, [path.join(ROOT, 'scripts/staff/check-content.ts')], {
    cwd: ROOT,
    encoding: 'utf-8',
    env: { ...process.env, XINFENG_CONTENT_DIR: content },
  });
  expect(check.status, check.stdout).toBe(0);
});

it('the story README.md shows, comments and all, passes npm run check once published', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf-8');
  const example = /^```markdown\n(---\n[\s\S]*?)^```/m.exec(readme)![1]!.replace(/^draft: true.*\n/m, '');
  const content = copyOfContent('readme-example');
  const dir = path.join(content, 'stories/2026/chongyang-shengrihui');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.md'), example);
  copyFileSync(path.join(ROOT, 'content/stories/2026/lunyi-weixiu/cover.jpg'), path.join(dir, 'cover.jpg'));
  copyFileSync(path.join(ROOT, 'content/stories/2026/lunyi-weixiu/weixiu-1.jpg'), path.join(dir, 'photo-1.jpg'));
  const check = spawnSync(process.execPath, [path.join(ROOT, 'scripts/staff/check-content.ts')], {
    cwd: ROOT,
    encoding: 'utf-8',
    env: { ...process.env, XINFENG_CONTENT_DIR: content },
  });
  expect(check.status, check.stdout).toBe(0);
});

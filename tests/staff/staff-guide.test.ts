/**
 * The staff guide's worked example, its template with every comment, and its gallery and quote, followed word
 * by word, pass the content check that npm run check runs: the guide cannot rot.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { checkReport } from '../../scripts/staff/check-content.ts';
import { copyOfContent, ROOT } from '../support/site-build';

const GUIDE = readFileSync(path.join(ROOT, 'docs/staff-guide.md'), 'utf-8');
const PHOTOS = path.join(ROOT, 'sample/stories/2026/lunyi-weixiu');

/** A copy of the sample content with `text` as a new story, and the photos it names. */
function withStory(name: string, slug: string, text: string, photos: Record<string, string>) {
  const content = copyOfContent(name);
  const dir = path.join(content, 'stories/2026', slug);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.md'), text);
  for (const [to, from] of Object.entries(photos)) copyFileSync(path.join(PHOTOS, from), path.join(dir, to));
  return { content, file: path.join(dir, 'index.md') };
}

it('the worked example passes the check, as a draft and once published', async () => {
  const example = / {3}```markdown\n([\s\S]*?) {3}```/.exec(GUIDE)![1]!.replace(/^ {3}/gm, '');
  const { content, file } = withStory('staff-guide', 'dongji-songnuan', example, {
    'cover.jpg': 'cover.jpg',
    'mianyi.jpg': 'weixiu-1.jpg',
  });
  const draft = await checkReport(ROOT, content);
  expect(draft.passed, draft.report).toBe(true);
  writeFileSync(file, example.replace(/^draft: true\n/m, ''));
  const published = await checkReport(ROOT, content);
  expect(published.passed, published.report).toBe(true);
});

it('the gallery and quote it shows pass the check in a published story', async () => {
  const blocks = /^```markdown\n(:::gallery[\s\S]*?)^```/m.exec(GUIDE)![1]!;
  const content = copyOfContent('staff-guide-blocks');
  const story = path.join(content, 'stories/2026/chongyang-jinghao/index.md');
  writeFileSync(story, `${readFileSync(story, 'utf-8')}\n${blocks}`);
  const check = await checkReport(ROOT, content);
  expect(check.passed, check.report).toBe(true);
});

it('the template with every field, comments and all, passes the check once published', async () => {
  const template = /^```markdown\n(---\n[\s\S]*?)^```/m.exec(GUIDE)![1]!.replace(/^draft: true.*\n/m, '');
  const { content } = withStory('staff-guide-template', 'chongyang-shengrihui', template, {
    'cover.jpg': 'cover.jpg',
    'photo-1.jpg': 'weixiu-1.jpg',
  });
  const check = await checkReport(ROOT, content);
  expect(check.passed, check.report).toBe(true);
});

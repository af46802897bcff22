/**
 * The sample content as staff go on to change it, built a day after the sample site: one site that the
 * tests of drafts, schedules, embargoes and pasted control characters (tests/site/content-errors.test.ts)
 * and of photo privacy (tests/site/photo-privacy.test.ts) all read. Whichever test file asks first in a
 * run builds it; the others read that build, as every reader of the sample site reads one build.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { oneAtATime } from './build-lock';
import { phonePhoto } from './phone-photo';
import { BUILD_LOCK, buildSite, copyOfContent, ROOT, TEST_NOW_EPOCH, type BuildResult } from './site-build';

const NAME = 'changed';
/** Where the build's result is kept for the other test files of the same run (their parent is the runner). */
const RECORD = path.join(ROOT, '.test-dist', `${NAME}.json`);

/** The story whose cover is replaced by a photo straight from a phone (sideways, with EXIF, GPS, XMP). */
const PHONE_STORY = 'stories/2026/lunyi-weixiu';
/** The story marked as showing minors (reviewed), which must offer no photo file anywhere. */
const MINORS_STORY = 'stories/2026/chongyang-jinghao';

interface Record extends BuildResult {
  run: number;
  content: string;
}

export interface ChangedSite extends BuildResult {
  /** the changed content the site was built from */
  content: string;
}

/** A test story of the qingnian team, its cover copied from the sample's. */
function writeStory(content: string, slug: string, published: string, extra: string, body: string) {
  const dir = path.join(content, 'stories/2026', slug);
  mkdirSync(dir, { recursive: true });
  copyFileSync(path.join(ROOT, 'sample', PHONE_STORY, 'cover.jpg'), path.join(dir, 'cover.jpg'));
  writeFileSync(
    path.join(dir, 'index.md'),
    `---\ntitle: 测试故事 ${slug}\nsummary: 测试用\npublished: ${published}\nteams: [qingnian]\nfields: [shequ-fuwu]\ncover:\n  image: ./cover.jpg\n  alt: 测试用的示例插图\n  credit: 示例\nauthor: 测试\n${extra}\nsample: true\n---\n\n${body}\n`,
  );
}

function change(content: string, phoneCover: Buffer) {
  // A draft, a story scheduled for after the build, and a story whose text carries control characters
  // pasted from a word processor.
  writeStory(content, 'caogao-gushi', '2026-11-20 09:00', 'draft: true', '草稿正文。');
  writeStory(content, 'dingshi-gushi', '2026-12-25 09:00', 'editor: 刘洋\nreviewer: 陈静', '定时发布的正文。');
  writeStory(content, 'kongzhi-zifu', '2026-11-21 09:00', '', '从文字处理软件粘贴来的\u000b正文\u0008带有控制字符。');
  // Two press releases written a week ago: one under embargo until after the build, one lifted since.
  const release = (slug: string, embargo: string) =>
    writeFileSync(
      path.join(content, 'announcements/2026', `${slug}.md`),
      `---\ntitle: 新闻稿 ${slug}\nsummary: 测试用的新闻稿\nkind: 新闻稿\npublished: 2026-11-23 09:00\nembargo: ${embargo}\nauthor: 测试\nsample: true\n---\n\n新闻稿正文。\n`,
    );
  release('jinfa-xinwengao', '2026-12-01 09:00');
  release('jiejin-xinwengao', '2026-11-25 10:00');
  // Enough stories for one team that its page shows only the latest.
  for (let i = 1; i <= 12; i++)
    writeStory(
      content,
      `qingnian-gushi-${i}`,
      `2026-10-${String(i).padStart(2, '0')} 09:00`,
      '',
      `青年志愿服务队的第 ${i} 个故事。`,
    );
  // A phone photo as a story's cover, and a story that shows minors.
  writeFileSync(path.join(content, PHONE_STORY, 'cover.jpg'), phoneCover);
  const minors = path.join(content, MINORS_STORY, 'index.md');
  writeFileSync(
    minors,
    readFileSync(minors, 'utf-8').replace(/^sample: true$/m, 'sample: true\nminors: true\nreviewed: true'),
  );
}

/** The changed site, built once a run. */
export async function changedSite(): Promise<ChangedSite> {
  const phoneCover = await phonePhoto(1600, 1000, '#5a8');
  // Test files run in processes of one runner: its pid tells this run's build from an earlier run's.
  const run = process.ppid;
  const record = oneAtATime(BUILD_LOCK, () => {
    if (existsSync(RECORD)) {
      const earlier = JSON.parse(readFileSync(RECORD, 'utf-8')) as Record;
      if (earlier.run === run) return earlier;
    }
    const content = copyOfContent(NAME);
    change(content, phoneCover);
    const built = buildSite(NAME, {
      contentDir: content,
      env: { SOURCE_DATE_EPOCH: String(TEST_NOW_EPOCH + 86_400) },
      locked: true,
    });
    const made: Record = { ...built, run, content };
    writeFileSync(RECORD, JSON.stringify(made));
    return made;
  });
  return { status: record.status, output: record.output, outDir: record.outDir, content: record.content };
}

/**
 * Where each kind of entry lives in content/, and what a file found anywhere else is: the first
 * thing a staff member gets wrong when uploading through a git host's web page.
 */
import type { CollectionName } from '../schema/collections.ts';

export interface EntryFile {
  collection: CollectionName;
  /** the entry's id: the slug in its address (for data files, the whole file) */
  id: string;
  /** relative to the content folder, with / */
  path: string;
}

/** A file the site will not read, and why: what to tell staff. */
interface Refusal {
  problem: string;
  fix: string;
}

export type Placement = { entry: EntryFile } | { refused: Refusal } | { other: true };

const MDX: Refusal = {
  problem: '网站不接受 MDX 文件（.mdx）：MDX 里可以写程序，生成网站时会被运行。',
  fix: '把文件改名为 index.md（或 .md），组图和引语改用 :::gallery{caption="图片说明"} …… ::: 和 :::quote{who="说话人"} …… ::: 书写（见编辑手册 docs/staff-guide.md“正文里可以写什么”）。',
};

const IMAGE = /\.(jpe?g|png|webp|avif|gif)$/i;
const TEXT = /\.(md|mdx|markdown|ya?ml|txt|docx?|csv|xlsx?)$/i;

export function placeFile(path: string): Placement {
  if (/\.mdx$/i.test(path)) return { refused: MDX };
  if (path === 'site.yaml') return { entry: { collection: 'site', id: 'site', path } };
  if (path === 'fields.yaml') return { entry: { collection: 'fields', id: 'fields', path } };
  let m: RegExpExecArray | null;
  if ((m = /^teams\/([^/]+)\.md$/.exec(path))) return { entry: { collection: 'teams', id: m[1]!, path } };
  if ((m = /^campaigns\/([^/]+)\.md$/.exec(path))) return { entry: { collection: 'campaigns', id: m[1]!, path } };
  if ((m = /^stories\/(\d{4})\/([^/]+)\/index\.md$/.exec(path)))
    return { entry: { collection: 'stories', id: m[2]!, path } };
  if ((m = /^announcements\/(\d{4})\/([^/]+)\.md$/.exec(path)))
    return { entry: { collection: 'announcements', id: m[2]!, path } };
  // Any .csv here is a month's records: the records reader says what is wrong with its name.
  if ((m = /^records\/([^/]+)\.csv$/i.exec(path))) return { entry: { collection: 'records', id: m[1]!, path } };
  if ((m = /^honours\/(\d{4})\.ya?ml$/.exec(path))) return { entry: { collection: 'honours', id: m[1]!, path } };
  // files/: attachments and badges, served as they are (any kind of document).
  if (path.startsWith('files/') || path.startsWith('.schema/') || IMAGE.test(path) || path.endsWith('.gitkeep'))
    return { other: true };
  if (!TEXT.test(path)) return { other: true };
  return { refused: { problem: '这个文件放错了位置，网站不会读取它。', fix: whereItBelongs(path) } };
}

function whereItBelongs(path: string): string {
  if (path.startsWith('stories/'))
    return '故事应放在 content/stories/<年份>/<编号>/index.md，例如 content/stories/2026/chongyang-jinghao/index.md（文件夹名用拼音，文件名固定为 index.md）。';
  if (path.startsWith('announcements/'))
    return '公告应放在 content/announcements/<年份>/<编号>.md，例如 content/announcements/2026/dongji-songnuan-yugao.md。';
  if (path.startsWith('teams/')) return '队伍资料应直接放在 content/teams/ 下，例如 content/teams/jinhui-zhulao.md。';
  if (path.startsWith('campaigns/'))
    return '主题活动应直接放在 content/campaigns/ 下，例如 content/campaigns/jinhui-zhulao.md。';
  if (path.startsWith('records/'))
    return '每月服务记录应放在 content/records/ 下，每月一个 CSV 文件，文件名是年-月，例如 content/records/2026-03.csv；Excel 表格请先用 npm run import:hours 转换。';
  if (path.startsWith('honours/')) return '光荣榜应放在 content/honours/<年份>.yaml，例如 content/honours/2025.yaml。';
  return '内容文件只能放在 content/stories、content/announcements、content/teams、content/campaigns 中；网站信息写在 content/site.yaml，服务领域写在 content/fields.yaml。';
}

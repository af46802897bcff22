/**
 * The kinds of entry staff write in the web editor, and where each one's files go: the same places
 * `npm run new` writes them and the content check reads them (src/content-check/layout.ts).
 */
import { paths } from '../lib/urls.ts';

export type EditorCollectionName = 'stories' | 'announcements' | 'teams' | 'campaigns';

export interface EditorCollection {
  label: string;
  singular: string;
  /** the folder under content/ */
  folder: string;
  /** the file, below the folder, without .md ({{year}} and {{slug}} filled in when it is created) */
  path: string;
  /** where its photos go, relative to the entry's file; undefined for a kind without photos */
  media?: string;
  /** the field the list shows and a new entry's address is made from */
  titleField: string;
  /** the field the list is sorted by, newest first */
  dateField?: string;
  /** the entry's page on the site, with {{slug}} for its id */
  page: string;
}

export const EDITOR_COLLECTIONS: Readonly<Record<EditorCollectionName, EditorCollection>> = {
  stories: {
    label: '志愿故事',
    singular: '故事',
    folder: 'stories',
    path: '{{year}}/{{slug}}/index',
    media: '',
    titleField: 'title',
    dateField: 'published',
    page: paths.story('{{slug}}'),
  },
  announcements: {
    label: '通知公告',
    singular: '公告',
    folder: 'announcements',
    path: '{{year}}/{{slug}}',
    titleField: 'title',
    dateField: 'published',
    page: paths.announcement('{{slug}}'),
  },
  teams: {
    label: '志愿队伍',
    singular: '队伍',
    folder: 'teams',
    path: '{{slug}}',
    media: 'logos',
    titleField: 'name',
    page: paths.team('{{slug}}'),
  },
  campaigns: {
    label: '主题活动',
    singular: '主题活动',
    folder: 'campaigns',
    path: '{{slug}}',
    media: '',
    titleField: 'title',
    dateField: 'start',
    page: paths.campaign('{{slug}}'),
  },
};

/** Where a new entry's file goes, under content/, for an address and a year. */
export function entryFilePath(collection: EditorCollectionName, slug: string, year: string): string {
  const { folder, path } = EDITOR_COLLECTIONS[collection];
  return `${folder}/${path.replace('{{year}}', year).replace('{{slug}}', slug)}.md`;
}

/** The name each kind of entry's file format is registered under in the browser (main.ts). */
export const entryFormatName = (collection: EditorCollectionName) => `xinfeng-${collection}`;

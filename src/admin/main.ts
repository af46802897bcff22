/**
 * The site's part of the web editor, run in the staff member's browser before Decap CMS starts: it
 * teaches Decap to read and write our entry files (entry-format.ts), gives a new entry its pinyin
 * address as `npm run new` would, and checks every entry before it is saved (entry-check.ts).
 */
import { pinyinSlug } from '../lib/pinyin-slug.ts';
import type { KnownEntries } from '../lib/references.ts';
import type { EditorSettings } from '../data/editor-settings.ts';
import { EDITOR_COLLECTIONS, entryFilePath, entryFormatName, type EditorCollectionName } from './editor-collections.ts';
import { problemsBeforeSaving, problemsMessage, type EditorProblem } from './entry-check.ts';
import { readEntryFile, writeEntryFile } from './entry-format.ts';
import { reviewPhrases } from './review-words.ts';
import { registerPreviews } from './preview/templates.ts';
import { DATA_FORMATS } from './data-collections.ts';
import { dataProblemsBeforeSaving } from './data-check.ts';
import { readHonoursFile, readRecordsFile, writeHonoursFile, writeRecordsFile } from './data-formats.ts';
import { registerRecordsWidget } from './records-widget.ts';
import { fieldLabel } from './decap-fields.ts';
import { REVIEWED_COLLECTIONS, reviewPolicyOf, roleProblems, rolesOf, type ReviewPolicy } from '../lib/review-roles.ts';
import { clearProblems, showProblems, showUnavailable } from './notices.ts';

/** The few parts of Decap CMS's global object this script uses. */
interface ImmutableMap {
  get(key: string): unknown;
  set(key: string, value: unknown): ImmutableMap;
  toJS(): Record<string, unknown>;
}
interface DecapCms {
  init(options: { config: Record<string, unknown> }): void;
  registerCustomFormat(
    name: string,
    extension: string,
    formatter: { fromFile(text: string): unknown; toFile(data: Record<string, unknown>): string },
  ): void;
  registerPreviewStyle(url: string): void;
  registerPreviewTemplate(name: string, component: (props: never) => unknown): void;
  registerWidget(name: string, control: unknown, preview: unknown): void;
  registerLocale(locale: string, phrases: Record<string, unknown>): void;
  registerEventListener(listener: {
    name: 'preSave' | 'postSave' | 'prePublish';
    handler(event: { entry: ImmutableMap }): Promise<ImmutableMap | undefined> | ImmutableMap | undefined;
  }): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
  }
}

// Decap CMS starts itself as soon as it loads unless told to wait; this script runs just before it.
window.CMS_MANUAL_INIT = true;

const COLLECTIONS = Object.keys(EDITOR_COLLECTIONS) as EditorCollectionName[];

/** An error whose text is the message itself, for Decap's "保存内容失败: …" notice. */
class RefusedSave extends Error {
  constructor(problems: readonly EditorProblem[], refused = '没有保存') {
    super(problemsMessage(problems, refused));
    this.name = '';
  }
  override toString() {
    return this.message;
  }
}

interface ReviewContext {
  known: KnownEntries;
  review?: ReviewPolicy;
  published: EditorSettings['published'];
}

async function beforeSave(entry: ImmutableMap, context: ReviewContext): Promise<ImmutableMap> {
  const collection = entry.get('collection') as EditorCollectionName | keyof typeof DATA_FORMATS;
  let data = entry.get('data') as ImmutableMap;
  const isNew = entry.get('newRecord') === true;
  if (collection === 'records' || collection === 'honours') {
    const problems = dataProblemsBeforeSaving({
      collection,
      data: data.toJS(),
      slug: isNew ? undefined : String(entry.get('slug')),
      known: context.known,
      now: new Date(),
    });
    if (problems.length > 0) {
      showProblems(problems);
      throw new RefusedSave(problems);
    }
    clearProblems();
    return data;
  }
  const titleField = EDITOR_COLLECTIONS[collection].titleField;
  let file = String(entry.get('path') ?? '');
  if (isNew) {
    const slug = String(data.get('slug') || pinyinSlug(String(data.get(titleField) ?? '')));
    data = data.set('slug', slug);
    file = `content/${entryFilePath(collection, slug, String(new Date().getFullYear()))}`;
  }
  // An entry in review carries its workflow status; one read from the site's branch has none.
  const readFromSite = !isNew && !entry.get('status');
  const problems = await problemsBeforeSaving({ collection, form: data.toJS(), file, readFromSite, ...context });
  if (problems.length > 0) {
    showProblems(problems);
    throw new RefusedSave(problems);
  }
  clearProblems();
  return data;
}

/**
 * 立即发布: only with the names the page will print, chosen by the rules (src/lib/review-roles.ts).
 * Throwing stops Decap before it merges, and its notice says 发布失败 with these words.
 */
function beforePublish(entry: ImmutableMap, review: ReviewPolicy | undefined): void {
  const collection = entry.get('collection') as EditorCollectionName;
  if (!REVIEWED_COLLECTIONS.includes(collection)) return;
  const data = (entry.get('data') as ImmutableMap).toJS();
  const problems = roleProblems(rolesOf(collection, data), review).map((p) => ({
    where: fieldLabel(collection, p.field),
    problem: p.problem,
    fix: p.fix,
  }));
  if (problems.length > 0) {
    showProblems(problems, '没有发布');
    throw new RefusedSave(problems, '没有发布');
  }
}

async function start() {
  const response = await fetch('/admin/editor.json');
  const settings = (await response.json()) as EditorSettings;
  const CMS = window.CMS;
  if (!settings.decap || !CMS) {
    showUnavailable();
    return;
  }
  const known: KnownEntries = Object.fromEntries(
    Object.entries(settings.known).map(([collection, list]) => [collection, new Map(list)]),
  );
  const review = reviewPolicyOf(settings.review);
  const context: ReviewContext = { known, review, published: settings.published };
  for (const collection of COLLECTIONS) {
    CMS.registerCustomFormat(entryFormatName(collection), 'md', {
      fromFile: (text) => readEntryFile(collection, text),
      toFile: (data) => writeEntryFile(collection, data),
    });
  }
  CMS.registerCustomFormat(DATA_FORMATS.records, 'csv', { fromFile: readRecordsFile, toFile: writeRecordsFile });
  CMS.registerCustomFormat(DATA_FORMATS.honours, 'yaml', { fromFile: readHonoursFile, toFile: writeHonoursFile });
  registerRecordsWidget(CMS, known);
  CMS.registerEventListener({ name: 'preSave', handler: ({ entry }) => beforeSave(entry, context) });
  CMS.registerEventListener({
    name: 'prePublish',
    handler: ({ entry }) => {
      beforePublish(entry, review);
      return undefined;
    },
  });
  CMS.registerPreviewStyle('/admin/site.css');
  registerPreviews(CMS, known, settings.source);
  CMS.registerLocale('zh_Hans', reviewPhrases());
  CMS.init({ config: settings.decap });
}

document.addEventListener('DOMContentLoaded', () => void start());

/**
 * The whole configuration of the web editor (Decap CMS at /admin/), generated when the site is built:
 * the forms from the content model (decap-fields.ts), where each kind of entry is saved
 * (editor-collections.ts), and which git server it logs in to and commits through.
 */
import type { EditorBackend } from '../schema/editor-backend.ts';
import { decapFields, type Choices, type DecapField } from './decap-fields.ts';
import { EDITOR_COLLECTIONS, entryFormatName, type EditorCollectionName } from './editor-collections.ts';
import { dataCollections } from './data-collections.ts';

export interface EditorSetup {
  choices: Choices;
  /** the county's git server, from deploy/editor.yaml */
  backend?: EditorBackend;
  /** decap-server on the staff member's own computer (npm run admin), which takes the backend's place */
  localProxy?: { url: string; branch: string };
  /** the site's address, for the editor's links to published pages */
  siteUrl: string;
  /** who may be named as 审核 and 终审 (content/site.yaml, review) */
  reviewers?: readonly string[];
  finalReviewers?: readonly string[];
}

/** Fields the editor needs that are not front matter: the address of a new entry, photos, the body. */
function editorOnlyFields(collection: EditorCollectionName): { before: DecapField[]; after: DecapField[] } {
  const slug: DecapField = { name: 'slug', label: '网址编号', widget: 'hidden', required: false };
  const photos: DecapField = {
    name: 'photos',
    label: '正文照片',
    widget: 'list',
    required: false,
    hint: '先在这里上传照片，再在正文里单独一行写 `![照片说明](./文件名.jpg)` 插入。照片原图即可，网站会自动压缩。',
    field: { name: 'photo', label: '照片', widget: 'image', choose_url: false },
  };
  const body: DecapField = {
    name: 'body',
    label: '正文',
    widget: 'markdown',
    // The text as written, never re-rendered by a rich-text editor that would rewrite the whole body.
    modes: ['raw'],
    sanitize_preview: true,
    required: false,
    hint: '段落之间空一行。小标题写 `## 小标题`；组图和引语的写法见编辑手册（docs/staff-guide.md）“正文里可以写什么”。',
  };
  return { before: [slug], after: collection === 'stories' ? [photos, body] : [body] };
}

function collectionConfig(name: EditorCollectionName, setup: EditorSetup) {
  const kind = EDITOR_COLLECTIONS[name];
  const { before, after } = editorOnlyFields(name);
  // Without a review board a new entry is a draft until its author unticks 草稿; with one, the review is the gate.
  const newEntryDraft = !hasReviewBoard(setup);
  // 审核 and 终审 are chosen from the centre's own lists, never typed.
  const named = (field: DecapField, names?: readonly string[]) =>
    names ? { ...field, widget: 'select', options: [...names], required: false } : field;
  const fields = decapFields(name, setup.choices).map((field) =>
    field.name === 'draft'
      ? { ...field, default: newEntryDraft }
      : field.name === 'reviewer'
        ? named(field, setup.reviewers)
        : field.name === 'finalReviewer'
          ? named(field, setup.finalReviewers)
          : field,
  );
  return {
    name,
    label: kind.label,
    label_singular: kind.singular,
    folder: `content/${kind.folder}`,
    path: kind.path,
    slug: '{{fields.slug}}',
    extension: 'md',
    format: entryFormatName(name),
    create: true,
    // Taking an entry down is done by ticking 草稿, which can be undone; deleting cannot.
    delete: false,
    identifier_field: kind.titleField,
    summary: kind.dateField
      ? `{{${kind.dateField} | date('YYYY-MM-DD')}}　{{${kind.titleField}}}`
      : `{{${kind.titleField}}}`,
    sortable_fields: kind.dateField
      ? [{ field: kind.dateField, default_sort: 'desc' }, kind.titleField]
      : [{ field: kind.titleField, default_sort: 'asc' }],
    ...(kind.media === undefined ? {} : { media_folder: kind.media, public_folder: kind.media }),
    preview_path: kind.page.replace(/^\//, ''),
    fields: [...before, ...fields, ...after],
  };
}

/** Commit messages say what changed and that the web editor did it (and, with a login, who). */
function commitMessages(by: string) {
  return {
    create: `新建{{collection}}：{{slug}}（网页编辑器${by}）`,
    update: `修改{{collection}}：{{slug}}（网页编辑器${by}）`,
    delete: `删除{{collection}}：{{slug}}（网页编辑器${by}）`,
    uploadMedia: `上传文件：{{path}}（网页编辑器${by}）`,
    deleteMedia: `删除文件：{{path}}（网页编辑器${by}）`,
  };
}

function backendConfig(setup: EditorSetup) {
  if (setup.localProxy) {
    const { url, branch } = setup.localProxy;
    return { name: 'proxy', proxy_url: url, branch, commit_messages: commitMessages('') };
  }
  if (!setup.backend) return undefined;
  const { server, gitServer, repo, branch, appId } = setup.backend;
  return {
    name: server,
    repo,
    branch,
    base_url: gitServer,
    api_root: `${gitServer}/api/v1`,
    auth_endpoint: `${gitServer}/login/oauth/authorize`,
    app_id: appId,
    commit_messages: commitMessages('，{{author-name}}'),
  };
}

/**
 * 先审后发: every save goes to a branch of its own (草稿 → 待审核 → 待发布) and reaches the site only when
 * a reviewer publishes it. Decap's gitea backend cannot do this (it refuses the setting); a county on
 * Gitea keeps direct saves to a branch that is not the live one and reviews in Gitea (docs/operations.md).
 */
function hasReviewBoard(setup: Pick<EditorSetup, 'backend' | 'localProxy'>): boolean {
  return setup.localProxy !== undefined || setup.backend?.server === 'forgejo';
}

/** The configuration, or undefined when the editor has nowhere to save (no git server, no local proxy). */
export function decapConfig(setup: EditorSetup): Record<string, unknown> | undefined {
  const backend = backendConfig(setup);
  if (!backend) return undefined;
  return {
    load_config_file: false,
    locale: 'zh_Hans',
    backend,
    ...(hasReviewBoard(setup) ? { publish_mode: 'editorial_workflow' } : {}),
    site_url: setup.siteUrl,
    display_url: setup.siteUrl,
    show_preview_links: true,
    // Attachments of announcements; each story's and campaign's photos stay beside it (media_folder above).
    media_folder: 'content/files',
    public_folder: '/files',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      ...(Object.keys(EDITOR_COLLECTIONS) as EditorCollectionName[]).map((name) => collectionConfig(name, setup)),
      ...dataCollections(setup.choices),
    ],
  };
}

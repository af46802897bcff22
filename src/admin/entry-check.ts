/**
 * What the web editor checks before it saves an entry: the file it is about to write, by the content
 * check's own rules (src/content-check/entry-text.ts), references against the teams, service fields
 * and campaigns the site has, and the photos the body shows against those uploaded. Anything wrong
 * stops the save, said in Chinese with the field and the fix, and nothing is committed.
 */
import { checkEntryText } from '../content-check/entry-text.ts';
import { placeFile } from '../content-check/layout.ts';
import type { Problem } from '../content-check/problem.ts';
import { EntryWriteError } from '../lib/entry-writer.ts';
import { brokenReference, type KnownEntries } from '../lib/references.ts';
import { correctionProblem, entryVersion, fingerprint } from '../lib/corrections.ts';
import { REVIEWED_COLLECTIONS, roleProblems, rolesOf, type ReviewPolicy } from '../lib/review-roles.ts';
import type { PublishedVersion } from '../data/published-versions.ts';
import { referencesIn } from '../schema/reference-fields.ts';
import { browserBodyFindings } from './body-check.ts';
import { fieldLabel } from './decap-fields.ts';
import { EDITOR_COLLECTIONS, type EditorCollectionName } from './editor-collections.ts';
import { bodyPhotos, writeEntryFile, type EditorExtras } from './entry-format.ts';

export interface SaveAttempt {
  collection: EditorCollectionName;
  form: Record<string, unknown> & EditorExtras;
  /** the file under content/ */
  file: string;
  known: KnownEntries;
  /** content/site.yaml's review policy, if the centre set one */
  review?: ReviewPolicy;
  /** what the live site published of each entry (src/data/published-versions.ts) */
  published?: Record<string, PublishedVersion>;
  /** the form was read from the site's branch (not from a review branch): what it read is published */
  readFromSite?: boolean;
  now?: Date;
}

/** A problem as the editor shows it: where, what, how to fix it. */
export interface EditorProblem {
  where: string;
  problem: string;
  fix: string;
}

const said = (collection: EditorCollectionName, p: Pick<Problem, 'field' | 'problem' | 'fix'>): EditorProblem => ({
  where: p.field ? fieldLabel(collection, p.field) : '整篇',
  problem: p.problem,
  fix: p.fix,
});

export async function problemsBeforeSaving(attempt: SaveAttempt): Promise<EditorProblem[]> {
  const { collection, form, file, known } = attempt;
  if (form.__unreadable) {
    return [
      {
        where: '整个文件',
        problem: `${file} 无法在网页编辑器里安全修改：${form.__unreadable}。在这里保存会弄乱它。`,
        fix: '请在电脑上用文本编辑器修改这个文件，或请信息中心帮忙；改好后就能在这里编辑了。',
      },
    ];
  }
  const placed = placeFile(file.replace(/^content\//, ''));
  if (!('entry' in placed) || placed.entry.collection !== collection) {
    return [
      {
        where: '整个文件',
        problem: `${file} 不在网站读取${EDITOR_COLLECTIONS[collection].label}的位置，保存了网站也不会显示它。`,
        fix: 'refused' in placed ? placed.refused.fix : '请信息中心把它移到正确的位置，或删除它。',
      },
    ];
  }
  let text: string;
  try {
    text = writeEntryFile(collection, form);
  } catch (error) {
    if (!(error instanceof EntryWriteError)) throw error;
    return [
      { where: '整个文件', problem: error.message, fix: '请在电脑上用文本编辑器修改这个文件，或请信息中心帮忙。' },
    ];
  }
  const checked = await checkEntryText(collection, text, file, browserBodyFindings);
  const problems = checked.problems.filter((p) => p.level === 'error').map((p) => said(collection, p));
  for (const reference of referencesIn(collection, checked.data ?? {})) {
    const broken = brokenReference(reference, known);
    if (broken) problems.push(said(collection, { field: reference.field, ...broken }));
  }
  if (REVIEWED_COLLECTIONS.includes(collection) && checked.data) {
    // Saving for review: the names may still be missing, but never wrong.
    for (const p of roleProblems(rolesOf(collection, checked.data), attempt.review, { requireNames: false })) {
      problems.push(said(collection, p));
    }
    const correction = await unsaidCorrection(attempt, text);
    if (correction) problems.push(said(collection, correction));
  }
  const uploaded = new Set(form.photos ?? []);
  for (const photo of collection === 'stories' ? bodyPhotos(form.body ?? '') : []) {
    if (!uploaded.has(photo)) {
      problems.push({
        where: '正文',
        problem: `正文插入了照片 ${photo}，但这张照片还没有上传。`,
        fix: '在“正文照片”里上传这张照片，或改正正文里的文件名。',
      });
    }
  }
  // In the order of the form: its fields from the top, the body last.
  return [...problems.filter((p) => p.where !== '正文'), ...problems.filter((p) => p.where === '正文')];
}

/**
 * A published entry changed where readers would notice, without a 更正说明 or a later 最后修改. The
 * published copy is the one the site was built from; an entry published since (the site not yet
 * rebuilt) is compared with the file as the editor read it from the site's branch.
 */
async function unsaidCorrection(attempt: SaveAttempt, text: string) {
  const now = attempt.now ?? new Date();
  const after = entryVersion(attempt.collection, text, now);
  if (!after) return undefined;
  const known = attempt.published?.[attempt.file];
  const read =
    attempt.readFromSite && attempt.form.__source !== undefined
      ? entryVersion(attempt.collection, attempt.form.__source, now)
      : undefined;
  const before = known
    ? {
        public: true,
        noticeable: known.seen,
        updated: known.updated ? new Date(known.updated) : undefined,
        corrections: known.corrections,
      }
    : read && { ...read, noticeable: await fingerprint(read.noticeable) };
  return correctionProblem(before, { ...after, noticeable: await fingerprint(after.noticeable) });
}

/** The problems as one message, for the editor's notice. */
export function problemsMessage(problems: readonly EditorProblem[], refused = '没有保存'): string {
  const lines = problems.map((p, i) => `${i + 1}. 【${p.where}】${p.problem}怎么改：${p.fix}`);
  return `${refused}，请先改正下面 ${problems.length} 处：\n${lines.join('\n')}`;
}

/**
 * Correcting in the open (更正): a published entry changed where readers would notice (its title,
 * summary, slogan, body, event or programme, and so any figure in them) must say so, with a dated
 * 更正说明 shown at the top of the page and first in the feed, or, for a typo, a later 最后修改. The
 * rule compares the entry as published with the entry as it is about to be: `npm run check` takes the
 * published copy from git, the web editor from the fingerprints the live site was built with.
 */
import { escapeText } from 'entities';
import { dateOf, formatDateTime } from './beijing-time.ts';
import { parseYamlAsWritten, splitEntry } from './front-matter.ts';

export interface Correction {
  date: Date;
  note: string;
}

/** What the rule needs of an entry at one moment. */
export interface EntryVersion {
  /** everything readers would notice, as one text (noticeableText) */
  noticeable: string;
  /** when it became public (undefined: not yet) */
  public?: boolean;
  updated?: Date;
  corrections: number;
}

export interface CorrectionProblem {
  field: 'corrections';
  problem: string;
  fix: string;
}

const NOTICEABLE_FIELDS = ['title', 'summary', 'slogan', 'event', 'programme'] as const;

/** The parts of an entry a reader sees change, with spacing evened out so re-wrapping a line is not a change. */
function noticeableText(data: Record<string, unknown>, body: string): string {
  const parts = NOTICEABLE_FIELDS.map((field) => JSON.stringify(data[field] ?? null));
  return [...parts, body].join('\n').replace(/\s+/g, ' ').trim();
}

/** An entry file's text as a version the rule compares; undefined when it cannot be read as one. */
export function entryVersion(collection: string, text: string, now: Date): EntryVersion | undefined {
  const parts = splitEntry(text);
  let data: unknown;
  try {
    data = parseYamlAsWritten(parts.yaml ?? '', 'entry');
  } catch {
    return undefined; // the file's own check says what is wrong with it
  }
  if (!data || typeof data !== 'object') return undefined;
  const d = data as Record<string, unknown>;
  const from = dateOf(collection === 'campaigns' ? d.start : d.published);
  const embargo = dateOf(d.embargo);
  return {
    noticeable: noticeableText(d, parts.body),
    public: d.draft !== true && from !== undefined && from <= now && (!embargo || embargo <= now),
    updated: dateOf(d.updated),
    corrections: Array.isArray(d.corrections) ? d.corrections.length : 0,
  };
}

export function correctionProblem(
  before: EntryVersion | undefined,
  after: EntryVersion,
): CorrectionProblem | undefined {
  if (!before?.public || before.noticeable === after.noticeable) return undefined;
  if (after.corrections > before.corrections) return undefined;
  if (after.updated && (!before.updated || after.updated > before.updated)) return undefined;
  return {
    field: 'corrections',
    problem: '这篇已经发布，这次改了读者看得到的内容（标题、摘要、正文、活动时间或其中的数字），但没有写更正说明。',
    fix: '在“更正说明”里新增一条：写上现在的时间和改了什么（例如 原文把服务时长误写为 400 小时，应为 40 小时），它会显示在页面顶部；只是改错别字，就把“最后修改”（updated）改为现在的时间。',
  };
}

/** The corrections as they lead a feed item's full text: one paragraph each, newest first. */
export function correctionsHtml(list: readonly Correction[]): string {
  return newestCorrectionsFirst(list)
    .map((c) => `<p><strong>更正说明（${formatDateTime(c.date)}）：</strong>${escapeText(c.note)}</p>`)
    .join('');
}

/** A short, stable fingerprint of a text (SHA-256, as the browser and Node both compute it). */
export async function fingerprint(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest).slice(0, 12)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export const newestCorrectionsFirst = (list: readonly Correction[]): Correction[] =>
  [...list].sort((a, b) => b.date.getTime() - a.date.getTime());

/** When the entry last changed for readers: its last correction or 最后修改, whichever is later. */
export function lastChanged(entry: { updated?: Date; corrections: readonly Correction[] }): Date | undefined {
  const times = [entry.updated, ...entry.corrections.map((c) => c.date)].filter((d): d is Date => d !== undefined);
  return times.length ? new Date(Math.max(...times.map((d) => d.getTime()))) : undefined;
}

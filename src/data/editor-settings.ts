/**
 * What the web editor's page loads when it opens (/admin/editor.json): its Decap CMS configuration,
 * generated from the content model and this build's content, and the teams, service fields and
 * campaigns an entry may name, for the check before saving.
 */
import { decapConfig } from '../admin/decap-config.ts';
import type { Choices } from '../admin/decap-fields.ts';
import { getCatalog } from './catalog.ts';
import { publishedVersions, type PublishedVersion } from './published-versions.ts';
import { readEditorBackend } from './editor-backend.ts';
import { LOCAL_BRANCH_ENV, LOCAL_PROXY_ENV } from '../admin/local-proxy.ts';

export interface EditorSettings {
  /** Decap CMS's configuration, or undefined when the editor has nowhere to save */
  decap?: Record<string, unknown>;
  /** per collection, [id, Chinese name] of every entry that may be referenced */
  known: Record<string, [string, string][]>;
  /** content/site.yaml's review policy (先审后发), as written */
  review?: { since: string; reviewers: string[]; finalReviewers?: string[]; finalFor?: 'important' | 'all' };
  /** who publishes the site: the 来源 at the foot of stories and campaigns */
  source: string;
  /** what the site published of each entry, by its file (content/…), for the 更正 rule */
  published: Record<string, PublishedVersion>;
}

export async function editorSettings(): Promise<EditorSettings> {
  const catalog = await getCatalog();
  const published = <T extends { draft: boolean }>(entries: T[]) => entries.filter((e) => !e.draft);
  const byName = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'zh-CN');
  const choices: Choices = {
    teams: published(catalog.teams)
      .map((t) => ({ label: t.name, value: t.id }))
      .sort(byName),
    fields: catalog.fields.map((f) => ({ label: f.name, value: f.id })),
    campaigns: published(catalog.campaigns)
      .map((c) => ({ label: c.title, value: c.id }))
      .sort(byName),
  };
  const decap = decapConfig({
    choices,
    backend: readEditorBackend(),
    localProxy: process.env[LOCAL_PROXY_ENV]
      ? { url: process.env[LOCAL_PROXY_ENV]!, branch: process.env[LOCAL_BRANCH_ENV] || 'main' }
      : undefined,
    siteUrl: catalog.site.baseUrl.replace(/\/$/, ''),
    reviewers: catalog.site.review?.reviewers,
    finalReviewers: catalog.site.review?.finalReviewers,
  });
  const known = Object.fromEntries(
    Object.entries(choices).map(([collection, list]) => [
      collection,
      list.map((c): [string, string] => [c.value, c.label]),
    ]),
  );
  const review = catalog.site.review && { ...catalog.site.review, since: catalog.site.review.since.toISOString() };
  return {
    decap,
    known,
    source: catalog.site.sponsor,
    ...(review ? { review } : {}),
    published: await publishedVersions(catalog),
  };
}

/** The other origins the editor talks to: the git server, or decap-server on this computer. */
export function editorOrigins(): string[] {
  const proxy = process.env[LOCAL_PROXY_ENV];
  if (proxy) return [new URL(proxy).origin];
  const backend = readEditorBackend();
  return backend ? [new URL(backend.gitServer).origin] : [];
}

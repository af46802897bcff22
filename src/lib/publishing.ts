/** Whether an entry is out for readers in this build. */
export interface Publishable {
  draft: boolean;
  published: Date;
}

export interface PublishingContext {
  now: Date;
  /** `astro dev` shows drafts (marked 草稿) so staff can preview them; production never does. */
  showDrafts: boolean;
}

export function isPublished(entry: Publishable, ctx: PublishingContext): boolean {
  if (entry.draft) return ctx.showDrafts;
  return ctx.showDrafts || entry.published <= ctx.now;
}

/** Newest first; ties broken by id so the order never depends on file-system order. */
export function newestFirst<T extends { id: string; published: Date }>(a: T, b: T): number {
  return +b.published - +a.published || a.id.localeCompare(b.id);
}

/** The entries either side of one in a list sorted newest first. */
export function neighbours<T extends { id: string }>(list: readonly T[], id: string): { newer?: T; older?: T } {
  const i = list.findIndex((e) => e.id === id);
  if (i < 0) return {};
  return { newer: list[i - 1], older: list[i + 1] };
}

/** Whether an entry is out for readers in this build. */
export interface Publishable {
  draft: boolean;
  published: Date;
  /** a press release's embargo: not out before it, whatever its publish time says */
  embargo?: Date;
}

export interface PublishingContext {
  now: Date;
  /** `astro dev` shows drafts (marked 草稿) so staff can preview them; production never does. */
  showDrafts: boolean;
}

/** When readers may first see it: its publish time, or its embargo if that is later. */
export function publicFrom(entry: Pick<Publishable, 'published' | 'embargo'>): Date {
  return entry.embargo && entry.embargo > entry.published ? entry.embargo : entry.published;
}

export function isPublished(entry: Publishable, ctx: PublishingContext): boolean {
  if (entry.draft) return ctx.showDrafts;
  return ctx.showDrafts || publicFrom(entry) <= ctx.now;
}

/** Newest first; ties broken by id so the order never depends on file-system order. */
export function newestFirst<T extends { id: string; published: Date }>(a: T, b: T): number {
  return +b.published - +a.published || a.id.localeCompare(b.id);
}

/**
 * Every entry of a list sorted newest first, with the entries either side of it. One pass: looking
 * each one up instead grows with the square of the archive.
 */
export function withNeighbours<T>(list: readonly T[]): { entry: T; newer?: T; older?: T }[] {
  return list.map((entry, i) => ({ entry, newer: list[i - 1], older: list[i + 1] }));
}

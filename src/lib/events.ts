import { endOfDay } from './campaign-state.ts';

/** One dated happening: an announcement's event or an item of a campaign programme. */
export interface SiteEvent {
  /** stable across builds: used for anchors now and calendar UIDs later */
  id: string;
  /** a UID it already has (a county's event on the province hub); else the calendar makes one from id */
  uid?: string;
  title: string;
  start: Date;
  end?: Date;
  place: string;
  organiser?: string;
  description?: string;
  /** the page that tells about it */
  url: string;
  campaignId?: string;
  /** when the entry announcing it was published: a calendar's DTSTAMP, never the clock */
  stamp: Date;
}

/** An event is upcoming until it ends (or, without an end, until its day is over). */
export function isUpcoming(event: Pick<SiteEvent, 'start' | 'end'>, now: Date): boolean {
  return (event.end ?? endOfDay(event.start)) >= now;
}

/** Upcoming soonest first, past most recent first: what a reader looks for in each list. */
export function splitEvents<T extends SiteEvent>(events: readonly T[], now: Date): { upcoming: T[]; past: T[] } {
  const upcoming = events
    .filter((e) => isUpcoming(e, now))
    .sort((a, b) => +a.start - +b.start || a.id.localeCompare(b.id));
  const past = events
    .filter((e) => !isUpcoming(e, now))
    .sort((a, b) => +b.start - +a.start || a.id.localeCompare(b.id));
  return { upcoming, past };
}

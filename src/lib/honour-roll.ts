/**
 * What of content/honours/ may be published. A person who has not agreed to be named appears as
 * surname and asterisks; a minor is never named or pictured at all, only counted. Everything a page,
 * feed or index shows of the honour roll comes through here, so the full name of someone without
 * consent, and any minor's name, never reaches the built site.
 */
import { maskName } from './mask-name.ts';
import { starLevel } from './star-level.ts';

export interface HonourWritten<Photo> {
  name: string;
  team: string;
  hours: number;
  consent: boolean;
  minor: boolean;
  photo?: Photo;
  note?: string;
  sample: boolean;
}

interface HonourShown<Photo> {
  year: string;
  /** the full name with consent, else 张** */
  name: string;
  named: boolean;
  team: string;
  hours: number;
  stars: number;
  photo?: Photo;
  note?: string;
  sample: boolean;
}

export interface HonourYear<Photo> {
  year: string;
  people: HonourShown<Photo>[];
  /** minors on the roll: counted, never named */
  minors: number;
  /** minors by team id */
  minorsByTeam: Map<string, number>;
  sample: boolean;
}

/** The honour roll by year, newest first, each year's people by hours. */
export function honourRoll<Photo>(
  entries: readonly { year: string; person: HonourWritten<Photo> }[],
  thresholds: readonly number[],
): HonourYear<Photo>[] {
  const years = [...new Set(entries.map((e) => e.year))].sort().reverse();
  return years.map((year) => {
    const ofYear = entries.filter((e) => e.year === year).map((e) => e.person);
    const minorsByTeam = new Map<string, number>();
    for (const p of ofYear.filter((p) => p.minor)) minorsByTeam.set(p.team, (minorsByTeam.get(p.team) ?? 0) + 1);
    const people = ofYear
      .filter((p) => !p.minor)
      .map((p) => ({
        year,
        name: p.consent ? p.name : maskName(p.name),
        named: p.consent,
        team: p.team,
        hours: p.hours,
        stars: starLevel(p.hours, thresholds),
        ...(p.consent && p.photo ? { photo: p.photo } : {}),
        ...(p.note ? { note: p.note } : {}),
        sample: p.sample,
      }))
      .sort((a, b) => b.hours - a.hours);
    return {
      year,
      people,
      minors: ofYear.length - people.length,
      minorsByTeam,
      sample: ofYear.some((p) => p.sample),
    };
  });
}

/** Names that must never be printed: those of people without consent, and of every minor. */
export function protectedNames(people: readonly Pick<HonourWritten<unknown>, 'name' | 'consent' | 'minor'>[]) {
  return [...new Set(people.filter((p) => !p.consent || p.minor).map((p) => p.name.trim()))];
}

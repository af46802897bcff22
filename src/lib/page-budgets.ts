/**
 * What a page may weigh on a weak mobile signal: HTML, CSS and JavaScript together, gzip-compressed,
 * photos excluded (they load lazily and by size). One place for the limits; a test holds every page to them.
 */
export const PAGE_BUDGETS = {
  /** a story page */
  story: 30 * 1024,
  /** the home page, which lists the most */
  home: 60 * 1024,
  /** any other page */
  other: 60 * 1024,
} as const;

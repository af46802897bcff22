/**
 * The one way to build a URL on this site. Pages, feeds and search all go through these, so a
 * section can move by changing one line. Every path ends in "/" (directory-style pages).
 */

export const paths = {
  home: () => '/',
  stories: (page = 1) => (page <= 1 ? '/stories/' : `/stories/page/${page}/`),
  story: (slug: string) => `/stories/${slug}/`,
  teams: () => '/teams/',
  team: (slug: string) => `/teams/${slug}/`,
  announcements: () => '/announcements/',
  announcement: (slug: string) => `/announcements/${slug}/`,
  campaigns: () => '/campaigns/',
  campaign: (slug: string) => `/campaigns/${slug}/`,
  fields: () => '/fields/',
  field: (slug: string) => `/fields/${slug}/`,
  join: () => '/join/',
  about: () => '/about/',
  search: () => '/search/',
  media: () => '/media/',
  siteFeed: () => '/rss.xml',
} as const;

/** An absolute URL on the site's own origin, for canonical links, feeds and sharing. */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}

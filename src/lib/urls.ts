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
  releases: () => '/media/releases/',
  siteFeed: () => '/rss.xml',
  siteMap: () => '/sitemap/',
  impact: () => '/impact/',
  honours: () => '/honours/',
  videos: () => '/videos/',
  /** the published service records, as open data */
  openData: (format: 'csv' | 'json') => `/data/service-records.${format}`,
} as const;

/**
 * The [...scope] route parameter for a file served under a section: '/teams/qingnian/rss.xml' with
 * 'rss.xml' gives 'teams/qingnian'; the site-wide file ('/rss.xml') gives undefined.
 */
export function scopeOf(path: string, file: string): string | undefined {
  const scope = path.replace(/^\//, '').slice(0, -file.length).replace(/\/$/, '');
  return scope || undefined;
}

/** An absolute URL on the site's own origin, for canonical links, feeds and sharing. */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}

/** The site's sections, in the order the header shows them; the search and 404 pages offer them too. */
export const SECTIONS = [
  { href: paths.home(), label: '首页' },
  { href: paths.stories(), label: '志愿故事' },
  { href: paths.teams(), label: '志愿队伍' },
  { href: paths.announcements(), label: '通知公告' },
  { href: paths.campaigns(), label: '主题活动' },
  { href: paths.impact(), label: '服务数据' },
  { href: paths.honours(), label: '光荣榜' },
  { href: paths.join(), label: '加入我们' },
  { href: paths.media(), label: '媒体中心' },
  { href: paths.about(), label: '关于' },
] as const;

/** The file a page's address is written to in the built site: /stories/x/ → stories/x/index.html, /rss.xml → rss.xml. */
export function pageFile(url: string): string {
  const relative = decodeURI(url).replace(/^\/+/, '');
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

/**
 * The Content-Type each kind of file on the site must be served with. The charset matters: a feed
 * served as plain "text/xml" is read as US-ASCII by strict clients, whatever its XML declaration says.
 * Used by the preview server and the dev server's search index; deploy/nginx/ holds the same rules for nginx.
 */
const BY_NAME: [RegExp, string][] = [
  [/(^|\/)rss\.xml$/, 'application/rss+xml; charset=utf-8'],
  [/(^|\/)feed\.json$/, 'application/feed+json; charset=utf-8'],
  [/\.opml$/, 'text/x-opml; charset=utf-8'],
  [/\.ics$/, 'text/calendar; charset=utf-8'],
  [/\.xml$/, 'application/xml; charset=utf-8'],
  [/\.html?$/, 'text/html; charset=utf-8'],
  [/\.css$/, 'text/css; charset=utf-8'],
  [/\.m?js$/, 'text/javascript; charset=utf-8'],
  [/\.json$/, 'application/json; charset=utf-8'],
  [/\.txt$/, 'text/plain; charset=utf-8'],
  [/\.csv$/, 'text/csv; charset=utf-8'],
  [/\.vtt$/, 'text/vtt; charset=utf-8'],
  [/\.mp4$/, 'video/mp4'],
  [/\.svg$/, 'image/svg+xml; charset=utf-8'],
];

/** The type for a site path, or undefined to keep the server's own guess (photos, fonts). */
export function contentTypeFor(pathname: string): string | undefined {
  return BY_NAME.find(([pattern]) => pattern.test(pathname))?.[1];
}

/**
 * 长辈版 and 高对比度 as modes a reader switches with a plain link, JavaScript or not (issue 28).
 * The link (/mode/elder-on?back=/stories/x/) asks the server to set a cookie and send the reader back;
 * every page is the same file in every mode. With JavaScript, the script before the first paint reads
 * the cookie and marks <html> (data-elder, data-contrast), which the site's stylesheet styles. Without
 * it, the page's <noscript> stylesheet /modes/reader.css is the one the server picks by the cookie.
 * nginx (deploy/nginx/xinfeng.conf, xinfeng-site.conf) and the preview server (scripts/server/serve.ts,
 * through these functions) answer alike; a test holds them to it.
 */

const READER_MODES = ['elder', 'contrast'] as const;
export type ReaderMode = (typeof READER_MODES)[number];

/** The cookie that remembers a mode: set to "on", removed when switched off. */
export const modeCookie = (mode: ReaderMode) => `xinfeng_${mode}`;
/** A year: the reader chose it once. Readable by the page's script, sent only to this site. */
const COOKIE_LIFE = 365 * 24 * 3600;

/** The stylesheet a page without JavaScript loads, answered by the server from the cookies. */
export const MODE_STYLESHEET = '/modes/reader.css';
/** What it is answered with: one file per combination, built by src/pages/modes/[name].css.ts. */
export const MODE_STYLESHEET_FILES = ['none', 'elder', 'contrast', 'elder-contrast'] as const;

/** The link that switches a mode on or off and comes back to `page`. */
export const switchHref = (mode: ReaderMode, on: boolean, page: string) =>
  `/mode/${mode}-${on ? 'on' : 'off'}?back=${page}`;

/**
 * Where a switch may send the reader back to: a path of this site, never another site (//host) and
 * nothing that is not plainly a path; anything else goes to the home page. Taken as written in the
 * address, still percent-encoded, as nginx's $arg_back is, and its map says the same.
 */
const BACK_PATTERN = /^\/(?!\/)[-A-Za-z0-9/_.~%]*$/;
const safeBack = (back: string | undefined) => (back && BACK_PATTERN.test(back) ? back : '/');

/** A request to /mode/…: the cookie to set and where to go, or undefined for any other path. */
export function modeSwitch(url: URL): { setCookie: string; location: string } | undefined {
  const match = /^\/mode\/(elder|contrast)-(on|off)$/.exec(url.pathname);
  if (!match) return undefined;
  const [, mode, state] = match as unknown as [string, ReaderMode, 'on' | 'off'];
  const life = state === 'on' ? COOKIE_LIFE : 0;
  return {
    setCookie: `${modeCookie(mode)}=${state === 'on' ? 'on' : ''}; Path=/; Max-Age=${life}; SameSite=Lax`,
    location: safeBack(/[?&]back=([^&]*)/.exec(url.search)?.[1]),
  };
}

/** Which modes a Cookie header has on. */
export function modesOn(cookieHeader: string | undefined): Set<ReaderMode> {
  const on = new Set<ReaderMode>();
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, value] = part.trim().split('=');
    const mode = READER_MODES.find((m) => modeCookie(m) === name);
    if (mode && value === 'on') on.add(mode);
  }
  return on;
}

/** The file /modes/reader.css is answered with, for these modes. */
export function modeStylesheetFile(on: Set<ReaderMode>): (typeof MODE_STYLESHEET_FILES)[number] {
  if (on.has('elder') && on.has('contrast')) return 'elder-contrast';
  if (on.has('elder')) return 'elder';
  if (on.has('contrast')) return 'contrast';
  return 'none';
}

/**
 * The site's stylesheet styles a mode under html[data-elder] or html[data-contrast='high']; the
 * stylesheet without JavaScript styles the same rules under html:root, which matches every page and
 * weighs the same in the cascade as the attribute did.
 */
export const unconditional = (css: string) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replaceAll("html[data-contrast='high']", 'html:root')
    .replaceAll('html[data-elder]', 'html:root');

/**
 * Which addresses content may link to or load: the web, e-mail and telephone, and the site's own paths.
 * Anything a browser would run or open in place (javascript:, vbscript:, data:, file:, …) is refused,
 * however it is disguised: character references (jav&#x61;script:), tabs, line breaks or control
 * characters inside the scheme (browsers drop them), upper case.
 */
import { decodeHTML } from 'entities';

export const SAFE_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

/** What a browser would read the scheme as, or undefined for a relative address. */
export function urlScheme(url: string): string | undefined {
  // Browsers strip leading C0 controls and spaces, and tabs and line breaks anywhere in a URL.
  // eslint-disable-next-line no-control-regex -- removing the control characters browsers ignore is the point
  const seen = decodeHTML(url).replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(seen)?.[1]?.toLowerCase();
}

export function isSafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || (SAFE_SCHEMES as readonly string[]).includes(scheme);
}

/** A path that climbs out of its folder (../) or names a folder of its own (./x/../): refused for files. */
export function leavesFolder(path: string): boolean {
  const decoded = (segment: string) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  };
  return path.split(/[/\\]/).some((segment) => decoded(segment) === '..');
}

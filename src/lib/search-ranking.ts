/**
 * Pagefind ranks by how often the words of a query occur, so a long campaign page that names a team
 * five times can outrank the team's own profile. A reader who types a page's title wants that page:
 * results whose title contains the whole query move to the front, in Pagefind's order otherwise.
 */
const IGNORED = /[\s"“”'‘’「」《》]/g;

export function promoteTitleMatches<T extends { meta: { title?: string } }>(results: readonly T[], query: string): T[] {
  const wanted = query.replace(IGNORED, '');
  if (!wanted) return [...results];
  const matches = (r: T) => (r.meta.title ?? '').replace(IGNORED, '').includes(wanted);
  return [...results.filter(matches), ...results.filter((r) => !matches(r))];
}

/**
 * How many results are loaded and checked before they are shown (each is a small fragment file):
 * more than a county site's query returns, few enough for a phone on a weak signal.
 */
export const CHECKED_RESULTS = 100;

const HAN = /\p{Script=Han}/u;

/**
 * Pagefind drops query words its index has never seen and matches on the rest, so 火星探测器 finds a
 * story about 助行器. A reader who typed five characters wants pages that contain them: for a
 * Chinese query, a result counts only if its text holds every word of the query (split the way the
 * reader's browser splits it), or the whole quoted phrase.
 */
export function matchesEveryWord(text: string, query: string, segmenter: Intl.Segmenter): boolean {
  if (!HAN.test(query)) return true;
  const haystack = text.replace(/\s+/g, '');
  const phrases = [...query.matchAll(/["“]([^"”]+)["”]/g)].map((m) => m[1]!.replace(/\s+/g, ''));
  const rest = query.replace(/["“][^"”]+["”]/g, ' ');
  const words = [...segmenter.segment(rest)].filter((s) => s.isWordLike).map((s) => s.segment);
  return [...phrases, ...words].every((w) => haystack.includes(w));
}

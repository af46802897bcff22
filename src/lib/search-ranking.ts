/**
 * Pagefind ranks by how often the words of a query occur, so a long campaign page that names a team
 * five times can outrank the team's own profile. A reader who types a page's title wants that page:
 * results whose title contains the whole query move to the front, in Pagefind's order otherwise.
 */
const IGNORED = /[\s"“”'‘’「」《》]/g;

export function promoteTitleMatches<T extends { meta: { title?: string } }>(results: readonly T[], query: string): T[] {
  return [...results.filter((r) => titleHolds(r, query)), ...results.filter((r) => !titleHolds(r, query))];
}

function titleHolds(result: { meta: { title?: string } }, query: string): boolean {
  const wanted = query.replace(IGNORED, '');
  return wanted !== '' && (result.meta.title ?? '').replace(IGNORED, '').includes(wanted);
}

/**
 * How many results are loaded and checked before they are shown (each is a small fragment file):
 * more than a county site's query returns, few enough for a phone on a weak signal.
 */
const CHECKED_RESULTS = 100;

/**
 * For a query of one word, the first results suffice: Pagefind returns only pages holding the word,
 * so the all-words rule below removes nothing, and Pagefind's weight for headings already puts the
 * pages whose title holds it first. 20 gave the same first page as checking 100 on 28 queries over the
 * sample site and a 2,500-story one (docs/performance.md, search on a phone), and spares a phone 80 fragment files. A word
 * the browser splits (志愿者: 志愿 者) counts as several; for those, settledFirstPage.
 */
export const FIRST_CHECKED = 20;

/** How many results to load and check before showing the first ones, for `query`. */
export function resultsToCheck(query: string, segmenter: Intl.Segmenter): number {
  return queryWords(query, segmenter).length <= 1 ? FIRST_CHECKED : CHECKED_RESULTS;
}

interface Checkable {
  meta: { title?: string };
  content: string;
}

/** Whether a result's title and text hold every word of the query (matchesEveryWord). */
const holdsEveryWord = (r: Checkable, query: string, segmenter: Intl.Segmenter) =>
  matchesEveryWord(`${r.meta.title ?? ''}${r.content}`, query, segmenter);

/** The checked results as the page lists them: those holding every word, title matches first by relevance. */
export function rankChecked<T extends Checkable>(
  checked: readonly T[],
  query: string,
  sort: 'relevance' | 'newest',
  segmenter: Intl.Segmenter,
): T[] {
  const kept = checked.filter((r) => holdsEveryWord(r, query, segmenter));
  return sort === 'newest' ? kept : promoteTitleMatches(kept, query);
}

/**
 * The first `size` results in the order rankChecked gives the whole checked list, when the first results
 * loaded already decide them, else null. By relevance: `size` of them have a title holding the whole
 * query (such a page holds every word), and a title match further down could only come after them.
 * Newest first: `size` of them hold every word. A query of several words can then show its first page
 * from the first results while the rest of the hundred load.
 */
export function settledFirstPage<T extends Checkable>(
  first: readonly T[],
  query: string,
  sort: 'relevance' | 'newest',
  segmenter: Intl.Segmenter,
  size: number,
): T[] | null {
  const decided = first.filter(
    (r) => holdsEveryWord(r, query, segmenter) && (sort === 'newest' || titleHolds(r, query)),
  );
  return decided.length >= size ? decided.slice(0, size) : null;
}

/** The quoted phrases of a query and the words of the rest, as the reader's browser splits them. */
function queryWords(query: string, segmenter: Intl.Segmenter): string[] {
  const phrases = [...query.matchAll(/["“]([^"”]+)["”]/g)].map((m) => m[1]!.replace(/\s+/g, ''));
  const rest = query.replace(/["“][^"”]+["”]/g, ' ');
  return [...phrases, ...[...segmenter.segment(rest)].filter((s) => s.isWordLike).map((s) => s.segment)];
}

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
  return queryWords(query, segmenter).every((w) => haystack.includes(w));
}

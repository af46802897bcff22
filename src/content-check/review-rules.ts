/**
 * 先审后发 across entries: each story, announcement and campaign against the review policy of
 * content/site.yaml (src/lib/review-roles.ts), by `npm run check` and the build's guard alike.
 */
import { REVIEWED_COLLECTIONS, reviewPolicyOf, roleProblems, rolesOf } from '../lib/review-roles.ts';
import type { EntryFacts } from './cross-entry.ts';
import type { Problem } from './problem.ts';

export function reviewProblems(entries: readonly EntryFacts[]): Problem[] {
  const policy = reviewPolicyOf(entries.find((e) => e.collection === 'site')?.data.review);
  return entries
    .filter((entry) => REVIEWED_COLLECTIONS.includes(entry.collection))
    .flatMap((entry) =>
      roleProblems(rolesOf(entry.collection, entry.data), policy).map((p): Problem => ({
        file: entry.file,
        line: entry.lineOf(p.field) ?? entry.lineOf('title'),
        field: p.field,
        level: 'error',
        problem: p.problem,
        fix: p.fix,
      })),
    );
}

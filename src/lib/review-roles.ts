/**
 * 先审后发 on the page: who may be named as 审核 and 终审 on a story, announcement or campaign. The
 * reviewer comes from the centre's own list (content/site.yaml, review), never the author or editor
 * of the same entry (谁发布谁负责: nobody approves their own work); from the day the rule starts, a
 * published entry must name its 责任编辑 and 审核. The git server's merge rights are what stop an
 * author publishing alone (docs/operations.md); this keeps the printed names honest with them.
 */
import { dateOf } from './beijing-time.ts';

export interface ReviewPolicy {
  /** entries published from this moment on must name their editor and reviewer */
  since: Date;
  reviewers: readonly string[];
  finalReviewers?: readonly string[];
  /** which entries also need a final approval */
  finalFor?: 'important' | 'all';
}

export interface EntryRoles {
  /** when it is published (a campaign: its start) */
  published?: Date;
  draft?: boolean;
  author?: string;
  editor?: string;
  reviewer?: string;
  finalReviewer?: string;
  important?: boolean;
}

export interface RoleProblem {
  field: 'editor' | 'reviewer' | 'finalReviewer';
  problem: string;
  fix: string;
}

const listed = (names: readonly string[]) => names.join('、');

/** The policy as content/site.yaml writes it, or as the content layer read it; undefined without one. */
export function reviewPolicyOf(review: unknown): ReviewPolicy | undefined {
  if (!review || typeof review !== 'object') return undefined;
  const r = review as Record<string, unknown>;
  const since = dateOf(r.since);
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);
  const reviewers = strings(r.reviewers);
  if (!since || !reviewers) return undefined;
  return {
    since,
    reviewers,
    finalReviewers: strings(r.finalReviewers),
    finalFor: r.finalFor === 'important' || r.finalFor === 'all' ? r.finalFor : undefined,
  };
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** The kinds of entry that print who answers for them. */
export const REVIEWED_COLLECTIONS: readonly string[] = ['stories', 'announcements', 'campaigns'];

/** An entry's names and dates, from its front matter as written or as the content layer read it. */
export function rolesOf(collection: string, data: Record<string, unknown>): EntryRoles {
  return {
    published: dateOf(collection === 'campaigns' ? data.start : data.published),
    draft: data.draft === true,
    author: text(data.author),
    editor: text(data.editor),
    reviewer: text(data.reviewer),
    finalReviewer: text(data.finalReviewer),
    important: data.important === true,
  };
}

/** Whether this entry needs a final approval as well as a review. */
function needsFinalReview(entry: EntryRoles, policy: ReviewPolicy | undefined): boolean {
  return policy?.finalFor === 'all' || (policy?.finalFor === 'important' && entry.important === true);
}

/**
 * What is wrong with the names an entry prints. `requireNames`: whether a missing 责任编辑 or 审核 is
 * wrong too (publishing, and the check of what is published), or not yet (saving a draft for review).
 */
export function roleProblems(
  entry: EntryRoles,
  policy: ReviewPolicy | undefined,
  { requireNames = true }: { requireNames?: boolean } = {},
): RoleProblem[] {
  const problems: RoleProblem[] = [];
  const { author, editor, reviewer, finalReviewer } = entry;
  if (reviewer !== undefined) {
    if (policy && !policy.reviewers.includes(reviewer)) {
      problems.push({
        field: 'reviewer',
        problem: `“${reviewer}”不在中心的审核人名单里（${listed(policy.reviewers)}）。`,
        fix: '请名单上的审核人审阅后选自己的名字；名单在 content/site.yaml 的 review.reviewers，由中心按审核发布制度维护。',
      });
    }
    if (reviewer === author || reviewer === editor) {
      problems.push({
        field: 'reviewer',
        problem: `审核人“${reviewer}”也是这篇的${reviewer === author ? '作者' : '责任编辑'}：不能审核自己写的或编辑的稿件。`,
        fix: '请另一位审核人审阅后填写。',
      });
    }
  }
  if (finalReviewer !== undefined) {
    if (policy?.finalReviewers && !policy.finalReviewers.includes(finalReviewer)) {
      problems.push({
        field: 'finalReviewer',
        problem: `“${finalReviewer}”不在中心的终审人名单里（${listed(policy.finalReviewers)}）。`,
        fix: '请名单上的终审人审阅后填写；名单在 content/site.yaml 的 review.finalReviewers。',
      });
    }
    if ([author, editor, reviewer].includes(finalReviewer)) {
      problems.push({
        field: 'finalReviewer',
        problem: `终审人“${finalReviewer}”已经是这篇的作者、责任编辑或审核人：终审须由另一个人做。`,
        fix: '请另一位终审人审阅后填写。',
      });
    }
  }
  const bound =
    requireNames && policy && !entry.draft && entry.published !== undefined && entry.published >= policy.since;
  if (bound) {
    if (!editor) {
      problems.push({ field: 'editor', problem: '没有写责任编辑。', fix: '写上责任编辑的姓名。' });
    }
    if (!reviewer) {
      problems.push({
        field: 'reviewer',
        problem: '没有写审核人：先审后发，审核通过的稿件才能发布。',
        fix: `请审核人（${listed(policy.reviewers)}）审阅后选自己的名字，再发布；还没审核的稿件先送审，不要发布。`,
      });
    }
    if (needsFinalReview(entry, policy) && !finalReviewer) {
      problems.push({
        field: 'finalReviewer',
        problem: entry.important ? '这是重要稿件，还没有终审。' : '还没有终审：中心规定全部稿件都要终审。',
        fix: `请终审人（${listed(policy.finalReviewers ?? [])}）审阅后填写自己的名字，再发布。`,
      });
    }
  }
  return problems;
}

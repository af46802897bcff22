import { describe, expect, it } from 'vitest';
import { reviewPolicyOf, roleProblems, rolesOf, type ReviewPolicy } from '../../src/lib/review-roles';

const policy: ReviewPolicy = { since: new Date('2026-11-30T16:00:00Z'), reviewers: ['陈静', '赵磊'] };
const published = new Date('2026-12-05T01:00:00Z');
const story = { published, author: '金晖助老志愿服务队', editor: '刘洋', reviewer: '陈静' };
const fields = (list: { field: string }[]) => list.map((p) => p.field);

describe('roleProblems (先审后发: who may be printed as 审核)', () => {
  it('accepts a reviewer from the centre’s list who neither wrote nor edited the entry', () => {
    expect(roleProblems(story, policy)).toEqual([]);
  });

  it('refuses a reviewer who is the entry’s author or its editor, with or without a policy', () => {
    const own = roleProblems({ ...story, reviewer: '刘洋' }, undefined);
    expect(own).toHaveLength(1);
    expect(own[0]!.problem).toContain('不能审核自己写的或编辑的稿件');
    expect(fields(roleProblems({ ...story, author: '陈静' }, policy))).toEqual(['reviewer']);
  });

  it('refuses a name that is not on the list, saying who is', () => {
    const [p] = roleProblems({ ...story, reviewer: '王强' }, policy);
    expect(p).toMatchObject({ field: 'reviewer' });
    expect(p!.problem).toContain('陈静、赵磊');
  });

  it('from the day the rule starts, a published entry must name its editor and reviewer; a draft or an older entry need not', () => {
    expect(fields(roleProblems({ published }, policy))).toEqual(['editor', 'reviewer']);
    expect(roleProblems({ published, draft: true }, policy)).toEqual([]);
    expect(roleProblems({ published: new Date('2026-11-01T01:00:00Z') }, policy)).toEqual([]);
    expect(roleProblems({ published }, undefined)).toEqual([]);
  });

  it('lets an entry be saved for review before anyone has approved it', () => {
    expect(roleProblems({ published, author: '刘洋' }, policy, { requireNames: false })).toEqual([]);
    expect(
      fields(roleProblems({ published, editor: '陈静', reviewer: '陈静' }, policy, { requireNames: false })),
    ).toEqual(['reviewer']);
  });

  it('asks for a second, final approval where the centre set one: for important entries, or for all', () => {
    const second = { ...policy, finalReviewers: ['孙伟'], finalFor: 'important' as const };
    expect(roleProblems(story, second)).toEqual([]);
    expect(fields(roleProblems({ ...story, important: true }, second))).toEqual(['finalReviewer']);
    expect(roleProblems({ ...story, important: true, finalReviewer: '孙伟' }, second)).toEqual([]);
    expect(fields(roleProblems(story, { ...second, finalFor: 'all' }))).toEqual(['finalReviewer']);
    expect(fields(roleProblems({ ...story, finalReviewer: '陈静' }, second))).toEqual([
      'finalReviewer',
      'finalReviewer',
    ]);
  });
});

describe('reading the names and the policy as files write them', () => {
  it('reads front matter as written, a campaign by its start', () => {
    expect(rolesOf('stories', { published: '2026-12-05 09:00', editor: ' 刘洋 ', reviewer: '' })).toMatchObject({
      published,
      editor: '刘洋',
      reviewer: undefined,
    });
    expect(rolesOf('campaigns', { start: '2026-12-05 09:00' }).published).toEqual(published);
  });

  it('reads content/site.yaml’s review section, and nothing from a broken one', () => {
    expect(reviewPolicyOf({ since: '2026-12-01', reviewers: ['陈静'] })).toEqual({
      since: new Date('2026-11-30T16:00:00Z'),
      reviewers: ['陈静'],
      finalReviewers: undefined,
      finalFor: undefined,
    });
    expect(reviewPolicyOf({ since: '2026-11-30T16:00:00.000Z', reviewers: ['陈静'] })?.since).toEqual(
      new Date('2026-11-30T16:00:00Z'),
    );
    expect(reviewPolicyOf({ reviewers: ['陈静'] })).toBeUndefined();
    expect(reviewPolicyOf(undefined)).toBeUndefined();
  });
});

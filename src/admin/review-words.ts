/**
 * The editor's Chinese for the review workflow (先审后发), in the words county publicity offices use:
 * 草稿 → 待审核 → 待发布, 送审 and 审核通过. Decap's own zh_Hans says 审核中 / 就绪 and 编辑工作流; only
 * those phrases are replaced, the rest of its Chinese stays as shipped.
 */
import { zh_Hans } from 'decap-cms-locales';

type Phrases = { [key: string]: string | Phrases };

const REVIEW_WORDS: Phrases = {
  auth: { loginWithForgejo: '使用 Forgejo 登录' },
  app: { header: { workflow: '审核' } },
  editor: {
    editor: {
      onPublishingNotReady: '请先由审核人把状态改为“待发布”（审核通过），再发布。',
      onPublishing: '发布后，网站下一次生成时就会出现这篇内容。确定发布吗？',
    },
    editorToolbar: {
      inReview: '待审核',
      ready: '待发布',
      status: '状态：%{status}',
      publishNow: '立即发布',
    },
  },
  workflow: {
    workflow: {
      workflowHeading: '审核（先审后发）',
      newPost: '写新内容',
      dateFormat: 'M月D日',
      description:
        '%{smart_count} 篇待审核，%{readyCount} 篇审核通过、待发布 |||| %{smart_count} 篇待审核，%{readyCount} 篇审核通过、待发布',
    },
    workflowList: {
      onPublishingNotReadyEntry: '只有审核通过（“待发布”一列）的内容才能发布：请审核人先把卡片拖到“待发布”。',
      inReviewHeader: '待审核',
      readyHeader: '待发布',
    },
  },
};

function merged(base: Phrases, over: Phrases): Phrases {
  const out: Phrases = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const below = base[key];
    out[key] = typeof value === 'object' && typeof below === 'object' ? merged(below, value) : value;
  }
  return out;
}

/** Decap's zh_Hans with the review workflow's words. */
export const reviewPhrases = (): Phrases => merged(zh_Hans as Phrases, REVIEW_WORDS);

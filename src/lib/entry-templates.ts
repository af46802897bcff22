/**
 * The skeleton `npm run new` writes for each kind of entry: every field of its schema, with a line
 * in Chinese saying what it is for. Optional fields are written commented out (# …) so staff see
 * them without having to fill them in.
 */
export type EntryKind = 'story' | 'announcement' | 'team' | 'campaign';

export interface TemplateInput {
  kind: EntryKind;
  title: string;
  /** the entry's address slug */
  slug: string;
  /** today in Beijing, YYYY-MM-DD */
  today: string;
  /** now in Beijing, YYYY-MM-DD HH:MM */
  now: string;
  team?: string;
  field?: string;
  campaign?: string;
}

/**
 * Every text the skeleton writes for staff to replace. The content check refuses any of them in a
 * published entry (content-check/placeholders.ts), so a skeleton never reaches readers as it was.
 */
export const PLACEHOLDERS = {
  storySummary: '一两句话的摘要，显示在故事列表和微信分享卡片上',
  announcementSummary: '一两句话的摘要',
  teamSummary: '一句话介绍这支队伍做什么',
  campaignSummary: '一两句话的介绍',
  slogan: '活动口号，首页大字显示',
  coverAlt: '用一句话描述封面照片的内容，供视障读者收听',
  campaignCoverAlt: '用一句话描述封面照片的内容',
  logoAlt: '队标的样子',
  credit: '摄影：姓名或单位',
  logoCredit: '设计：单位',
  author: '作者或供稿单位',
  publisher: '发布单位',
  editor: '责任编辑的姓名',
  location: '地点（可选）',
  town: '所在乡镇或街道',
  contactName: '联系人或联络组',
  place: '地点',
  organiser: '组织单位',
  register: '报名方式（可选）',
  attachmentTitle: '附件名称',
  role: '岗位名称',
  needs: '需要什么样的人',
  time: '服务时间',
  join: '怎样加入：到哪里报名、联系谁',
  programmeDescription: '一句话说明',
  storyBody: '在这里写正文。段落之间空一行。',
  photoHint: '插入照片的写法见编辑手册（docs/staff-guide.md）的“照片”一节。',
  announcementBody: '在这里写公告正文。段落之间空一行。',
  teamBody: '在这里介绍这支队伍：做什么、在哪里服务、怎样参加。',
  campaignBody: '在这里介绍这次主题活动：为什么办、有哪些安排、怎样参加。',
} as const;
const P = PLACEHOLDERS;

const q = (s: string) => JSON.stringify(s);

/** A film's fields, commented out: stories and announcements may carry one. */
const FILM_LINES = `# 有微电影时（npm run video 可以转换手机视频），删掉下面各行开头的 #：
# video:
#   file: ./film.mp4           # MP4 视频，放在本文件旁边
#   poster: ./film-poster.jpg  # 播放前显示的画面
#   captions: ./film.vtt       # 字幕（WebVTT），也是页面上的文字稿
#   credit: 摄制者或单位
`;

/** Who answers for the entry (先审后发) and how it was corrected: stories, announcements, campaigns. */
const reviewLines = (now: string) => `editor: ${q(P.editor)}
# reviewer: 审核人姓名       # 审核：审核人审阅后填写自己的名字（content/site.yaml 的 review.reviewers 名单里的一位）
# finalReviewer: 终审人姓名  # 终审（中心设置了终审时）
# important: true           # 重要稿件（中心设置 finalFor: important 时还要终审）
# updated: ${now}   # 最后修改：发布后只改错别字时写
# 发布后改了标题、摘要、正文或数字时，删掉下面各行开头的 #，写明改了什么：
# corrections:
#   - date: ${now}
#     note: 原文把……误写为……，应为……
`;

export function entryTemplate(input: TemplateInput): string {
  const team = input.team ?? '队伍编号';
  const field = input.field ?? '领域编号';
  const campaignLine = input.campaign
    ? `campaign: ${input.campaign}            # 所属主题活动编号（content/campaigns/ 下的文件名）`
    : '# campaign: 活动编号            # 所属主题活动编号（可选，content/campaigns/ 下的文件名）';
  switch (input.kind) {
    case 'story':
      return `---
title: ${q(input.title)}   # 标题
summary: ${q(P.storySummary)}
published: ${input.now}   # 发布时间（北京时间）；写将来的时间就是定时发布
teams: [${team}]            # 队伍编号：content/teams/ 下的文件名，多支队伍用逗号隔开
fields: [${field}]           # 服务领域编号：见 content/fields.yaml
${campaignLine}
cover:
  image: ./cover.jpg         # 封面照片：放在本文件旁边，宽度至少 800 像素
  alt: ${q(P.coverAlt)}
  credit: ${q(P.credit)}
author: ${q(P.author)}
# location: ${q(P.location)}
${FILM_LINES}${reviewLines(input.now)}minors: false                # 照片或文字中出现未成年人时改为 true
reviewed: false              # 涉及未成年人的内容经审核后改为 true
draft: true                  # 草稿：写完后删掉这一行才会发布
# sample: true              # 只有演示用的示例内容才写，会显示“示例”标记
---

${P.storyBody}

${P.photoHint}
`;
    case 'announcement':
      return `---
title: ${q(input.title)}   # 标题
summary: ${q(P.announcementSummary)}
kind: "通知"                 # 类型：通知、活动预告、招募、公示、新闻稿 之一
published: ${input.now}   # 发布时间（北京时间）
# embargo: ${input.now}   # 禁发时间（可选，只用于新闻稿）：这个时间以前，网站不发布这篇新闻稿
${campaignLine}
author: ${q(P.publisher)}
# 有具体时间、地点的活动才写 event，删掉下面各行开头的 # 即可：
# event:
#   start: ${input.today} 09:00   # 开始时间（北京时间）
#   end: ${input.today} 11:00     # 结束时间（可选）
#   place: ${q(P.place)}
#   organiser: ${q(P.organiser)}
#   register: ${q(P.register)}
# 附件放在 content/files/ 下，这里写 /files/ 开头的地址：
# attachments:
#   - title: ${q(P.attachmentTitle)}
#     url: /files/${input.today.slice(0, 4)}/wenjian.pdf
${FILM_LINES}${reviewLines(input.now)}draft: true                  # 草稿：写完后删掉这一行才会发布
# sample: true              # 只有演示用的示例内容才写，会显示“示例”标记
---

${P.announcementBody}
`;
    case 'team':
      return `---
name: ${q(input.title)}   # 队伍全称
summary: ${q(P.teamSummary)}
fields: [${field}]           # 服务领域编号：见 content/fields.yaml
town: ${q(P.town)}
founded: ${input.today}     # 成立日期
contact:                     # 对外公开的联系方式：不要填志愿者个人手机号，除非本人同意公开
  name: ${q(P.contactName)}
  # phone: "0530-0000000"
  # email: "name@example.org"
members: 0                   # 注册志愿者人数（只写数字）
serviceHours:
  hours: 0                   # 累计志愿服务时长（小时，只写数字）
  asOf: ${input.today}      # 统计截止日期
# 队标（可选）：图片放在 content/teams/logos/ 下
# logo:
#   image: ./logos/duibiao.jpg
#   alt: ${q(P.logoAlt)}
#   credit: ${q(P.logoCredit)}
recruiting:                  # 正在招募的岗位，没有就写 recruiting: []
  - role: ${q(P.role)}
    needs: ${q(P.needs)}
    time: ${q(P.time)}
join: ${q(P.join)}
# signup: https://……           # 在线报名的网址（可选），只能以 https:// 或 http:// 开头
draft: true                  # 草稿：写完后删掉这一行才会发布
# sample: true              # 只有演示用的示例内容才写，会显示“示例”标记
---

${P.teamBody}
`;
    case 'campaign':
      return `---
title: ${q(input.title)}   # 活动名称
slogan: ${q(P.slogan)}
summary: ${q(P.campaignSummary)}
start: ${input.today}       # 开始日期
end: ${input.today}         # 结束日期（这一天结束时活动结束）
fields: [${field}]           # 服务领域编号：见 content/fields.yaml
cover:
  image: ./${input.slug}.jpg   # 封面照片：放在 content/campaigns/ 下，文件名与本文件相同
  alt: ${q(P.campaignCoverAlt)}
  credit: ${q(P.credit)}
programme:                   # 活动安排，每一项是一场活动；没有就写 programme: []
  - title: "启动仪式"
    start: ${input.today} 09:00
    # end: ${input.today} 10:30
    place: ${q(P.place)}
    # organiser: ${q(P.organiser)}
    # description: ${q(P.programmeDescription)}
order: 0                     # 同一天开始的活动之间的顺序
${reviewLines(input.now)}draft: true                  # 草稿：写完后删掉这一行才会发布
# sample: true              # 只有演示用的示例内容才写，会显示“示例”标记
---

${P.campaignBody}
`;
  }
}

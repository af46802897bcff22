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

const q = (s: string) => JSON.stringify(s);

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
summary: "一两句话的摘要，显示在故事列表和微信分享卡片上"
published: ${input.now}   # 发布时间（北京时间）；写将来的时间就是定时发布
# updated: ${input.now}   # 修改时间（可选）
teams: [${team}]            # 队伍编号：content/teams/ 下的文件名，多支队伍用逗号隔开
fields: [${field}]           # 服务领域编号：见 content/fields.yaml
${campaignLine}
cover:
  image: ./cover.jpg         # 封面照片：放在本文件旁边，宽度至少 800 像素
  alt: "用一句话描述封面照片的内容，供视障读者收听"
  credit: "摄影：姓名或单位"
author: "作者或供稿单位"
# location: "地点（可选）"
minors: false                # 照片或文字中出现未成年人时改为 true
reviewed: false              # 涉及未成年人的内容经审核后改为 true
draft: true                  # 草稿：写完后删掉这一行才会发布
# sample: true              # 只有演示用的示例内容才写，会显示“示例”标记
---

在这里写正文。段落之间空一行。

插入照片的写法见 CONTRIBUTING.md 的“插入照片”一节。
`;
    case 'announcement':
      return `---
title: ${q(input.title)}   # 标题
summary: "一两句话的摘要"
kind: 通知                   # 类型：通知、活动预告、招募、公示、新闻稿 之一
published: ${input.now}   # 发布时间（北京时间）
${campaignLine}
author: "发布单位"
# 有具体时间、地点的活动才写 event，删掉下面各行开头的 # 即可：
# event:
#   start: ${input.today} 09:00   # 开始时间（北京时间）
#   end: ${input.today} 11:00     # 结束时间（可选）
#   place: "地点"
#   organiser: "组织单位"
#   register: "报名方式（可选）"
# 附件放在 public/files/ 下，这里写 /files/ 开头的地址：
# attachments:
#   - title: "附件名称"
#     url: /files/${input.today.slice(0, 4)}/wenjian.pdf
draft: true                  # 草稿：写完后删掉这一行才会发布
# sample: true              # 只有演示用的示例内容才写，会显示“示例”标记
---

在这里写公告正文。
`;
    case 'team':
      return `---
name: ${q(input.title)}   # 队伍全称
summary: "一句话介绍这支队伍做什么"
fields: [${field}]           # 服务领域编号：见 content/fields.yaml
town: "所在乡镇或街道"
founded: ${input.today}     # 成立日期
contact:                     # 对外公开的联系方式：不要填志愿者个人手机号，除非本人同意公开
  name: "联系人或联络组"
  # phone: "0530-0000000"
  # email: "name@example.org"
members: 0                   # 注册志愿者人数（只写数字）
serviceHours:
  hours: 0                   # 累计志愿服务时长（小时，只写数字）
  asOf: ${input.today}      # 统计截止日期
# 队标（可选）：图片放在 content/teams/logos/ 下
# logo:
#   image: ./logos/duibiao.jpg
#   alt: "队标的样子"
#   credit: "设计：单位"
recruiting:                  # 正在招募的岗位，没有就写 recruiting: []
  - role: "岗位名称"
    needs: "需要什么样的人"
    time: "服务时间"
join: "怎样加入：到哪里报名、联系谁"
# signup: https://……           # 在线报名的网址（可选），只能以 https:// 或 http:// 开头
draft: true                  # 草稿：写完后删掉这一行才会发布
# sample: true              # 只有演示用的示例内容才写，会显示“示例”标记
---

在这里介绍这支队伍：什么时候成立、做过哪些事、队员是些什么人。
`;
    case 'campaign':
      return `---
title: ${q(input.title)}   # 活动名称
slogan: "活动口号，首页大字显示"
summary: "一两句话的介绍"
start: ${input.today}       # 开始日期
end: ${input.today}         # 结束日期（这一天结束时活动结束）
fields: [${field}]           # 服务领域编号：见 content/fields.yaml
cover:
  image: ./${input.slug}.jpg   # 封面照片：放在 content/campaigns/ 下，文件名与本文件相同
  alt: "用一句话描述封面照片的内容"
  credit: "摄影：姓名或单位"
programme:                   # 活动安排，每一项是一场活动；没有就写 programme: []
  - title: "启动仪式"
    start: ${input.today} 09:00
    # end: ${input.today} 10:30
    place: "地点"
    # organiser: "组织单位"
    # description: "一句话说明"
order: 0                     # 同一天开始的活动之间的顺序
draft: true                  # 草稿：写完后删掉这一行才会发布
# sample: true              # 只有演示用的示例内容才写，会显示“示例”标记
---

在这里介绍这个主题活动。
`;
  }
}

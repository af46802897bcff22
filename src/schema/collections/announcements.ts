/** An announcement (通知公告, content/announcements/YYYY/slug.md): notices, events, press releases. */
import { z } from 'astro/zod';
import { ANNOUNCEMENT_KINDS, beijingTime, paragraph, plainText, publicFile, type EditorInput } from '../parts.ts';
import { entryParts, flags, revisions, roles, type SchemaAdapters } from './shared.ts';

export function announcementsSchema<Image extends z.ZodType>(adapters: SchemaAdapters<Image>) {
  const { video } = entryParts(adapters);
  const { reference } = adapters;
  return z
    .strictObject({
      title: plainText.meta({ title: '标题' }),
      summary: paragraph.meta({ title: '摘要', description: '一两句话的摘要' }),
      kind: z
        .enum(ANNOUNCEMENT_KINDS, { error: `类型只能是：${ANNOUNCEMENT_KINDS.join('、')}` })
        .meta({ title: '类型', description: '类型：通知、活动预告、招募、公示、新闻稿' }),
      published: beijingTime.meta({ title: '发布时间', description: '发布时间（北京时间）' }),
      embargo: beijingTime.optional().meta({
        title: '禁发时间',
        description: '禁发时间（可选，只用于新闻稿）：这个时间以前，网站、订阅源和搜索都不会出现这篇新闻稿',
      }),
      campaign: reference('campaigns')
        .optional()
        .meta({ title: '所属主题活动', description: '所属主题活动编号（可选）' }),
      author: plainText.meta({ title: '发布单位' }),
      video: video(),
      event: z
        .strictObject({
          start: beijingTime.meta({ title: '开始时间' }),
          end: beijingTime.optional().meta({ title: '结束时间', description: '结束时间（可选）' }),
          place: plainText.meta({ title: '地点' }),
          organiser: plainText.meta({ title: '组织单位' }),
          register: paragraph.optional().meta({ title: '报名方式', description: '如何报名（可选）' }),
        })
        .refine((e) => !e.end || e.end >= e.start, { message: '活动结束时间早于开始时间', path: ['end'] })
        .optional()
        .meta({ title: '活动信息', description: '活动信息（可选）：有具体时间、地点的活动才写' }),
      attachments: z
        .array(
          z.strictObject({
            title: plainText.meta({ title: '附件名称' }),
            url: publicFile('附件').meta({
              title: '附件',
              description:
                '上传文件（文件名请先改成拼音或英文），或写以 /files/ 开头的地址，例如 /files/2026/baomingbiao.pdf',
              input: 'attachment' satisfies EditorInput,
            }),
          }),
        )
        .default([])
        .meta({ title: '附件', description: '附件：文件放在 content/files/ 下，这里写以 /files/ 开头的地址' }),
      ...roles,
      ...revisions,
      ...flags,
    })
    .refine((a) => !a.embargo || a.kind === '新闻稿', {
      message: '只有新闻稿（kind: 新闻稿）才写禁发时间 embargo；其他公告要晚些发布，写一个将来的 published 即可',
      path: ['embargo'],
    });
}

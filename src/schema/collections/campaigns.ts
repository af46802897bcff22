/** A campaign (主题活动, content/campaigns/*.md): an activity month or named action with its programme. */
import { z } from 'astro/zod';
import { beijingDate, beijingTime, paragraph, plainText } from '../parts.ts';
import { entryParts, flags, revisions, roles, type SchemaAdapters } from './shared.ts';

export function campaignsSchema<Image extends z.ZodType>(adapters: SchemaAdapters<Image>) {
  const { photo, fieldRefs } = entryParts(adapters);
  return z
    .strictObject({
      title: plainText.meta({ title: '活动名称' }),
      slogan: plainText.meta({ title: '口号', description: '活动口号，首页大字显示' }),
      summary: paragraph.meta({ title: '介绍', description: '一两句话的介绍' }),
      start: beijingDate.meta({ title: '开始日期', description: '开始日期（北京时间）' }),
      end: beijingDate.meta({ title: '结束日期', description: '结束日期，这一天结束时活动结束' }),
      fields: fieldRefs(),
      cover: photo().meta({
        title: '封面照片',
        description: '封面照片：放在 content/campaigns/ 下',
        editorHint: '宽度至少 800 像素；手机拍的原图即可，网站会自动压缩。',
      }),
      programme: z
        .array(
          z
            .strictObject({
              title: plainText.meta({ title: '名称' }),
              start: beijingTime.meta({ title: '开始时间' }),
              end: beijingTime.optional().meta({ title: '结束时间', description: '结束时间（可选）' }),
              place: plainText.meta({ title: '地点' }),
              organiser: plainText.optional().meta({ title: '组织单位', description: '组织单位（可选）' }),
              description: paragraph.optional().meta({ title: '说明', description: '一句话说明（可选）' }),
            })
            .refine((e) => !e.end || e.end >= e.start, { message: '结束时间早于开始时间', path: ['end'] }),
        )
        .default([])
        .meta({ title: '活动安排', description: '活动安排：每一项是一场活动' }),
      order: z.number().int().default(0).meta({ title: '排序', description: '同一天开始的活动之间的顺序' }),
      ...roles,
      ...revisions,
      ...flags,
    })
    .refine((c) => c.end >= c.start, { message: '结束日期早于开始日期', path: ['end'] });
}

/** A volunteer story (content/stories/YYYY/slug/index.md) with its photos and, optionally, a film. */
import { z } from 'astro/zod';
import { beijingTime, paragraph, plainText } from '../parts.ts';
import { entryParts, flags, revisions, roles, type SchemaAdapters } from './shared.ts';

export function storiesSchema<Image extends z.ZodType>(adapters: SchemaAdapters<Image>) {
  const { photo, video, fieldRefs } = entryParts(adapters);
  const { reference } = adapters;
  return z
    .strictObject({
      title: plainText.meta({ title: '标题' }),
      summary: paragraph.meta({ title: '摘要', description: '一两句话的摘要，显示在列表和分享卡片上' }),
      published: beijingTime.meta({
        title: '发布时间',
        description: '发布时间（北京时间）；晚于生成时间的故事到时才出现',
      }),
      teams: z
        .array(reference('teams'))
        .min(1, '至少填写一支队伍')
        .meta({ title: '队伍', description: '队伍编号：content/teams/ 下的文件名' }),
      fields: fieldRefs(),
      campaign: reference('campaigns')
        .optional()
        .meta({ title: '所属主题活动', description: '所属主题活动编号（可选）' }),
      cover: photo().meta({
        title: '封面照片',
        description: '封面照片：放在本文件旁边，宽度至少 800 像素',
        editorHint: '宽度至少 800 像素；手机拍的原图即可，网站会自动压缩。',
      }),
      author: plainText.meta({ title: '作者或供稿单位' }),
      location: plainText.optional().meta({ title: '地点', description: '地点（可选）' }),
      video: video(),
      minors: z.boolean().default(false).meta({
        title: '涉及未成年人',
        description: '照片或文字中出现未成年人：须经审核（reviewed: true）后才能发布',
        editorHint: '照片或文字里有孩子时勾选；经审核后再勾选“已审核”才能发布。',
      }),
      reviewed: z.boolean().default(false).meta({
        title: '已审核',
        description: '涉及未成年人的内容已经审核：不露正脸、不写姓名和学校班级，已征得监护人同意',
      }),
      ...roles,
      ...revisions,
      ...flags,
    })
    .refine((s) => !s.minors || s.reviewed || s.draft, {
      message: '涉及未成年人的故事须经审核：审核后写 reviewed: true，或先保留 draft: true',
      path: ['reviewed'],
    });
}

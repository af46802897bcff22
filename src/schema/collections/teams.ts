/** A volunteer team (志愿服务队, content/teams/*.md): who they are, what they recruit, how to join. */
import { z } from 'astro/zod';
import { beijingDate, paragraph, plainText, webLink } from '../parts.ts';
import { entryParts, flags, type SchemaAdapters } from './shared.ts';

export function teamsSchema<Image extends z.ZodType>(adapters: SchemaAdapters<Image>) {
  const { photo, fieldRefs } = entryParts(adapters);
  return z.strictObject({
    name: plainText.meta({ title: '队伍全称' }),
    summary: paragraph.meta({ title: '一句话介绍' }),
    fields: fieldRefs(),
    town: plainText.meta({ title: '所在乡镇（街道）' }),
    founded: beijingDate.meta({ title: '成立日期' }),
    contact: z
      .strictObject({
        name: plainText.meta({ title: '联系人', description: '联系人或联络组' }),
        phone: plainText.optional().meta({ title: '电话', description: '对外公开的电话（可选）' }),
        email: z.email().optional().meta({ title: '邮箱', description: '对外公开的邮箱（可选）' }),
      })
      .meta({
        title: '联系方式',
        description: '对外公开的联系方式（不要填写志愿者个人手机号，除非本人同意公开）',
      }),
    members: z.number().int().nonnegative().meta({ title: '注册志愿者人数' }),
    serviceHours: z
      .strictObject({
        hours: z.number().nonnegative().meta({ title: '小时数' }),
        asOf: beijingDate.meta({ title: '统计截止日期' }),
      })
      .optional()
      .meta({
        title: '按月记录之前的服务时长',
        description:
          '开始按月记录（content/records/）之前累计的志愿服务时长（小时）及其截止日期（可选）；网站显示的合计是它加上每月记录',
      }),
    logo: photo().optional().meta({
      title: '队标',
      description: '队标（可选）：图片放在 content/teams/logos/ 下',
      editorHint: '队标（可选）',
    }),
    recruiting: z
      .array(
        z.strictObject({
          role: plainText.meta({ title: '岗位' }),
          needs: plainText.meta({ title: '要求', description: '需要什么样的人' }),
          time: plainText.meta({ title: '服务时间' }),
        }),
      )
      .default([])
      .meta({ title: '正在招募的岗位' }),
    join: paragraph.meta({ title: '怎样加入', description: '到哪里报名、联系谁' }),
    signup: webLink.optional().meta({ title: '在线报名网址', description: '在线报名的网址（可选），以 https:// 开头' }),
    ...flags,
  });
}

/**
 * The content model: one zod schema per collection, the single source of truth for what staff may
 * write in content/. Astro's content layer (src/content.config.ts) and the content check
 * (npm run check) both build their schemas here; they differ only in how an image or a reference
 * to another entry is read, which each passes in.
 */
import { z } from 'astro/zod';
import { ANNOUNCEMENT_KINDS, beijingTime, plainText, webLink } from './parts.ts';
import { leavesFolder } from '../lib/safe-url.ts';

export type ReferencedCollection = 'fields' | 'teams' | 'campaigns';

/** How a collection's schema reads an image path and a reference to another entry. */
export interface SchemaAdapters<Image extends z.ZodType> {
  image: () => Image;
  reference: <C extends ReferencedCollection>(collection: C) => z.ZodType<{ collection: C; id: string }>;
}

export function collectionSchemas<Image extends z.ZodType>({ image, reference }: SchemaAdapters<Image>) {
  /** A photo with the alt text blind readers hear and the credit the photographer is owed. */
  const photo = () =>
    z.strictObject({
      image: image(),
      alt: plainText.refine((s) => s.length >= 4, '图片说明（alt）太短：请用一句话描述图片内容，供视障读者收听'),
      credit: plainText,
    });
  const flags = {
    draft: z.boolean().default(false).describe('草稿：只在本地预览中显示，不会发布'),
    sample: z.boolean().default(false).describe('示例内容：页面上显示“示例”标记'),
  };

  const site = z.strictObject({
    name: plainText.describe('网站名称，显示在每页顶部'),
    tagline: plainText.describe('一句话介绍'),
    county: plainText.describe('县名，例如 巨野县'),
    sponsor: plainText.describe('主办单位'),
    organiser: plainText.optional().describe('承办单位（可选）'),
    address: plainText,
    phone: plainText,
    email: z.email({ error: '请填写有效的电子邮箱地址，例如 wmsj@example.org' }),
    pressContact: z
      .strictObject({
        name: plainText.describe('新闻联系人的姓名和职务，例如 李文（宣传组）'),
        phone: plainText,
        email: z.email(),
        hours: plainText.describe('什么时候能找到他，例如 工作日 8:30—12:00、14:30—18:00'),
      })
      .describe('媒体联系人'),
    countyFigures: z
      .strictObject({
        teams: z.number().int().positive().describe('全县志愿服务队伍数'),
        volunteers: z.number().int().positive().optional().describe('全县注册志愿者人数（可选）'),
        asOf: beijingTime.describe('这些数字的统计日期'),
        source: plainText.describe('数字的出处，例如 县新时代文明实践中心'),
      })
      .optional()
      .describe('全县的数字（可选）：本站只收录部分队伍时，首页和媒体中心同时显示全县数字和本站收录的数字'),
    reuse: plainText.describe('转载说明：媒体和网站转载本站内容时要注明什么；媒体中心和订阅源都会显示'),
    baseUrl: z
      .url({ protocol: /^https?$/ })
      .refine((u) => u.endsWith('/'), '网站地址应以 / 结尾')
      .describe('网站首页地址，必须以 https:// 开头、以 / 结尾'),
    icp: plainText.describe('ICP 备案号'),
    police: plainText.describe('公安机关备案号，及其编号（用于链接）'),
    policeCode: z.string().regex(/^\d+$/, '公安备案编号只写数字'),
    sample: flags.sample,
  });

  const fields = z.strictObject({
    name: plainText.describe('服务领域名称，例如 关爱留守儿童'),
    summary: plainText.describe('一两句话说明这个领域做什么'),
    order: z.number().int().describe('在列表中的顺序，小的在前'),
  });

  const campaigns = z
    .strictObject({
      title: plainText.describe('活动名称'),
      slogan: plainText.describe('活动口号，首页大字显示'),
      summary: plainText.describe('一两句话的介绍'),
      start: beijingTime.describe('开始日期（北京时间）'),
      end: beijingTime.describe('结束日期，这一天结束时活动结束'),
      fields: z.array(reference('fields')).min(1, '至少填写一个服务领域').describe('服务领域编号'),
      cover: photo().describe('封面照片'),
      programme: z
        .array(
          z
            .strictObject({
              title: plainText,
              start: beijingTime,
              end: beijingTime.optional(),
              place: plainText,
              organiser: plainText.optional(),
              description: plainText.optional(),
            })
            .refine((e) => !e.end || e.end >= e.start, { message: '结束时间早于开始时间', path: ['end'] }),
        )
        .default([])
        .describe('活动安排：每一项是一场活动'),
      order: z.number().int().default(0).describe('同一天开始的活动之间的顺序'),
      ...flags,
    })
    .refine((c) => c.end >= c.start, { message: '结束日期早于开始日期', path: ['end'] });

  const teams = z.strictObject({
    name: plainText.describe('队伍全称'),
    summary: plainText.describe('一句话介绍'),
    fields: z.array(reference('fields')).min(1, '至少填写一个服务领域').describe('服务领域编号'),
    town: plainText.describe('所在乡镇或街道'),
    founded: beijingTime.describe('成立日期'),
    contact: z
      .strictObject({ name: plainText, phone: plainText.optional(), email: z.email().optional() })
      .describe('对外公开的联系方式（不要填写志愿者个人手机号，除非本人同意公开）'),
    members: z.number().int().nonnegative().describe('注册志愿者人数'),
    serviceHours: z
      .strictObject({ hours: z.number().nonnegative(), asOf: beijingTime })
      .describe('累计志愿服务时长（小时）及统计截止日期'),
    logo: photo().optional().describe('队标（可选）'),
    recruiting: z
      .array(z.strictObject({ role: plainText, needs: plainText, time: plainText }))
      .default([])
      .describe('正在招募的岗位'),
    join: plainText.describe('如何加入'),
    signup: webLink.optional().describe('在线报名的网址（可选），以 https:// 开头'),
    ...flags,
  });

  const stories = z
    .strictObject({
      title: plainText.describe('标题'),
      summary: plainText.describe('一两句话的摘要，显示在列表和分享卡片上'),
      published: beijingTime.describe('发布时间（北京时间）；晚于生成时间的故事到时才出现'),
      updated: beijingTime.optional().describe('修改时间（可选）'),
      teams: z.array(reference('teams')).min(1, '至少填写一支队伍').describe('队伍编号：content/teams/ 下的文件名'),
      fields: z.array(reference('fields')).min(1, '至少填写一个服务领域').describe('服务领域编号'),
      campaign: reference('campaigns').optional().describe('所属主题活动编号（可选）'),
      cover: photo().describe('封面照片'),
      author: plainText.describe('作者或供稿单位'),
      location: plainText.optional().describe('地点（可选）'),
      minors: z.boolean().default(false).describe('照片或文字中出现未成年人：须经审核（reviewed: true）后才能发布'),
      reviewed: z.boolean().default(false).describe('涉及未成年人的内容已经审核'),
      ...flags,
    })
    .refine((s) => !s.minors || s.reviewed || s.draft, {
      message: '涉及未成年人的故事须经审核：审核后写 reviewed: true，或先保留 draft: true',
      path: ['reviewed'],
    });

  const announcements = z
    .strictObject({
      title: plainText.describe('标题'),
      summary: plainText.describe('一两句话的摘要'),
      kind: z
        .enum(ANNOUNCEMENT_KINDS, { error: `类型只能是：${ANNOUNCEMENT_KINDS.join('、')}` })
        .describe('类型：通知、活动预告、招募、公示、新闻稿'),
      published: beijingTime.describe('发布时间（北京时间）'),
      embargo: beijingTime
        .optional()
        .describe('禁发时间（可选，只用于新闻稿）：这个时间以前，网站、订阅源和搜索都不会出现这篇新闻稿'),
      campaign: reference('campaigns').optional().describe('所属主题活动编号（可选）'),
      author: plainText.describe('发布单位'),
      event: z
        .strictObject({
          start: beijingTime,
          end: beijingTime.optional(),
          place: plainText,
          organiser: plainText,
          register: plainText.optional().describe('如何报名'),
        })
        .refine((e) => !e.end || e.end >= e.start, { message: '活动结束时间早于开始时间', path: ['end'] })
        .optional()
        .describe('活动信息（可选）：有具体时间、地点的活动才写'),
      attachments: z
        .array(
          z.strictObject({
            title: plainText,
            url: z
              .string()
              .regex(/^\/files\/[\w./-]+$/, '附件地址应以 /files/ 开头，只含字母、数字和 - _ . /')
              .refine((url) => !leavesFolder(url), '附件地址不能含有“..”：附件只能放在 public/files/ 里'),
          }),
        )
        .default([])
        .describe('附件：文件放在 public/files/ 下，这里写以 /files/ 开头的地址'),
      ...flags,
    })
    .refine((a) => !a.embargo || a.kind === '新闻稿', {
      message: '只有新闻稿（kind: 新闻稿）才写禁发时间 embargo；其他公告要晚些发布，写一个将来的 published 即可',
      path: ['embargo'],
    });

  return { site, fields, campaigns, teams, stories, announcements };
}

export type CollectionName = keyof ReturnType<typeof collectionSchemas>;
